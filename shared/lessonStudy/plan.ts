// The teaching-learning plan: goals, standards, background and rationale, the
// unit sequence with the research lesson marked, and the lesson process table.
// A plan has numbered versions (the plan as taught, the revision); a version
// with a later one is frozen, and a step remembers the step it was copied
// from so two versions can be compared step by step.
import { z } from 'zod';
import { IdSchema } from '../domain.js';
import { required, text } from './text.js';

export const PLAN_TEXT_MAX = 20_000;
export const STEP_TEXT_MAX = 5_000;
export const ANTICIPATED_MAX = 20;

export const GoalsSchema = z.object({ longTerm: z.string(), unit: z.string(), lesson: z.string() });
export type Goals = z.infer<typeof GoalsSchema>;

export const UnitLessonSchema = z.object({ title: z.string(), research: z.boolean() });
export type UnitLesson = z.infer<typeof UnitLessonSchema>;

export const PlanStepSchema = z.object({
  id: IdSchema,
  planId: IdSchema,
  /** 0-based order in the lesson process table. */
  position: z.number().int(),
  minutes: z.number().int(),
  activity: z.string(),
  keyQuestion: z.string(),
  anticipated: z.array(z.string()),
  support: z.string(),
  evaluation: z.string(),
  /** The step of the previous version this one was copied from. */
  originStepId: IdSchema.nullable(),
});
export type PlanStep = z.infer<typeof PlanStepSchema>;

/** The text fields of a step, in the order the lesson process table shows them. */
export const STEP_FIELDS = [
  { field: 'activity', label: 'Learning activity' },
  { field: 'keyQuestion', label: 'Key question' },
  { field: 'anticipated', label: 'Anticipated student responses' },
  { field: 'support', label: 'Teacher support' },
  { field: 'evaluation', label: 'Points of evaluation' },
] as const;
export type StepField = (typeof STEP_FIELDS)[number]['field'];

export const PlanSchema = z.object({
  id: IdSchema,
  cycleId: IdSchema,
  number: z.number().int(),
  label: z.string(),
  fromPlanId: IdSchema.nullable(),
  createdAt: z.number(),
  /** A later version exists: this one is a record (the plan as taught) and no longer editable. */
  frozen: z.boolean(),
  goals: GoalsSchema,
  standards: z.string(),
  background: z.string(),
  unitSequence: z.array(UnitLessonSchema),
  steps: z.array(PlanStepSchema),
});
export type Plan = z.infer<typeof PlanSchema>;

export const PlanSummarySchema = PlanSchema.pick({ id: true, number: true, label: true, createdAt: true, frozen: true, fromPlanId: true }).extend({
  steps: z.number().int(),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

const planText = (what: string) => text(what, PLAN_TEXT_MAX);
const stepText = (what: string) => text(what, STEP_TEXT_MAX).default('');

const PlanPatchFieldsSchema = z.strictObject({
  id: IdSchema,
  label: text('The version label', 200).optional(),
  goals: z.strictObject({ longTerm: planText('The long-term goal'), unit: planText('The unit goal'), lesson: planText('The lesson goal') }).partial().optional(),
  standards: planText('Standards').optional(),
  background: planText('Background and rationale').optional(),
  unitSequence: z
    .array(z.strictObject({ title: required('A lesson title in the unit sequence', 300), research: z.boolean().default(false) }))
    .max(60, 'A unit sequence has at most 60 lessons')
    .refine((lessons) => lessons.filter((l) => l.research).length <= 1, 'Mark one lesson of the unit as the research lesson')
    .optional(),
});
/** `seen`: the fields as the screen loaded them (see db/apply.ts, RowChange.seen). */
export const PlanPatchSchema = PlanPatchFieldsSchema.extend({ seen: PlanPatchFieldsSchema.omit({ id: true }).optional() });
export type PlanPatch = z.input<typeof PlanPatchSchema>;

const StepFieldsSchema = z.strictObject({
  planId: IdSchema,
  /** Absent to add a step; present to edit one. */
  id: IdSchema.optional(),
  /** Where a new step goes (0-based); at the end when absent. Ignored when editing. */
  position: z.number().int().min(0).optional(),
  minutes: z.number({ error: 'Minutes must be a number' }).int('Minutes must be a whole number').min(0).max(240, 'A step lasts at most 240 minutes').default(0),
  activity: stepText('The learning activity'),
  keyQuestion: stepText('The key question'),
  anticipated: z
    .array(text('An anticipated response', STEP_TEXT_MAX).min(1, 'An anticipated response cannot be empty'))
    .max(ANTICIPATED_MAX, `A step has at most ${ANTICIPATED_MAX} anticipated responses`)
    .default([]),
  support: stepText('Teacher support'),
  evaluation: stepText('Points of evaluation'),
});
/** `seen`: the fields as the screen loaded them (see db/apply.ts, RowChange.seen). */
export const StepInputSchema = StepFieldsSchema.extend({ seen: StepFieldsSchema.omit({ planId: true, id: true, position: true }).optional() });
export type StepInput = z.input<typeof StepInputSchema>;

export const MoveStepSchema = z.strictObject({ id: IdSchema, to: z.number().int().min(0) });

export const NewPlanVersionSchema = z.strictObject({
  cycleId: IdSchema,
  fromPlanId: IdSchema,
  label: text('The version label', 200).default(''),
  /** Apply the cycle's revisions of `fromPlanId` that no version has taken up yet. */
  applyRevisions: z.boolean().default(true),
});
export type NewPlanVersion = z.input<typeof NewPlanVersionSchema>;
