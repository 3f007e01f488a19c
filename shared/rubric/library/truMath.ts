// Built-in rubric: TRU Math (Teaching for Robust Understanding), Alan Schoenfeld and colleagues.
// The dimensions, scale and activity types follow TRU; every descriptor is in our own words, because the official rubric text is licensed.
import { TRU_CALIBRATION, TRU_EPISODE_TYPES, TRU_LICENCE, TRU_NOTES, TRU_PROTOCOL, TRU_SCORING, TRU_URL } from './tru.js';
import { RUBRIC_FORMAT, type RubricInput } from '../format.js';

export const truMath: RubricInput = {
  format: RUBRIC_FORMAT,
  id: 'tru-math',
  version: 1,
  name: 'TRU Math',
  subject: 'Mathematics',
  gradeBand: 'K–12',
  description:
    'Teaching for Robust Understanding in mathematics: five dimensions of powerful mathematics classrooms, scored 1 to 3 for each episode of the lesson, with a summary score for the lesson given by the observer. Use it to notice and talk about what students experience, not to rate the teacher.',
  attribution: {
    source:
      'TRU Math (Teaching for Robust Understanding of Mathematics), Alan H. Schoenfeld and the Algebra Teaching Study and Mathematics Assessment Project, University of California, Berkeley and Michigan State University.',
    licence: TRU_LICENCE,
    url: TRU_URL,
    notes: TRU_NOTES,
  },
  scoring: TRU_SCORING,
  episodeTypes: TRU_EPISODE_TYPES,
  dimensions: [
    {
      id: 'mathematics',
      name: 'The Mathematics',
      shortName: 'Mathematics',
      description:
        'Whether the mathematics students meet is accurate, coherent and worth learning: key ideas connected to procedures, and the practices of the discipline (reasoning, representing, justifying) in view.',
      lookFors: {
        students: [
          'Students explain why a procedure works, not only how to carry it out.',
          'Students connect representations: a table to a graph, a diagram to an equation.',
          'Students use mathematical vocabulary and notation correctly.',
          "Students' work shows the central idea of the lesson, not only the answer.",
          'Students check whether an answer makes sense in the problem.',
        ],
        teacher: [
          'Explanations, examples and board work are mathematically correct; slips are caught and corrected.',
          "The teacher connects today's task to earlier ideas and to where the unit is going.",
          'The teacher asks for justification: "How do you know?", "Will that always work?"',
          'The big idea of the lesson is named, by the teacher or by students.',
        ],
      },
      guidingQuestions: [
        'How accurate, coherent and well justified is the mathematics students are working with?',
        'Are key ideas connected to one another and to the procedures students use?',
        'Do students have chances to reason, represent and justify as mathematicians do?',
        'If you asked a student what this lesson was about, what would they say?',
      ],
      levels: [
        { value: 1, descriptor: 'The mathematics is thin, disconnected or contains errors that go uncorrected; the work is mostly recalling facts or following steps.' },
        { value: 2, descriptor: 'The mathematics is correct and on topic, but connections between ideas, or the reasons behind procedures, are touched on only briefly.' },
        { value: 3, descriptor: 'The mathematics is accurate and connected: students meet key ideas, link them to procedures and representations, and see them justified.' },
      ],
    },
    {
      id: 'cognitive-demand',
      name: 'Cognitive Demand',
      shortName: 'Cognitive demand',
      description:
        'How far students wrestle productively with important ideas: challenge that stretches their thinking without overwhelming them or being reduced to a list of steps.',
      lookFors: {
        students: [
          'Students try an approach of their own before being shown one.',
          'Students stay with a hard problem for a sustained stretch of time.',
          'Students ask why something works, not only what to do next.',
          'Students revise a strategy after it does not work.',
          'Student talk is about ideas, not only about answers.',
        ],
        teacher: [
          'The teacher waits after asking a question before calling on anyone.',
          'When a student is stuck, the teacher asks a question or gives a hint that leaves the thinking with the student.',
          'The task has more than one way in or more than one way to solve it.',
          'The teacher does not break the task into small steps before students have worked on it.',
        ],
      },
      guidingQuestions: [
        'How do students grapple with and make sense of the mathematics?',
        'Is the challenge productive: enough to stretch students, not so much that they give up?',
        'When students struggle, who does the thinking next?',
      ],
      levels: [
        { value: 1, descriptor: 'Students mostly follow steps or recall facts; when difficulty arises, the thinking is done for them.' },
        { value: 2, descriptor: 'There are moments of real challenge, but they are brief, or the difficulty is removed before students have had a chance to work on it.' },
        { value: 3, descriptor: 'Students spend sustained time on challenging ideas, and the support they get keeps the thinking with them.' },
      ],
    },
    {
      id: 'equitable-access',
      name: 'Equitable Access to Content',
      shortName: 'Equitable access',
      description:
        'Whether every student, not only the most confident or the quickest, takes an active part in the central mathematics of the lesson.',
      lookFors: {
        students: [
          'Who speaks, who writes, and who holds the pencil in groups.',
          'Quieter students contribute in some form: writing, pair talk, pointing to a diagram.',
          'Students who start slowly or struggle find a way into the task.',
          'Students learning English use the language supports on offer.',
          'Students with different strategies all have their work taken up.',
        ],
        teacher: [
          'The teacher calls on a wide range of students, not only volunteers.',
          'Structures such as think time, turn-and-talk or group roles invite everyone to take part.',
          'Tasks come with several representations, visuals or sentence frames.',
          'The teacher checks in with students who have not yet spoken or started.',
        ],
      },
      guidingQuestions: [
        'Who gets to do the mathematics in this lesson, and who does not?',
        'What in the lesson invites every student into the central work?',
        'Are there patterns, by seat, group, language or prior attainment, in who takes part?',
      ],
      levels: [
        { value: 1, descriptor: 'A few students do most of the mathematical work while others are passive or left out, and nothing in the lesson changes that.' },
        { value: 2, descriptor: 'Some structures invite wider participation, but they are uneven, or participation is broad only for the less central parts of the work.' },
        { value: 3, descriptor: 'The lesson is built so that nearly all students take an active part in the core mathematics, with support for those who need it.' },
      ],
    },
    {
      id: 'agency-ownership-identity',
      name: 'Agency, Ownership, and Identity',
      shortName: 'Agency and identity',
      description:
        "How far students are the source of ideas, build on one another's thinking, and come to see themselves as capable doers of mathematics.",
      lookFors: {
        students: [
          "Students present their own ideas and methods, not only the teacher's.",
          'Students respond to one another: "I agree with Maya because…", "I did it a different way…".',
          'Students refer to ideas by the classmate who offered them.',
          'Students choose their own strategies or tools.',
        ],
        teacher: [
          'The teacher credits ideas to the students who offered them.',
          'The teacher turns student questions back to the class.',
          "The lesson's summary is built from students' contributions.",
          'Praise is for reasoning and effort, not only for speed or right answers.',
        ],
      },
      guidingQuestions: [
        'Whose ideas drive the lesson?',
        "How are students' contributions received and built on?",
        'What might students be learning about themselves as people who do mathematics?',
      ],
      levels: [
        { value: 1, descriptor: 'The teacher is the main source of ideas; student contributions are short answers checked against what the teacher had in mind.' },
        { value: 2, descriptor: 'Students share ideas and explanations at times, but these are seldom built on by classmates or used to shape where the lesson goes.' },
        { value: 3, descriptor: "Students offer, explain and build on one another's ideas, and their contributions are credited and shape the lesson." },
      ],
    },
    {
      id: 'formative-assessment',
      name: 'Formative Assessment',
      shortName: 'Formative assessment',
      description:
        "How far the lesson draws out students' thinking and then responds to it, so that teaching builds on what students actually understand.",
      lookFors: {
        students: [
          'Students explain their thinking aloud or in writing.',
          'Errors and partial ideas are visible and discussed, not hidden.',
          'Students revise their work after feedback or discussion.',
          "Students use classmates' ideas to refine their own.",
        ],
        teacher: [
          'The teacher asks open questions that reveal reasoning: "How did you decide?"',
          'The teacher circulates and listens before stepping in.',
          'The teacher probes an answer rather than simply marking it right or wrong.',
          'The teacher changes course in response to what students say or write.',
          'A common misconception becomes a point for discussion.',
        ],
      },
      guidingQuestions: [
        "How is students' reasoning made visible?",
        'What do the teacher and students do with that reasoning once it is out in the open?',
        'Does the lesson change course in response to student thinking?',
      ],
      levels: [
        { value: 1, descriptor: 'Student thinking is seldom drawn out; answers are judged right or wrong and the lesson moves on.' },
        { value: 2, descriptor: 'The teacher draws out student thinking, but mostly to confirm or correct it rather than to build on it.' },
        { value: 3, descriptor: 'Student reasoning is regularly drawn out and used: partial ideas and misconceptions are built on, and the teaching adjusts.' },
      ],
    },
  ],
  protocol: TRU_PROTOCOL,
  calibration: TRU_CALIBRATION,
};
