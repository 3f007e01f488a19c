// What a grade 4 lesson study team writes in the lesson study journey
// (lessonStudy.e2e.ts): its members and roles, the research lesson's four
// steps, three focal students (one with a real name kept on the device), who
// watches whom, the observer's notes step by step, and the discussion's
// revisions. Kept apart from the journey so its steps read as a person's.

export const TEAM = 'Alder Creek grade 4 math team';
export const SCHOOL = 'Alder Creek Elementary';
export const CYCLE = 'Fractions on a number line';
export const INSTRUCTOR = 'Priya Raman';
/** Who the device belongs to (districtJourney's settings): the research lesson is observed as her. */
export const OBSERVER = 'Joan Whitaker';

/** People from the directory, and one knowledgeable other from a university typed by name. */
export const MEMBERS: { person?: string; name?: string; roles: string[] }[] = [
  { person: INSTRUCTOR, roles: ['Instructor', 'Planning team'] },
  { person: 'Owen Achterberg', roles: ['Planning team', 'Observer'] },
  { person: 'Marisol Vega', roles: ['Observer'] },
  { person: OBSERVER, roles: ['Facilitator', 'Observer'] },
  { name: 'Amara Osei', roles: ['Knowledgeable other'] },
];

export interface StepText {
  minutes: string;
  activity: string;
  keyQuestion: string;
  anticipated: string[];
  support: string;
  evaluation: string;
}

export const STEPS: StepText[] = [
  {
    minutes: '10',
    activity: 'Launch: two friends share pizzas of the same size',
    keyQuestion: 'Who ate more pizza: the friend who ate 3/4 or the friend who ate 2/3?',
    anticipated: ['Says 2/3 is more because thirds are fewer pieces', 'Draws two circles cut into fourths and thirds'],
    support: 'Ask a pair to restate the question before they start.',
    evaluation: 'Do students compare the size of the pieces, not the count?',
  },
  {
    minutes: '15',
    activity: 'Pose the task: place 3/4 and 2/3 on one number line',
    keyQuestion: 'Where does each fraction go between 0 and 1?',
    anticipated: ['Splits separate lines into 4 and 3 parts', 'Places both fractions by estimating', 'Uses twelfths to place both'],
    support: 'Offer paper strips to fold for students who are stuck.',
    evaluation: 'How do students partition the interval from 0 to 1?',
  },
  {
    minutes: '15',
    activity: 'Compare strategies as a class',
    keyQuestion: 'Which placement convinces you, and why?',
    anticipated: ['Prefers the folded strips because they can be checked', 'Argues from the distance to 1'],
    support: 'Order the shared work from strips to common denominators.',
    evaluation: 'Do students answer each other with reasons?',
  },
  {
    minutes: '5',
    activity: 'Summarise with a comparison sentence',
    keyQuestion: 'How can you tell which of two fractions is greater?',
    anticipated: ['Writes that 3/4 is greater because it is closer to 1', 'Restates a rule about numerators'],
    support: 'Give the frame: ___ is greater than ___ because ___.',
    evaluation: 'Does the sentence give a reason?',
  },
];

/** The step's name wherever a note or the evidence shows it. */
export const stepTitle = (i: number) => `Step ${i + 1}: ${STEPS[i]!.activity}`;

export const REAL_NAME = 'Marisol Quintero';

export const FOCAL = [
  {
    code: 'S03',
    name: '',
    strengths: 'Draws careful models and checks them against the story. The team wants to see how she moves from pictures to the number line.',
    focalFor: 'Explaining reasoning (lesson goal)',
    seat: { row: 1, col: 2 },
  },
  {
    code: 'S07',
    name: REAL_NAME,
    strengths: 'A confident speaker who builds on what classmates say. The team wants to hear which comparisons she trusts.',
    focalFor: 'Explaining reasoning (lesson goal)',
    seat: { row: 2, col: 5 },
  },
  {
    code: 'S12',
    name: '',
    strengths: 'Persistent and precise with measuring tools. The team wants to learn when he reasons rather than measures.',
    focalFor: 'Fractions as numbers (unit goal)',
    seat: { row: 4, col: 3 },
  },
] as const;

/** Observers from the team, each watching one focal student. */
export const ASSIGNMENTS = [
  { observer: 'Owen Achterberg', code: 'S03' },
  { observer: 'Marisol Vega', code: 'S07' },
  { observer: OBSERVER, code: 'S12' },
] as const;

/**
 * The research lesson's notes, step by step: a focal student named with "@"
 * in the note or chosen with their button before it, and one note about the
 * class as a whole.
 */
export const NOTES: { step: number; text: string; code?: string; by: 'mention' | 'button' | 'none' }[] = [
  { step: 0, text: '@S03 draws two circles of different sizes', code: 'S03', by: 'mention' },
  { step: 0, text: 'Says the bigger number on the bottom means a bigger piece', code: 'S07', by: 'button' },
  { step: 1, text: '@S12 measures one half with a ruler before placing 3/4', code: 'S12', by: 'mention' },
  { step: 1, text: 'Most pairs fold paper strips without being asked', by: 'none' },
  { step: 2, text: '@S07 explains why 3/4 is closer to 1 than 2/3', code: 'S07', by: 'mention' },
  { step: 3, text: 'Writes 3/4 is greater because the gap to 1 is smaller', code: 'S03', by: 'button' },
];

/** Revisions the discussion agrees on: each changes one step of version 1. */
export const REVISIONS = [
  {
    step: 1,
    change: 'Change the key question',
    field: 'New key question',
    text: 'Where does 3/4 go on the line, and how do you know it belongs there?',
    reason: 'S03 and S12 placed both fractions by estimating or measuring in step 2.',
    diffWords: 'Changed: key question',
  },
  {
    step: 2,
    change: 'Add an anticipated response',
    field: 'Anticipated response to add',
    text: 'Measures both points with a ruler instead of reasoning',
    reason: 'S12 measured rather than reasoned about the distance to 1.',
    diffWords: 'Changed: anticipated student responses',
  },
] as const;

export const SPEAKER_NOTES = [
  { part: 'Thank the instructor', speaker: 'Marisol Vega', text: 'Thank you for opening your classroom to the team.' },
  { part: "Instructor's reflection, including deviations from the plan", speaker: INSTRUCTOR, text: 'I shortened step 3 because step 2 ran five minutes over.' },
  { part: 'Observers share evidence', speaker: 'Owen Achterberg', text: 'S03 drew both fractions on separate lines before combining them.' },
  { part: "Knowledgeable other's final comments", speaker: 'Amara Osei', text: 'Common denominators came from the students, not from the teacher.' },
] as const;

export const KEY_LEARNING = 'Students need a reason to move from pictures to the number line.';
export const ACTION_ITEM = 'Share the revised plan with the grade 5 team';
