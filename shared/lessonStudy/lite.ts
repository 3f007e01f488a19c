// Lesson study lite: each teacher teaches the lesson in their own room and
// records how it went, where they departed from the plan and what they take
// from it; the team reflection reads these side by side.
import { z } from 'zod';
import { IdSchema } from '../domain.js';
import { date, text } from './text.js';

export const LiteTeachingSchema = z.object({
  id: IdSchema,
  cycleId: IdSchema,
  /** A team member id. */
  teacherId: IdSchema,
  taughtOn: z.string(),
  howItWent: z.string(),
  deviations: z.string(),
  reflection: z.string(),
});
export type LiteTeaching = z.infer<typeof LiteTeachingSchema>;

const LiteTeachingFieldsSchema = z.strictObject({
  cycleId: IdSchema,
  id: IdSchema.optional(),
  teacherId: IdSchema,
  taughtOn: date,
  howItWent: text('How the lesson went', 20_000).default(''),
  deviations: text('Deviations from the plan', 20_000).default(''),
  reflection: text('The reflection', 20_000).default(''),
});
/** `seen`: the fields as the screen loaded them (see db/apply.ts, RowChange.seen). */
export const LiteTeachingInputSchema = LiteTeachingFieldsSchema.extend({ seen: LiteTeachingFieldsSchema.omit({ cycleId: true, id: true }).optional() });
export type LiteTeachingInput = z.input<typeof LiteTeachingInputSchema>;
