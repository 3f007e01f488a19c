// Practical measures: a short survey of focal students (three agency questions
// on a 1-4 scale, say), taken after a lesson in each PDSA cycle, charted as a
// run chart across occasions with its median.
import { z } from 'zod';
import { IdSchema } from '../domain.js';
import { date, required } from './text.js';

export const MEASURE_QUESTIONS_MAX = 10;

/** A starting point a team can adapt: the agency questions many improvement networks use. */
export const AGENCY_SURVEY_TEMPLATE = {
  title: 'Student agency check',
  questions: ['I got to share my own ideas in math today.', 'My ideas were taken seriously by my classmates.', 'I could explain why my answer made sense.'],
  scaleMax: 4,
};

export const MeasureSchema = z.object({
  id: IdSchema,
  teamId: IdSchema,
  title: z.string(),
  questions: z.array(z.string()),
  /** Answers run from 1 to scaleMax. */
  scaleMax: z.number().int(),
});
export type Measure = z.infer<typeof MeasureSchema>;

const MeasureFieldsSchema = z.strictObject({
  teamId: IdSchema,
  id: IdSchema.optional(),
  title: required('The survey title'),
  questions: z
    .array(required('A question', 500))
    .min(1, 'A survey needs at least one question')
    .max(MEASURE_QUESTIONS_MAX, `A survey has at most ${MEASURE_QUESTIONS_MAX} questions`),
  scaleMax: z.number().int().min(2, 'A scale has at least 2 points').max(10, 'A scale has at most 10 points').default(4),
});
/** `seen`: the fields as the screen loaded them (see db/apply.ts, RowChange.seen). */
export const MeasureInputSchema = MeasureFieldsSchema.extend({ seen: MeasureFieldsSchema.omit({ teamId: true, id: true }).optional() });
export type MeasureInput = z.input<typeof MeasureInputSchema>;

export const MeasureResponseSchema = z.object({
  id: IdSchema,
  measureId: IdSchema,
  cycleId: IdSchema,
  pdsaCycle: z.number().int(),
  takenOn: z.string(),
  focalStudentId: IdSchema,
  /** One answer per question, in question order; null where the student skipped it. */
  answers: z.array(z.number().int().nullable()),
});
export type MeasureResponse = z.infer<typeof MeasureResponseSchema>;

const measureAnswers = z.array(z.number().int().nullable()).max(MEASURE_QUESTIONS_MAX);

/**
 * One focal student's answers on one occasion; a second save for the same
 * student and occasion replaces the first. `seen`: the answers as the screen
 * showed them, none when it showed none (see db/apply.ts, RowChange.seen).
 */
export const MeasureResponseInputSchema = z.strictObject({
  measureId: IdSchema,
  cycleId: IdSchema,
  pdsaCycle: z.number().int().min(1, 'PDSA cycles are numbered from 1').max(100),
  takenOn: date,
  focalStudentId: IdSchema,
  answers: measureAnswers,
  seen: z.strictObject({ answers: measureAnswers }).optional(),
});
export type MeasureResponseInput = z.input<typeof MeasureResponseInputSchema>;

export const RunChartSchema = z.object({
  measure: MeasureSchema,
  /** One point per occasion (lesson study cycle, PDSA cycle, date), in time order. */
  points: z.array(
    z.object({
      cycleId: IdSchema,
      cycleTitle: z.string(),
      pdsaCycle: z.number().int(),
      takenOn: z.string(),
      /** Students who answered at least one question. */
      students: z.number().int(),
      /** Mean of every answer given on the occasion. */
      mean: z.number(),
    }),
  ),
  /** The run chart's centre line: the median of the points' means, null with no points. */
  median: z.number().nullable(),
});
export type RunChart = z.infer<typeof RunChartSchema>;
