// What the backend says about stored rubrics: the shapes the API contract
// carries for the library list, one version, a draft, and an import.
import { z } from 'zod';
import { RubricSchema } from './format.js';

export const RUBRIC_ORIGINS = ['built_in', 'imported', 'authored'] as const;
export const RubricOriginSchema = z.enum(RUBRIC_ORIGINS);
export type RubricOrigin = z.infer<typeof RubricOriginSchema>;

export const RubricIdSchema = z.string().min(1).max(64);
export const VersionNumberSchema = z.number().int().min(1);

export const RubricProblemSchema = z.object({ path: z.string(), message: z.string() });

export const RubricVersionInfoSchema = z.object({
  version: VersionNumberSchema,
  name: z.string(),
  contentHash: z.string(),
  origin: RubricOriginSchema,
  publishedAt: z.number(),
  retired: z.boolean(),
});
export type RubricVersionInfo = z.infer<typeof RubricVersionInfoSchema>;

export const RubricDraftInfoSchema = z.object({
  version: VersionNumberSchema,
  name: z.string(),
  updatedAt: z.number(),
  problemCount: z.number().int(),
});

export const RubricSummarySchema = z.object({
  id: RubricIdSchema,
  name: z.string(),
  subject: z.string(),
  template: z.boolean(),
  builtIn: z.boolean(),
  versions: z.array(RubricVersionInfoSchema),
  draft: RubricDraftInfoSchema.nullable(),
});
export type RubricSummary = z.infer<typeof RubricSummarySchema>;

export const RubricVersionRefSchema = z.strictObject({ id: RubricIdSchema, version: VersionNumberSchema });
export type RubricVersionRef = z.infer<typeof RubricVersionRefSchema>;

export const StoredRubricVersionSchema = RubricVersionInfoSchema.extend({ id: RubricIdSchema, rubric: RubricSchema });
export type StoredRubricVersion = z.infer<typeof StoredRubricVersionSchema>;

export const RubricDraftSchema = z.object({
  id: RubricIdSchema,
  version: VersionNumberSchema,
  /** What the editor saved, valid or not yet. */
  content: z.unknown(),
  basedOn: VersionNumberSchema.nullable(),
  updatedAt: z.number(),
  problems: z.array(RubricProblemSchema),
  /** Problems past the first 50 (shared/rubric/validate.ts), counted, not listed. */
  moreProblems: z.number().int().optional(),
});
export type RubricDraft = z.infer<typeof RubricDraftSchema>;

export const NewDraftSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('blank'), id: RubricIdSchema, name: z.string().trim().min(1).max(120) }),
  z.strictObject({ mode: z.literal('duplicate'), from: RubricVersionRefSchema, id: RubricIdSchema, name: z.string().trim().min(1).max(120) }),
  z.strictObject({ mode: z.literal('revise'), id: RubricIdSchema }),
]);
export type NewDraft = z.infer<typeof NewDraftSchema>;

export const RubricImportResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('stored'), id: RubricIdSchema, version: VersionNumberSchema, name: z.string() }),
  z.object({ outcome: z.literal('unchanged'), id: RubricIdSchema, version: VersionNumberSchema, name: z.string() }),
  /** problems: the first 50; moreProblems: how many more there are. */
  z.object({ outcome: z.literal('invalid'), problems: z.array(RubricProblemSchema), moreProblems: z.number().int().optional() }),
]);
export type RubricImportResult = z.infer<typeof RubricImportResultSchema>;

export const RubricFileSchema = z.object({ fileName: z.string(), text: z.string() });
