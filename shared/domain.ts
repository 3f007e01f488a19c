// Domain shapes of the directory and settings, as zod schemas: the contract
// validates with them and the renderer takes its types from them.
import { z } from 'zod';

export const ROLES = ['teacher', 'coach', 'principal', 'district_leader', 'facilitator', 'observer'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  teacher: 'Teacher',
  coach: 'Instructional coach',
  principal: 'Principal',
  district_leader: 'District leader',
  facilitator: 'Facilitator',
  observer: 'Observer',
};

export const IdSchema = z.uuid({ version: 'v7', error: 'must be a Fieldbook id (UUIDv7)' });

const name = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} cannot be empty`)
    .max(200, `${what} can be at most 200 characters`);

export const SchoolSchema = z.object({
  id: IdSchema,
  name: z.string(),
  code: z.string(),
  grades: z.string(),
  archived: z.boolean(),
});
export type School = z.infer<typeof SchoolSchema>;

const SchoolFieldsSchema = z.strictObject({
  id: IdSchema.optional(),
  name: name('School name'),
  code: z.string().trim().max(40, 'School code can be at most 40 characters').default(''),
  grades: z.string().trim().max(40, 'Grades can be at most 40 characters').default(''),
});
/** `seen`: the fields as the screen loaded them (see db/apply.ts, RowChange.seen). */
export const SchoolDraftSchema = SchoolFieldsSchema.extend({ seen: SchoolFieldsSchema.omit({ id: true }).optional() });
export type SchoolDraft = z.input<typeof SchoolDraftSchema>;

export const PersonSchema = z.object({
  id: IdSchema,
  name: z.string(),
  email: z.string(),
  schoolId: IdSchema.nullable(),
  roles: z.array(RoleSchema),
  title: z.string(),
  archived: z.boolean(),
});
export type Person = z.infer<typeof PersonSchema>;

const PersonFieldsSchema = z.strictObject({
  id: IdSchema.optional(),
  name: name('Name'),
  email: z.union([z.literal(''), z.email('Email must look like name@school.org')]).default(''),
  schoolId: IdSchema.nullable().default(null),
  roles: z.array(RoleSchema).min(1, 'Choose at least one role').max(ROLES.length),
  title: z.string().trim().max(100, 'Title can be at most 100 characters').default(''),
});
/** `seen`: the fields as the screen loaded them (see db/apply.ts, RowChange.seen). */
export const PersonDraftSchema = PersonFieldsSchema.extend({ seen: PersonFieldsSchema.omit({ id: true }).optional() });
export type PersonDraft = z.input<typeof PersonDraftSchema>;

export const SettingsSchema = z.object({
  userName: z.string(),
  role: RoleSchema.nullable(),
  district: z.string(),
  firstRunDone: z.boolean(),
  /** Lesson study: focal students' real names may appear in this device's exports and printouts. They are never synced. */
  studentNamesInExports: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const SettingsPatchSchema = z.strictObject({
  userName: z.string().trim().max(200, 'Your name can be at most 200 characters').optional(),
  role: RoleSchema.nullable().optional(),
  district: z.string().trim().max(200, 'District can be at most 200 characters').optional(),
  firstRunDone: z.boolean().optional(),
  studentNamesInExports: z.boolean().optional(),
});

export const ConflictSchema = z.object({
  id: z.number().int(),
  table: z.string(),
  rowId: z.string(),
  column: z.string(),
  keptValue: z.unknown(),
  otherValue: z.unknown(),
  detectedAt: z.string(),
  /** The record in plain words: "A note in the observation of Ana Ruiz, 2026-11-03". */
  record: z.string(),
});
export type Conflict = z.infer<typeof ConflictSchema>;

/** Which value a person chose for a field edited on two devices: the one shown, or the other device's. */
export const ConflictChoiceSchema = z.enum(['kept', 'other']);
export type ConflictChoice = z.infer<typeof ConflictChoiceSchema>;

export const StatusSchema = z.object({
  nodeId: z.string(),
  schemaVersion: z.number().int(),
  tables: z.record(z.string(), z.number().int()),
  ops: z.number().int(),
  openConflicts: z.number().int(),
  digest: z.string(),
});
export type Status = z.infer<typeof StatusSchema>;
