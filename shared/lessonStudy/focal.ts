// Focal students and who watches them. A focal student is synced under a
// pseudonym code with an asset-based description (strengths first); their real
// name, if a teacher writes it down, stays in a local table on this device and
// leaves it (in exports) only when the device's settings allow it.
import { z } from 'zod';
import { IdSchema } from '../domain.js';
import { STUDENT_CODE } from '../observation.js';
import { text } from './text.js';

export const FocalStudentSchema = z.object({
  id: IdSchema,
  cycleId: IdSchema,
  /** The pseudonym everyone sees, such as S03; the research lesson's notes link to it. */
  code: z.string(),
  /** Kept on this device only; '' when none was written here. */
  name: z.string(),
  strengths: z.string(),
  /** Which goals of the plan this student is focal for. */
  focalFor: z.string(),
  seat: z.object({ row: z.number().int(), col: z.number().int() }).nullable(),
});
export type FocalStudent = z.infer<typeof FocalStudentSchema>;

const FocalStudentFieldsSchema = z.strictObject({
  cycleId: IdSchema,
  id: IdSchema.optional(),
  code: z.string().trim().regex(STUDENT_CODE, 'A student code is 1 to 12 letters, digits or dashes, such as S07: a pseudonym, not a name'),
  name: text("The student's name", 200).default(''),
  strengths: text('The description', 5000).default(''),
  focalFor: text('Which goals the student is focal for', 1000).default(''),
  seat: z.strictObject({ row: z.number().int().min(0).max(11), col: z.number().int().min(0).max(11) }).nullable().default(null),
});
/**
 * `seen`: the synced fields as the screen loaded them (see db/apply.ts,
 * RowChange.seen); the name stays on this device, so it is not among them.
 */
export const FocalStudentInputSchema = FocalStudentFieldsSchema.extend({ seen: FocalStudentFieldsSchema.omit({ cycleId: true, id: true, name: true }).optional() });
export type FocalStudentInput = z.input<typeof FocalStudentInputSchema>;

/** A focal student's synced fields as saveFocalStudent takes them: what an edit sends, and its `seen`. */
export function focalStudentFields({ code, strengths, focalFor, seat }: FocalStudent) {
  return { code, strengths, focalFor, seat };
}

/** An observer watches one focal student or a group (a table, "the back row"). */
export const AssignmentSchema = z.object({
  id: IdSchema,
  cycleId: IdSchema,
  /** A team member id. */
  observerId: IdSchema,
  focalStudentId: IdSchema.nullable(),
  group: z.string(),
});
export type Assignment = z.infer<typeof AssignmentSchema>;

export const AssignmentInputSchema = z
  .strictObject({
    cycleId: IdSchema,
    id: IdSchema.optional(),
    observerId: IdSchema,
    focalStudentId: IdSchema.nullable().default(null),
    group: text('The group', 200).default(''),
  })
  .refine((a) => a.focalStudentId !== null || a.group !== '', { message: 'Assign the observer to a focal student or name a group', path: ['group'] });
export type AssignmentInput = z.input<typeof AssignmentInputSchema>;
