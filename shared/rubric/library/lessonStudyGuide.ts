// Built-in guide for observing a lesson study research lesson: unscored; notes follow the plan's steps.
// Lesson study comes from Japanese practice (jugyō kenkyū); the wording is our own, written for observers of focal students.
import { RUBRIC_FORMAT, type RubricInput } from '../format.js';

export const lessonStudyGuide: RubricInput = {
  format: RUBRIC_FORMAT,
  id: 'lesson-study-observation-guide',
  version: 1,
  name: 'Lesson study observation guide',
  subject: 'Any subject',
  description:
    "A guide for observers of a lesson study research lesson. Nothing is scored: observers follow the teaching-learning plan step by step, watch their focal students, and record low-inference evidence against the plan's points of evaluation, ready to share in the post-lesson discussion.",
  attribution: {
    source:
      'Lesson study (jugyō kenkyū) as practised in Japanese schools and adapted by lesson study groups in many countries: teaching-learning plans with points of evaluation, focal-student observation and a structured post-lesson discussion.',
    licence: "Fieldbook's own wording, free to adapt.",
    url: '',
    notes:
      "Notes follow the steps of the team's teaching-learning plan and the points of evaluation the team wrote for each step. The dimensions below are lenses for what to record, not things to score. Teams can add lenses tied to their research theme.",
  },
  notesFollow: 'plan_steps',
  scoring: { unit: 'none' },
  episodeTypes: [],
  dimensions: [
    {
      id: 'points-of-evaluation',
      name: 'Points of evaluation',
      shortName: 'Points of evaluation',
      description:
        'What students do and say at each point of evaluation in the plan: the evidence the planning team asked observers to gather to judge whether the lesson worked as intended.',
      scored: false,
      lookFors: {
        students: [
          'What a focal student writes, draws or says at the moment the point of evaluation names.',
          'Whether the student reaches the step the point describes, partly reaches it, or goes another way.',
          'The words the student uses to explain, quoted where possible.',
        ],
        teacher: [
          'What the teacher asks or does just before the point of evaluation.',
          'How long students have to work before the class moves on.',
        ],
      },
      guidingQuestions: [
        'What evidence did you see for each point of evaluation?',
        'Where the evidence is mixed, what exactly did students do?',
        'What would the planning team need to know about this step to revise it?',
      ],
    },
    {
      id: 'focal-students',
      name: "Focal students' thinking",
      shortName: 'Focal students',
      description:
        'How the thinking of your assigned students develops over the lesson: where they start, what they try, where they get stuck, and what changes their thinking.',
      scored: false,
      lookFors: {
        students: [
          'First attempts, including crossed-out work.',
          'Moments of confusion and what the student does next.',
          'What a focal student hears or sees that changes their approach.',
          'What the student can do or say at the end that they could not at the start.',
        ],
        teacher: ['When and how the teacher interacts with your focal students, recorded as exact words where possible.'],
      },
      guidingQuestions: [
        'How did your focal students think about the task at the start, and at the end?',
        'What seemed to move their thinking forward, or hold it back?',
        'What surprised you about their thinking?',
      ],
    },
    {
      id: 'anticipated-responses',
      name: 'Responses the plan anticipated',
      shortName: 'Anticipated responses',
      description:
        'Which of the student responses the plan anticipated actually appeared, in what order, and how often, so the team can test its predictions.',
      scored: false,
      lookFors: {
        students: [
          'A student response that matches one listed in the plan, noted with the plan step and time.',
          'An anticipated response that appears in an unexpected form or order.',
          'Anticipated responses that no focal student produced.',
        ],
        teacher: [
          'Whether the teacher support planned for a response was used, and how students took it up.',
          'Which responses the teacher chose to share with the class, and in what order.',
        ],
      },
      guidingQuestions: [
        'Which anticipated responses appeared, and which did not?',
        'Did the planned teacher support help students move on from each response?',
        'Were the predictions in the plan accurate for these students?',
      ],
    },
    {
      id: 'unanticipated-responses',
      name: 'Unanticipated responses',
      shortName: 'Unanticipated responses',
      description:
        'Student ideas, strategies, errors and questions that the plan did not foresee, recorded in full because they are often the most useful evidence for the team.',
      scored: false,
      lookFors: {
        students: [
          'A strategy, idea or error that is not in the plan, copied or described in full.',
          'Questions students ask that the plan did not expect.',
          'Ways students interpret the task differently from what the plan assumed.',
        ],
        teacher: ['How the teacher responds in the moment to a response the plan did not foresee.'],
      },
      guidingQuestions: [
        'What did students do or say that the plan did not anticipate?',
        'What does that response tell us about how students understood the task?',
        'Should the plan anticipate it next time, and with what support?',
      ],
    },
    {
      id: 'student-talk',
      name: 'Student-to-student talk',
      shortName: 'Student talk',
      description:
        'What students say to one another about the content, and how talk between students shapes their thinking.',
      scored: false,
      lookFors: {
        students: [
          'Exact exchanges between students, quoted where possible.',
          'Students explaining, questioning, agreeing or disagreeing with one another.',
          'Who talks and who listens within a pair or group.',
          "Moments when a student takes up a classmate's idea.",
        ],
        teacher: ['How the teacher sets up, prompts or closes student-to-student talk.'],
      },
      guidingQuestions: [
        'What did students say to each other about the content?',
        "Did talk with classmates change any focal student's thinking?",
        'Who had the chance to talk, and who did not?',
      ],
    },
    {
      id: 'tasks-and-materials',
      name: 'Tasks and materials',
      shortName: 'Tasks and materials',
      description:
        'How students use the task, worksheets, manipulatives, board work and other materials, and whether the materials support the thinking the plan intended.',
      scored: false,
      lookFors: {
        students: [
          'How students use the materials: as intended, in their own way, or not at all.',
          'Where wording in the task or worksheet causes confusion.',
          'What students write on worksheets or boards, copied or photographed if permitted.',
        ],
        teacher: [
          'How the board is organised and what stays visible through the lesson.',
          'When materials are handed out or taken away, and the effect on students.',
        ],
      },
      guidingQuestions: [
        'Did the task and materials support the thinking the plan intended?',
        'What about the task wording or materials would you change, based on the evidence?',
        'How did the board work help students follow and connect ideas?',
      ],
    },
  ],
  protocol: {
    before: [
      'Read the teaching-learning plan: the research theme, the lesson goals, and the points of evaluation for each step.',
      'Work through the task yourself and study the anticipated responses, so that you recognise them when they appear.',
      'Know your focal students and where they sit; bring the seating chart.',
      'Attend the pre-lesson briefing if there is one, and ask any questions about the plan then, not during the lesson.',
    ],
    during: [
      'Stay with your focal students for the whole lesson, where you can see their work and hear their talk without crowding them.',
      'Record what they say and do, with times, in low-inference words; copy or photograph their written work if permitted.',
      'Do not help, teach or prompt students, and do not talk with other observers: the lesson belongs to the class.',
      'Note when a response matches an anticipated response, and record unanticipated ones in full.',
      'Note where the lesson departs from the plan, without judging it.',
    ],
    after: [
      'In the post-lesson discussion, the instructor speaks first, then the planning team, then observers share their evidence.',
      'Share evidence by plan step, tied to its points of evaluation, and speak about student learning rather than the teacher.',
      'Listen to the final comments of the knowledgeable other, and note ideas for revising the plan.',
      'Give the planning team your notes and any copies of student work.',
    ],
    lengthMinutes: null,
    // Observers focus on their focal students and the plan, not on chosen dimensions.
    focusDimensions: { min: 0, max: 0 },
  },
  calibration: null,
};
