// Insights shapes as the API carries them. Every figure is computed from the
// lesson scores of submitted observations that no correction replaced, within
// one rubric version (levels mean the same only within one), for what the
// person on this device may see: a teacher their own observations, a principal
// their school, everyone else the district.
import { z } from 'zod';
import { IdSchema } from '../domain.js';
import { RubricVersionRefSchema } from '../rubric/records.js';
import { ObservationSummarySchema } from '../observation.js';

const day = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write dates as YYYY-MM-DD')]);

export const InsightFilterSchema = z.strictObject({
  /** Null: the rubric version with the most scores in view. */
  rubric: RubricVersionRefSchema.nullable().default(null),
  schoolId: IdSchema.nullable().default(null),
  teacherId: IdSchema.nullable().default(null),
  grade: z.string().max(40).default(''),
  subject: z.string().max(80).default(''),
  /** Empty: every dimension. */
  dimensionId: z.string().max(64).default(''),
  from: day.default(''),
  to: day.default(''),
  /** Count only scores given by observers calibrated at the time they scored. */
  calibratedOnly: z.boolean().default(false),
});
export type InsightFilter = z.input<typeof InsightFilterSchema>;
export type InsightFilterValue = z.output<typeof InsightFilterSchema>;

/** A figure's cell to drill into: the filter narrowed to one month, school, grade or level. */
export const DrillSchema = z.strictObject({
  filter: InsightFilterSchema,
  month: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}$/)]).default(''),
  level: z.number().int().nullable().default(null),
  limit: z.number().int().min(1).max(500).default(100),
});

export const VIEW_SCOPES = ['teacher', 'school', 'district'] as const;

const mean = z.number().nullable();
const group = z.object({ key: z.string(), label: z.string(), scores: z.number().int(), observations: z.number().int(), mean });

export const InsightsSchema = z.object({
  scope: z.object({ kind: z.enum(VIEW_SCOPES), label: z.string() }),
  /** The filter in words, for captions: "Alder Creek Elementary · Cognitive Demand · calibrated observers only". */
  filterText: z.string(),
  rubric: z
    .object({
      id: z.string(),
      version: z.number().int(),
      name: z.string(),
      dimensions: z.array(z.object({ id: z.string(), name: z.string() })),
      levels: z.array(z.object({ value: z.number(), label: z.string() })),
    })
    .nullable(),
  /** Rubric versions with scores in view, most scores first, to choose from. */
  rubrics: z.array(z.object({ id: z.string(), version: z.number().int(), name: z.string(), scores: z.number().int() })),
  totals: z.object({ observations: z.number().int(), scores: z.number().int(), teachers: z.number().int(), mean, calibratedShare: z.number().nullable() }),
  /** The grades and subjects observed under the filter's other choices (school, teacher, dates...), to choose from. */
  choices: z.object({ grades: z.array(z.string()), subjects: z.array(z.string()) }),
  /** Scores per level, per dimension (levels rounded to the nearest level for rolled-up scores). */
  distribution: z.array(z.object({ dimensionId: z.string(), name: z.string(), counts: z.array(z.object({ level: z.number(), count: z.number().int() })), na: z.number().int() })),
  byDimension: z.array(group),
  byMonth: z.array(group),
  bySchoolYear: z.array(group),
  bySchool: z.array(group),
  byGrade: z.array(group),
  bySubject: z.array(group),
});
export type Insights = z.infer<typeof InsightsSchema>;
export type InsightGroup = z.infer<typeof group>;

export const DrillResultSchema = z.object({ total: z.number().int(), observations: z.array(ObservationSummarySchema) });

export const InsightsCsvSchema = z.object({ fileName: z.string(), text: z.string(), rows: z.number().int() });
