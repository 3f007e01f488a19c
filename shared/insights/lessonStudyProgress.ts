// Lesson study progress on the Insights screen: how many cycles are in each
// phase, and each team's practical measures (the survey's mean on its first
// and latest occasions, against its median), within what the person on this
// device may see and the dashboard's school, grade and subject filter.
import { z } from 'zod';
import { IdSchema } from '../domain.js';
import { LsPhaseSchema, LsVariantSchema } from '../lessonStudy/cycle.js';

export const LessonStudyProgressSchema = z.object({
  teams: z.number().int(),
  /** Every phase in cycle order, with zero counts kept so the figure's axis never changes. */
  byPhase: z.array(z.object({ phase: LsPhaseSchema, label: z.string(), cycles: z.number().int() })),
  /** The cycles behind the phase figure, newest first, for drill-down. */
  cycles: z.array(
    z.object({ id: IdSchema, title: z.string(), teamName: z.string(), phase: LsPhaseSchema, variant: LsVariantSchema, grade: z.string(), subject: z.string(), createdAt: z.number() }),
  ),
  measures: z.array(
    z.object({
      measureId: IdSchema,
      title: z.string(),
      teamName: z.string(),
      scaleMax: z.number().int(),
      occasions: z.number().int(),
      firstMean: z.number().nullable(),
      latestMean: z.number().nullable(),
      median: z.number().nullable(),
    }),
  ),
});
export type LessonStudyProgress = z.infer<typeof LessonStudyProgressSchema>;
