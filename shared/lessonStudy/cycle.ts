// A lesson study cycle: its research theme and topic, the variant (full, or
// "lite" where each teacher teaches the lesson in their own room), the phase
// it is in with the date each phase began, the team's study of the topic,
// meetings, tasks and resources.
import { z } from 'zod';
import { IdSchema } from '../domain.js';
import { optionalDate, date, required, text } from './text.js';

export const LS_PHASES = ['study', 'plan', 'teach', 'reflect', 'revise'] as const;
export const LsPhaseSchema = z.enum(LS_PHASES);
export type LsPhase = z.infer<typeof LsPhaseSchema>;

export const LS_PHASE_LABELS: Record<LsPhase, string> = {
  study: 'Study',
  plan: 'Plan',
  teach: 'Teach and observe',
  reflect: 'Reflect',
  revise: 'Revise and reteach',
};

export const LS_VARIANTS = ['full', 'lite'] as const;
export const LsVariantSchema = z.enum(LS_VARIANTS);
export type LsVariant = z.infer<typeof LsVariantSchema>;

export const LS_VARIANT_LABELS: Record<LsVariant, string> = {
  full: 'Full: one research lesson, observed by the team',
  lite: 'Lite: each teacher teaches the lesson in their own room, then the team reflects together',
};

/** The Study phase's guiding questions, in the order a team works through them. */
export const STUDY_PROMPTS = [
  { id: 'concept', label: 'The concept', prompt: 'What concept does the lesson teach, and what does understanding it mean?' },
  { id: 'prior', label: 'Prior knowledge', prompt: 'What do students already know that the lesson builds on?' },
  { id: 'misconceptions', label: 'Likely misconceptions', prompt: 'Which misconceptions or partial ideas are students likely to bring?' },
  { id: 'materials', label: 'How the materials sequence it', prompt: 'How do the curriculum materials sequence this concept, before and after the lesson?' },
  { id: 'standards', label: 'Standards', prompt: 'Which standards and practices does the lesson address?' },
] as const;
export type StudyPromptId = (typeof STUDY_PROMPTS)[number]['id'];

export const STUDY_MAX = 20_000;
const studyAnswer = text('A study answer', STUDY_MAX);

export const StudySchema = z.object({
  concept: z.string(),
  prior: z.string(),
  misconceptions: z.string(),
  materials: z.string(),
  standards: z.string(),
});
export type Study = z.infer<typeof StudySchema>;

export const CycleSchema = z.object({
  id: IdSchema,
  teamId: IdSchema,
  title: z.string(),
  researchTheme: z.string(),
  subject: z.string(),
  grade: z.string(),
  topic: z.string(),
  variant: LsVariantSchema,
  phase: LsPhaseSchema,
  /** The date each phase reached so far began (YYYY-MM-DD). */
  phaseDates: z.partialRecord(LsPhaseSchema, z.string()),
  researchLessonOn: z.string(),
  /** The team member who teaches the research lesson. */
  instructorId: IdSchema.nullable(),
  study: StudySchema,
  /** The research lesson's seating chart, rows by seats per row. */
  seating: z.object({ rows: z.number().int(), cols: z.number().int() }),
  createdAt: z.number(),
});
export type Cycle = z.infer<typeof CycleSchema>;

export const CycleSummarySchema = CycleSchema.pick({
  id: true,
  teamId: true,
  title: true,
  researchTheme: true,
  subject: true,
  grade: true,
  topic: true,
  variant: true,
  phase: true,
  researchLessonOn: true,
  createdAt: true,
}).extend({ teamName: z.string() });
export type CycleSummary = z.infer<typeof CycleSummarySchema>;

export const NewCycleSchema = z.strictObject({
  teamId: IdSchema,
  title: required('The cycle title'),
  researchTheme: text('The research theme', 2000).default(''),
  subject: text('The subject', 60).default(''),
  grade: text('The grade', 20).default(''),
  topic: text('The topic', 500).default(''),
  variant: LsVariantSchema.default('full'),
});
export type NewCycle = z.input<typeof NewCycleSchema>;

export const SEATING_LIMIT = 12;

