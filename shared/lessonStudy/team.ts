// Lesson study teams: who is on the team and in which roles. A member may be a
// person from the directory or just a name (a knowledgeable other from a
// university is rarely in the district's directory).
import { z } from 'zod';
import { IdSchema } from '../domain.js';
import { required } from './text.js';

export const LS_ROLES = ['instructor', 'planning_team', 'facilitator', 'knowledgeable_other', 'equity_commentator', 'observer'] as const;
export const LsRoleSchema = z.enum(LS_ROLES);
export type LsRole = z.infer<typeof LsRoleSchema>;

export const LS_ROLE_LABELS: Record<LsRole, string> = {
  instructor: 'Instructor',
  planning_team: 'Planning team',
  facilitator: 'Facilitator',
  knowledgeable_other: 'Knowledgeable other',
  equity_commentator: 'Equity commentator',
  observer: 'Observer',
};

export const TeamMemberSchema = z.object({
  id: IdSchema,
  teamId: IdSchema,
  personId: IdSchema.nullable(),
  name: z.string(),
  roles: z.array(LsRoleSchema),
});
export type TeamMember = z.infer<typeof TeamMemberSchema>;

export const TeamSchema = z.object({
  id: IdSchema,
  name: z.string(),
  schoolId: IdSchema.nullable(),
  createdAt: z.number(),
  members: z.array(TeamMemberSchema),
  /** How many cycles the team has run or is running. */
  cycles: z.number().int(),
});
export type Team = z.infer<typeof TeamSchema>;

export const TeamInputSchema = z.strictObject({
  id: IdSchema.optional(),
  name: required('The team name'),
  schoolId: IdSchema.nullable().default(null),
});
export type TeamInput = z.input<typeof TeamInputSchema>;

export const MemberInputSchema = z.strictObject({
  teamId: IdSchema,
  id: IdSchema.optional(),
  personId: IdSchema.nullable().default(null),
  name: required('The member name'),
  roles: z.array(LsRoleSchema).min(1, 'Choose at least one role').max(LS_ROLES.length),
});
export type MemberInput = z.input<typeof MemberInputSchema>;
