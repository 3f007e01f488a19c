// What TRU Math and TRU for any subject share: the 1–3 scale scored per
// episode with the observer's summary score, the TRU activity types, the
// visit protocol, the calibration rule and the attribution of the framework.
// Only the dimensions' wording differs between the two.
import type { RubricInput } from '../format.js';

export const TRU_LICENCE =
  "Descriptors: Fieldbook's own wording, free to adapt. TRU framework © The Regents of the University of California; official rubric text is licensed separately.";
export const TRU_URL = 'https://truframework.org';
export const TRU_NOTES =
  "The five dimensions, the 1–3 scale scored per episode and the activity types follow the TRU framework. The level descriptors, look-fors and guiding questions here are Fieldbook's own short wording, not the official TRU scoring rubric. A district that holds a licence for the official rubric can make a copy of this rubric and paste the official level wording into the copy.";

export const TRU_SCORING: RubricInput['scoring'] = {
  unit: 'episode',
  scale: {
    levels: [
      { value: 1, label: 'Limited' },
      { value: 2, label: 'Developing' },
      { value: 3, label: 'Strong' },
    ],
  },
  rollup: 'rater_summary',
};

export const TRU_EPISODE_TYPES: RubricInput['episodeTypes'] = [
  { id: 'launch', name: 'Launch', group: 'Whole class', key: 'l', description: 'The teacher introduces a task or sets up the work that follows.' },
  { id: 'teacher-exposition', name: 'Teacher exposition', group: 'Whole class', key: 't', description: 'The teacher presents or explains content to the whole class.' },
  { id: 'whole-class-discussion', name: 'Whole-class discussion', group: 'Whole class', key: 'w', description: 'The class discusses ideas together, with the teacher leading or facilitating.' },
  { id: 'small-group-work', name: 'Small group work', key: 'g', description: 'Students work together in pairs or small groups.' },
  { id: 'student-presentations', name: 'Student presentations', key: 'p', description: 'One or more students present their work or thinking to the class.' },
  { id: 'individual-work', name: 'Individual work', key: 'i', description: 'Students work on their own.' },
];

export const TRU_PROTOCOL: RubricInput['protocol'] = {
  before: [
    "Meet the teacher briefly: learn the lesson's goal, where it sits in the unit, and what students have done so far.",
    'Agree one or two TRU dimensions to focus on, chosen by the teacher where possible. The visit is for learning, not evaluation.',
    'Agree where you will sit and whether you may talk with students or look at their work during the lesson.',
  ],
  during: [
    'Start a new episode each time the activity changes: launch, exposition, discussion, group work, presentations, individual work.',
    'Take low-inference notes: what students and the teacher say and do, with times, and quotes where you can catch them.',
    'Gather evidence for the focus dimensions first; jot down anything striking for the others.',
    'Watch and listen to students: who is talking, about what, and how their ideas are taken up.',
    'Score an episode only after it ends, from your notes, or leave scoring until after the visit.',
  ],
  after: [
    'Give a summary score for each dimension for the whole lesson, weighing the evidence across episodes rather than averaging.',
    'Debrief with the teacher within a few days, starting from the evidence on the focus dimensions.',
    'Ask the teacher what they noticed before offering your own reading, and use the guiding questions to frame the conversation.',
    'Agree one next step the teacher wants to try and what evidence would show it working.',
  ],
  lengthMinutes: 45,
  focusDimensions: { min: 0, max: 2 },
};

export const TRU_CALIBRATION: RubricInput['calibration'] = { agreement: 'exact', thresholdPercent: 80, roundsRequired: 1 };
