// Everything a cycle's screens show, in one answer: the renderer reads it once
// and every edit returns it fresh, so every tab stays consistent. Also the
// shapes of removal, search across cycles and the archived report.
import { z } from 'zod';
import { IdSchema } from '../domain.js';
import { AssignmentSchema, FocalStudentSchema } from './focal.js';
import { CycleSchema, MeetingSchema, ResourceSchema, TaskSchema } from './cycle.js';
import { DiscussionNoteSchema, DiscussionPartSchema, RevisionSchema } from './discussion.js';
import { LiteTeachingSchema } from './lite.js';
import { MeasureResponseSchema, MeasureSchema } from './measures.js';
import { PlanSummarySchema } from './plan.js';
import { TeamSchema } from './team.js';
import { text } from './text.js';

export const CycleDetailSchema = z.object({
  cycle: CycleSchema,
  team: TeamSchema,
  /** Oldest first; the last is the current version. */
  plans: z.array(PlanSummarySchema),
  meetings: z.array(MeetingSchema),
  tasks: z.array(TaskSchema),
  resources: z.array(ResourceSchema),
  focalStudents: z.array(FocalStudentSchema),
  assignments: z.array(AssignmentSchema),
  /** The research lesson observations (one per observer), newest first. */
  researchLessons: z.array(z.object({ id: IdSchema, observerName: z.string(), status: z.string(), notes: z.number().int(), startedAt: z.number().nullable() })),
  discussion: z.object({ parts: z.array(DiscussionPartSchema), notes: z.array(DiscussionNoteSchema) }),
  revisions: z.array(RevisionSchema),
  liteTeachings: z.array(LiteTeachingSchema),
  /** The team's surveys, and this cycle's answers to them. */
  measures: z.array(MeasureSchema),
  measureResponses: z.array(MeasureResponseSchema),
});
export type CycleDetail = z.infer<typeof CycleDetailSchema>;

/** The cycle's parts that can be removed one by one (a tombstone, like every synced delete). */
export const LS_ITEM_KINDS = ['meeting', 'task', 'resource', 'focalStudent', 'assignment', 'discussionNote', 'revision', 'liteTeaching', 'measureResponse'] as const;
export const RemoveLsItemSchema = z.strictObject({ kind: z.enum(LS_ITEM_KINDS), id: IdSchema });

export const StartResearchLessonSchema = z.strictObject({
  cycleId: IdSchema,
  /** The plan version being taught; the latest when absent. */
  planId: IdSchema.optional(),
});

export const LessonStudySearchSchema = z.strictObject({
  query: text('The search', 200).min(2, 'Type at least two characters to search'),
  limit: z.number().int().min(1).max(200).default(50),
});

export const LessonStudyHitSchema = z.object({
  cycleId: IdSchema,
  cycleTitle: z.string(),
  teamName: z.string(),
  /** Where the text was found, in words: "Plan version 2, step 3", "Discussion note". */
  where: z.string(),
  snippet: z.string(),
});
export type LessonStudyHit = z.infer<typeof LessonStudyHitSchema>;

/** The whole cycle as one self-contained HTML page, for the archive or for printing to PDF. */
export const CycleReportSchema = z.object({ fileName: z.string(), html: z.string() });
