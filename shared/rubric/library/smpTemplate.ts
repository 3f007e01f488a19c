// Built-in TEMPLATE: a district rubric and protocol for three Standards for Mathematical Practice, modelled on
// how Dinuba Unified built its own. Districts copy it, adapt wording, levels and protocol, then publish their version.
import { FOUR_LEVEL_SCALE } from '../scales.js';
import { RUBRIC_FORMAT, type RubricInput } from '../format.js';

export const smpTemplate: RubricInput = {
  format: RUBRIC_FORMAT,
  id: 'district-smp-template',
  version: 1,
  name: 'District protocol template: Standards for Mathematical Practice 1, 3 and 6',
  subject: 'Mathematics',
  gradeBand: 'K–12',
  description:
    "A template to adapt, not a finished district rubric. It scores three Standards for Mathematical Practice on a four-level scale for a short classroom visit, with a written protocol and a calibration rule. Before publishing, a district edits the wording, the level labels and descriptors, and the protocol so that they say what its own teachers and leaders have agreed, then publishes the result as its own rubric.",
  attribution: {
    source:
      'Modelled on the way Dinuba Unified School District (California) built an observation rubric and protocol for three of the Standards for Mathematical Practice. The practices are from the Common Core State Standards for Mathematics.',
    licence:
      "Fieldbook's own wording, free to adapt. Standards for Mathematical Practice © 2010 National Governors Association Center for Best Practices and Council of Chief State School Officers.",
    url: 'https://www.thecorestandards.org/Math/Practice/',
    notes:
      "This is a template to adapt. The descriptors, look-fors and protocol are Fieldbook's own starting wording, not Dinuba Unified's rubric. A district copies it, edits the wording, the levels and the protocol with its teachers and coaches, and publishes its own version before using it for observations. Choose different practices if they fit your district's goals better.",
  },
  template: true,
  scoring: {
    unit: 'lesson',
    scale: FOUR_LEVEL_SCALE,
  },
  dimensions: [
    {
      id: 'smp-1',
      name: 'SMP 1: Make sense of problems and persevere in solving them',
      shortName: 'SMP 1 Perseverance',
      description:
        'Students work to understand a problem before starting, plan and monitor an approach, and keep going, changing course when needed, rather than waiting to be shown what to do.',
      evidenceRequired: true,
      lookFors: {
        students: [
          'Students explain in their own words what the problem is asking.',
          'Students name what is given and what they need to find.',
          'Students use a drawing, table or simpler case to get started.',
          'Students check their progress and switch strategies when one is not working.',
          'Students keep working after a first attempt fails.',
          'Students ask whether their answer makes sense in the situation.',
        ],
        teacher: [
          'The task has no immediately obvious method.',
          'The teacher gives time to read and make sense of the problem before offering hints.',
          'The teacher answers "I\'m stuck" with questions: "What do you know? What could you try?"',
          'The teacher invites and values more than one strategy.',
          'The teacher asks students to check answers against the context.',
        ],
      },
      guidingQuestions: [
        'Do students have a real problem to make sense of, or only steps to follow?',
        'What do students do when they get stuck?',
        'Who decides how to approach the problem: the teacher or the students?',
      ],
      levels: [
        { value: 1, descriptor: 'Tasks can be done by following a method already shown; when students are stuck, they wait for help or are shown the next step.' },
        { value: 2, descriptor: 'Students are given problems to make sense of, but the difficulty is often removed quickly, or only a few students persevere.' },
        { value: 3, descriptor: 'Most students make sense of the problem, choose an approach and keep going through difficulty, helped by questions rather than answers.' },
        { value: 4, descriptor: 'Students routinely plan, monitor and revise their own approaches, check answers against the situation, and help one another persevere without prompting.' },
      ],
    },
    {
      id: 'smp-3',
      name: 'SMP 3: Construct viable arguments and critique the reasoning of others',
      shortName: 'SMP 3 Arguments',
      description:
        'Students make claims and support them with reasoning, listen to the arguments of others, and ask questions that test or improve them.',
      evidenceRequired: true,
      lookFors: {
        students: [
          'Students state a claim and give reasons for it.',
          'Students use examples, counterexamples, diagrams or earlier results as evidence.',
          'Students ask a classmate to explain or justify a step.',
          'Students agree or disagree with reasons: "I disagree because…".',
          "Students revise their argument after hearing someone else's.",
        ],
        teacher: [
          'The teacher asks "Why?" and "How do you know?" as a matter of routine.',
          'Tasks allow different answers or methods to be compared.',
          'Students are asked to respond to one another, not only to the teacher.',
          'Sentence frames for agreeing, disagreeing and questioning are available.',
          'A flawed argument is examined by the class respectfully, as something to learn from.',
        ],
      },
      guidingQuestions: [
        'How often do students justify an answer, rather than just state it?',
        "Do students respond to one another's reasoning?",
        'Is disagreement used to learn?',
      ],
      levels: [
        { value: 1, descriptor: 'Students give answers without reasons; talk runs through the teacher, who judges whether answers are right.' },
        { value: 2, descriptor: "Students explain their reasoning when asked, but seldom respond to or question one another's arguments." },
        { value: 3, descriptor: "Students justify their claims and respond to classmates' reasoning, agreeing or disagreeing with reasons." },
        { value: 4, descriptor: "Students build arguments and critique one another's reasoning on their own initiative, and the class uses disagreement to reach shared understanding." },
      ],
    },
    {
      id: 'smp-6',
      name: 'SMP 6: Attend to precision',
      shortName: 'SMP 6 Precision',
      description:
        'Students communicate precisely, with clear definitions and correct symbols, units and labels, and calculate accurately with a degree of precision that fits the problem.',
      evidenceRequired: true,
      lookFors: {
        students: [
          'Students use mathematical vocabulary correctly when speaking and writing.',
          'Students label units, axes and diagrams.',
          'Students say what their symbols and variables stand for.',
          'Students calculate accurately and check their calculations.',
          'Students round or estimate sensibly for the situation.',
          'Students ask one another what a word or symbol means.',
        ],
        teacher: [
          'The teacher models precise language and notation.',
          'The teacher asks for precise terms: "What do you mean by \'it\'?"',
          'Definitions are posted or revisited when they are needed.',
          'The teacher asks students to clarify vague statements.',
          'Feedback addresses labels, units and accuracy.',
        ],
      },
      guidingQuestions: [
        'Is the language students use precise enough for others to follow?',
        'Are units, labels and symbols used with care?',
        'Who holds students to precision: the teacher, the students, or both?',
      ],
      levels: [
        { value: 1, descriptor: 'Vague or incorrect language, symbols or units go unremarked, and accuracy is not checked.' },
        { value: 2, descriptor: 'The teacher models or corrects precise language and notation, but students use it only when prompted.' },
        { value: 3, descriptor: 'Students generally use precise vocabulary, symbols and units and check their calculations, with occasional prompts.' },
        { value: 4, descriptor: 'Students hold themselves and one another to precision, asking for clarity and choosing a sensible degree of accuracy without being asked.' },
      ],
    },
  ],
  protocol: {
    before: [
      "Hold a short pre-conference (10 to 15 minutes) a day or two before the visit: the lesson's goal, the task, and where students are in the unit.",
      'Agree one to three practices to focus on, and what evidence of each would look like in this lesson.',
      'Agree the visit time, where the observer will sit, and whether the observer may talk with students.',
    ],
    during: [
      'Visit for 20 to 30 minutes, at a time when students are working on the task, not only during direct instruction.',
      'Script low-inference evidence: what students and the teacher say and do, with times; quote students where you can.',
      'Record evidence under the focus practices, and note how many students are taking part and who is talking.',
      'Look at student work and, if agreed, ask a student: "What are you working on? How do you know it is right?"',
      'Do not score during the visit.',
    ],
    after: [
      'Score each focus practice independently, from your written evidence only; every score cites the evidence behind it.',
      'Where two observers visited together, compare evidence before comparing scores.',
      "Debrief with the teacher within 48 hours: start with the teacher's reflection, then share the evidence, then the scores.",
      'Agree one next step with the teacher and a date to follow up.',
    ],
    lengthMinutes: 30,
    focusDimensions: { min: 1, max: 3 },
  },
  calibration: { agreement: 'within_one', thresholdPercent: 80, roundsRequired: 2 },
};