/** Any subset of a cycle's fields; moving to a phase records the day it began. */
const CyclePatchFieldsSchema = z.strictObject({
  id: IdSchema,
  title: required('The cycle title').optional(),
  researchTheme: text('The research theme', 2000).optional(),
  subject: text('The subject', 60).optional(),
  grade: text('The grade', 20).optional(),
  topic: text('The topic', 500).optional(),
  variant: LsVariantSchema.optional(),
  phase: LsPhaseSchema.optional(),
  researchLessonOn: optionalDate.optional(),
  instructorId: IdSchema.nullable().optional(),
  study: z
    .strictObject({ concept: studyAnswer, prior: studyAnswer, misconceptions: studyAnswer, materials: studyAnswer, standards: studyAnswer })
    .partial()
    .optional(),
  seating: z
    .strictObject({
      rows: z.number().int().min(0).max(SEATING_LIMIT, `A seating chart has at most ${SEATING_LIMIT} rows`),
      cols: z.number().int().min(0).max(SEATING_LIMIT, `A seating chart has at most ${SEATING_LIMIT} seats in a row`),
    })
    .optional(),
});
/** `seen`: the fields as the screen loaded them (see db/apply.ts, RowChange.seen). */
export const CyclePatchSchema = CyclePatchFieldsSchema.extend({ seen: CyclePatchFieldsSchema.omit({ id: true }).optional() });
export type CyclePatch = z.input<typeof CyclePatchSchema>;

export const MeetingSchema = z.object({
  id: IdSchema,
  cycleId: IdSchema,
  heldOn: z.string(),
  title: z.string(),
  agenda: z.string(),
  /** Team member ids. */
  attendees: z.array(IdSchema),
  notes: z.string(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

const MeetingFieldsSchema = z.strictObject({
  cycleId: IdSchema,
  id: IdSchema.optional(),
  heldOn: date,
  title: required('The meeting title'),
  agenda: text('The agenda', 10_000).default(''),
  attendees: z.array(IdSchema).max(100).default([]),
  notes: text('Meeting notes', 50_000).default(''),
});
/** `seen`: the fields as the screen loaded them (see db/apply.ts, RowChange.seen). */
export const MeetingInputSchema = MeetingFieldsSchema.extend({ seen: MeetingFieldsSchema.omit({ cycleId: true, id: true }).optional() });
export type MeetingInput = z.input<typeof MeetingInputSchema>;

export const TaskSchema = z.object({
  id: IdSchema,
  cycleId: IdSchema,
  title: z.string(),
  /** A team member id. */
  assigneeId: IdSchema.nullable(),
  due: z.string(),
  done: z.boolean(),
  /** An action item agreed in the post-lesson discussion. */
  fromDiscussion: z.boolean(),
});
export type Task = z.infer<typeof TaskSchema>;

const TaskFieldsSchema = z.strictObject({
  cycleId: IdSchema,
  id: IdSchema.optional(),
  title: required('The task', 500),
  assigneeId: IdSchema.nullable().default(null),
  due: optionalDate.default(''),
  done: z.boolean().default(false),
  fromDiscussion: z.boolean().default(false),
});
/** `seen`: the fields as the screen loaded them (see db/apply.ts, RowChange.seen). */
export const TaskInputSchema = TaskFieldsSchema.extend({ seen: TaskFieldsSchema.omit({ cycleId: true, id: true }).optional() });
export type TaskInput = z.input<typeof TaskInputSchema>;

/** A task's fields as saveTask takes them: what an edit sends, and its `seen`. */
export function taskFields({ title, assigneeId, due, done, fromDiscussion }: Task) {
  return { title, assigneeId, due, done, fromDiscussion };
}

/** A reading, a video, a chapter of the materials: a title and where to find it. */
export const ResourceSchema = z.object({ id: IdSchema, cycleId: IdSchema, title: z.string(), link: z.string(), note: z.string() });
export type Resource = z.infer<typeof ResourceSchema>;

export const ResourceInputSchema = z.strictObject({
  cycleId: IdSchema,
  id: IdSchema.optional(),
  title: required('The resource title', 300),
  link: text('The link or reference', 2000).default(''),
  note: text('The note', 5000).default(''),
});
export type ResourceInput = z.input<typeof ResourceInputSchema>;
