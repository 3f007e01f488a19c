// The post-lesson discussion: the protocol as an ordered agenda with a timer
// per part, notes per speaker, key learnings, and revisions to the plan that
// become its next version. Also the research lesson's evidence, grouped the
// way observers share it: by plan step and by focal student.
import { z } from 'zod';
import { IdSchema } from '../domain.js';
import { required, text } from './text.js';

/** The protocol's parts in order; the equity commentator's part is there when the team has one. */
export const DISCUSSION_PROTOCOL = [
  { kind: 'thanks', title: 'Thank the instructor', minutes: 2 },
  { kind: 'instructor', title: "Instructor's reflection, including deviations from the plan", minutes: 10 },
  { kind: 'planning_team', title: 'Planning team', minutes: 10 },
  { kind: 'observers', title: 'Observers share evidence', minutes: 25 },
  { kind: 'open', title: 'Open discussion', minutes: 15 },
  { kind: 'equity', title: "Equity commentator's remarks", minutes: 5 },
  { kind: 'final_comments', title: "Knowledgeable other's final comments", minutes: 15 },
] as const;
export const DISCUSSION_PART_KINDS = DISCUSSION_PROTOCOL.map((p) => p.kind) as [(typeof DISCUSSION_PROTOCOL)[number]['kind'], ...(typeof DISCUSSION_PROTOCOL)[number]['kind'][]];
export const DiscussionPartKindSchema = z.enum(DISCUSSION_PART_KINDS);

export const DiscussionPartSchema = z.object({
  id: IdSchema,
  cycleId: IdSchema,
  position: z.number().int(),
  kind: DiscussionPartKindSchema,
  title: z.string(),
  minutes: z.number().int(),
  /** Epoch ms; the running part has startedAt and no endedAt. */
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
});
export type DiscussionPart = z.infer<typeof DiscussionPartSchema>;

const DiscussionPartFieldsSchema = z.strictObject({
  id: IdSchema,
  title: required('The part title').optional(),
  minutes: z.number().int().min(0).max(180, 'A part lasts at most 180 minutes').optional(),
});
/** `seen`: the fields as the screen loaded them (see db/apply.ts, RowChange.seen). */
export const DiscussionPartInputSchema = DiscussionPartFieldsSchema.extend({ seen: DiscussionPartFieldsSchema.omit({ id: true }).optional() });

/** Start a part (the running one ends), or stop the running part with partId null. */
export const SetDiscussionPartSchema = z.strictObject({ cycleId: IdSchema, partId: IdSchema.nullable() });

export const DISCUSSION_NOTE_KINDS = ['note', 'learning'] as const;
export const DiscussionNoteSchema = z.object({
  id: IdSchema,
  cycleId: IdSchema,
  partId: IdSchema.nullable(),
  /** A team member id, or null for someone outside the team. */
  speakerId: IdSchema.nullable(),
  speaker: z.string(),
  /** A note of what was said, or a key learning the team takes away. */
  kind: z.enum(DISCUSSION_NOTE_KINDS),
  text: z.string(),
  createdAt: z.number(),
});
export type DiscussionNote = z.infer<typeof DiscussionNoteSchema>;

export const DiscussionNoteInputSchema = z.strictObject({
  cycleId: IdSchema,
  id: IdSchema.optional(),
  partId: IdSchema.nullable().default(null),
  speakerId: IdSchema.nullable().default(null),
  speaker: text('The speaker', 200).default(''),
  kind: z.enum(DISCUSSION_NOTE_KINDS).default('note'),
  text: required('The note', 10_000),
});
export type DiscussionNoteInput = z.input<typeof DiscussionNoteInputSchema>;

/**
 * What a revision changes: a step's field (its text is the new text; for
 * anticipated responses it is one more response), or a new step after stepId
 * (at the end when stepId is null) whose learning activity is the text.
 */
export const REVISION_TARGETS = ['activity', 'keyQuestion', 'anticipated', 'support', 'evaluation', 'newStep'] as const;
export const RevisionTargetSchema = z.enum(REVISION_TARGETS);
export type RevisionTarget = z.infer<typeof RevisionTargetSchema>;

export const REVISION_TARGET_LABELS: Record<RevisionTarget, string> = {
  activity: 'Change the learning activity',
  keyQuestion: 'Change the key question',
  anticipated: 'Add an anticipated response',
  support: 'Change the teacher support',
  evaluation: 'Change the points of evaluation',
  newStep: 'Add a new step',
};

export const RevisionSchema = z.object({
  id: IdSchema,
  cycleId: IdSchema,
  /** The plan version the revision is to. */
  planId: IdSchema,
  stepId: IdSchema.nullable(),
  target: RevisionTargetSchema,
  text: z.string(),
  reason: z.string(),
  /** The version that took the revision up, once one has. */
  appliedPlanId: IdSchema.nullable(),
  createdAt: z.number(),
});
export type Revision = z.infer<typeof RevisionSchema>;

export const RevisionInputSchema = z
  .strictObject({
    cycleId: IdSchema,
    id: IdSchema.optional(),
    planId: IdSchema,
    stepId: IdSchema.nullable().default(null),
    target: RevisionTargetSchema,
    text: required('The revision', 5000),
    reason: text('The reason', 5000).default(''),
  })
  .refine((r) => r.target === 'newStep' || r.stepId !== null, { message: 'Choose the step the revision changes', path: ['stepId'] });
export type RevisionInput = z.input<typeof RevisionInputSchema>;

/** One note of a research lesson observation, as evidence for the discussion. */
export const EvidenceNoteSchema = z.object({
  noteId: IdSchema,
  observationId: IdSchema,
  observerName: z.string(),
  atMs: z.number().int(),
  text: z.string(),
  planStepId: IdSchema.nullable(),
  focalStudentId: IdSchema.nullable(),
});
export type EvidenceNote = z.infer<typeof EvidenceNoteSchema>;

export const ResearchEvidenceSchema = z.object({
  /** The research lesson observations of the cycle, one per observer device. */
  observations: z.array(z.object({ id: IdSchema, observerName: z.string(), status: z.string(), notes: z.number().int() })),
  /** In plan order; a group with stepId null holds notes tied to no step. */
  byStep: z.array(z.object({ stepId: IdSchema.nullable(), notes: z.array(EvidenceNoteSchema) })),
  /** In the order of the focal students; focalStudentId null holds notes about no focal student. */
  byStudent: z.array(z.object({ focalStudentId: IdSchema.nullable(), notes: z.array(EvidenceNoteSchema) })),
});
export type ResearchEvidence = z.infer<typeof ResearchEvidenceSchema>;
