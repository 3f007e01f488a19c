// Built-in rubric: TRU (Teaching for Robust Understanding) for any subject, Alan Schoenfeld and colleagues.
// Same structure as TRU Math in subject-neutral words; every descriptor is our own, because the official rubric text is licensed.
import { TRU_CALIBRATION, TRU_EPISODE_TYPES, TRU_LICENCE, TRU_NOTES, TRU_PROTOCOL, TRU_SCORING, TRU_URL } from './tru.js';
import { RUBRIC_FORMAT, type RubricInput } from '../format.js';

export const truAnySubject: RubricInput = {
  format: RUBRIC_FORMAT,
  id: 'tru-any-subject',
  version: 1,
  name: 'TRU (any subject)',
  subject: 'Any subject',
  gradeBand: 'K–12',
  description:
    'Teaching for Robust Understanding in any subject: five dimensions of powerful classrooms, scored 1 to 3 for each episode of the lesson, with a summary score for the lesson given by the observer. Use it to notice and talk about what students experience, not to rate the teacher.',
  attribution: {
    source:
      'Teaching for Robust Understanding (TRU), Alan H. Schoenfeld and colleagues, University of California, Berkeley; the subject-neutral form of the framework first developed as TRU Math with the Algebra Teaching Study and Mathematics Assessment Project (UC Berkeley and Michigan State University).',
    licence: TRU_LICENCE,
    url: TRU_URL,
    notes: TRU_NOTES,
  },
  scoring: TRU_SCORING,
  episodeTypes: TRU_EPISODE_TYPES,
  dimensions: [
    {
      id: 'content',
      name: 'The Content',
      shortName: 'Content',
      description:
        'Whether the content students meet is accurate, coherent and worth learning: key ideas connected to skills, and the ways of thinking of the discipline (reasoning, using evidence, explaining) in view.',
      lookFors: {
        students: [
          'Students explain why, not only what or how.',
          'Students connect ideas: a source to a claim, an example to a principle, a model to what it represents.',
          "Students use the subject's vocabulary and conventions correctly.",
          "Students' work shows the central idea of the lesson, not only a finished product.",
          'Students check whether a conclusion is supported by the evidence they have.',
        ],
        teacher: [
          'Explanations, examples and materials are accurate; slips are caught and corrected.',
          "The teacher connects today's work to earlier ideas and to where the unit is going.",
          'The teacher asks for reasons and evidence: "How do you know?", "What makes you say that?"',
          'The big idea of the lesson is named, by the teacher or by students.',
        ],
      },
      guidingQuestions: [
        'How accurate, coherent and well justified is the content students are working with?',
        'Are key ideas connected to one another and to the skills students practise?',
        'Do students have chances to think and work the way people in this discipline do?',
        'If you asked a student what this lesson was about, what would they say?',
      ],
      levels: [
        { value: 1, descriptor: 'The content is thin, disconnected or contains errors that go uncorrected; the work is mostly recalling facts or following steps.' },
        { value: 2, descriptor: 'The content is correct and on topic, but connections between ideas, or the reasons behind them, are touched on only briefly.' },
        { value: 3, descriptor: 'The content is accurate and connected: students meet key ideas, link them to skills and evidence, and see them justified.' },
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
          'Students stay with a hard question or text for a sustained stretch of time.',
          'Students ask why something is so, not only what to do next.',
          'Students revise a draft, an idea or an approach after it does not hold up.',
          'Student talk is about ideas, not only about answers or instructions.',
        ],
        teacher: [
          'The teacher waits after asking a question before calling on anyone.',
          'When a student is stuck, the teacher asks a question or gives a hint that leaves the thinking with the student.',
          'The task is open enough to allow more than one way in or more than one good response.',
          'The teacher does not break the task into small steps before students have worked on it.',
        ],
      },
      guidingQuestions: [
        'How do students grapple with and make sense of the content?',
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
        'Whether every student, not only the most confident or the quickest, takes an active part in the central work of the lesson.',
      lookFors: {
        students: [
          'Who speaks, who writes, and who does the work in groups.',
          'Quieter students contribute in some form: writing, pair talk, pointing to a text or diagram.',
          'Students who start slowly or struggle find a way into the task.',
          'Students learning English use the language supports on offer.',
          'Students with different interpretations all have their ideas taken up.',
        ],
        teacher: [
          'The teacher calls on a wide range of students, not only volunteers.',
          'Structures such as think time, turn-and-talk or group roles invite everyone to take part.',
          'Tasks come with visuals, models, word banks or sentence frames.',
          'The teacher checks in with students who have not yet spoken or started.',
        ],
      },
      guidingQuestions: [
        'Who gets to do the central work of this lesson, and who does not?',
        'What in the lesson invites every student in?',
        'Are there patterns, by seat, group, language or prior attainment, in who takes part?',
      ],
      levels: [
        { value: 1, descriptor: 'A few students do most of the work that matters while others are passive or left out, and nothing in the lesson changes that.' },
        { value: 2, descriptor: 'Some structures invite wider participation, but they are uneven, or participation is broad only for the less central parts of the work.' },
        { value: 3, descriptor: 'The lesson is built so that nearly all students take an active part in the core content, with support for those who need it.' },
      ],
    },
    {
      id: 'agency-ownership-identity',
      name: 'Agency, Ownership, and Identity',
      shortName: 'Agency and identity',
      description:
        "How far students are the source of ideas, build on one another's thinking, and come to see themselves as capable learners of the subject.",
      lookFors: {
        students: [
          "Students present their own ideas and interpretations, not only the teacher's.",
          'Students respond to one another: "I agree with Sam because…", "I read it differently…".',
          'Students refer to ideas by the classmate who offered them.',
          'Students make choices about how to approach the work or present it.',
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
        'What might students be learning about themselves as thinkers in this subject?',
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
          'Misunderstandings and partial ideas are visible and discussed, not hidden.',
          'Students revise their work after feedback or discussion.',
          "Students use classmates' ideas to refine their own.",
        ],
        teacher: [
          'The teacher asks open questions that reveal reasoning: "How did you decide?"',
          'The teacher circulates and listens before stepping in.',
          'The teacher probes an answer rather than simply marking it right or wrong.',
          'The teacher changes course in response to what students say or write.',
          'A common misunderstanding becomes a point for discussion.',
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
        { value: 3, descriptor: 'Student reasoning is regularly drawn out and used: partial ideas and misunderstandings are built on, and the teaching adjusts.' },
      ],
    },
  ],
  protocol: TRU_PROTOCOL,
  calibration: TRU_CALIBRATION,
};
