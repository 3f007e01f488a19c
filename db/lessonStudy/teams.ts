// Lesson study teams and their members. A member is a person from the
// directory or just a name (a knowledgeable other from a university is rarely
// in the district's directory); a member removed from a team is a tombstone,
// so past notes that name them keep their name.
import type { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import type { MemberInputSchema, Team, TeamInputSchema, TeamMember } from '../../shared/lessonStudy/team.js';
import { writeChanges, type ApplyContext } from '../apply.js';
import { getPerson, getSchool } from '../directory.js';
import type { Db } from '../sqlite.js';
import { LIVE, liveRow, liveRows, notFound, toMember, type MemberRow, type TeamRow } from './rows.js';

export function teamMembers(db: Db, teamId: string): TeamMember[] {
  return liveRows<MemberRow>(db, 'ls_members', 'team_id', teamId, 'name COLLATE NOCASE, id').map(toMember);
}

function toTeam(db: Db, r: TeamRow): Team {
  const cycles = db.prepare(`SELECT count(*) FROM ls_cycles WHERE team_id = ? AND ${LIVE}`).pluck().get(r.id) as number;
  return { id: r.id, name: r.name ?? '', schoolId: r.school_id, createdAt: r.created_at ?? 0, members: teamMembers(db, r.id), cycles };
}

/** The team, or null when its row has not reached this device. */
export function readTeam(db: Db, id: string): Team | null {
  const row = liveRow<TeamRow>(db, 'ls_teams', id);
  return row ? toTeam(db, row) : null;
}

export function getTeam(db: Db, id: string): Team {
  const team = readTeam(db, id);
  if (!team) throw notFound('lesson study team');
  return team;
}

export function listTeams(db: Db): Team[] {
  const rows = db.prepare(`SELECT * FROM ls_teams WHERE ${LIVE} ORDER BY name COLLATE NOCASE, id`).all() as TeamRow[];
  return rows.map((r) => toTeam(db, r));
}

export function saveTeam(ctx: ApplyContext, input: z.output<typeof TeamInputSchema>): Team {
  if (input.id) getTeam(ctx.db, input.id);
  if (input.schoolId) getSchool(ctx, input.schoolId);
  const now = ctx.now();
  const id = input.id ?? uuidv7(now);
  const values = { name: input.name, school_id: input.schoolId, ...(input.id ? {} : { created_at: now, deleted: 0 }) };
  writeChanges(ctx, [{ table: 'ls_teams', row: id, values }]);
  return getTeam(ctx.db, id);
}

/** The member, which must be on the team. */
export function requireMember(db: Db, teamId: string, memberId: string): TeamMember {
  const member = teamMembers(db, teamId).find((m) => m.id === memberId);
  if (!member) throw new AppError('invalid_input', 'That person is not a member of this cycle’s team; add them to the team first.');
  return member;
}

export function saveTeamMember(ctx: ApplyContext, input: z.output<typeof MemberInputSchema>): Team {
  getTeam(ctx.db, input.teamId);
  if (input.id && !teamMembers(ctx.db, input.teamId).some((m) => m.id === input.id)) {
    throw new AppError('not_found', 'That member is not on this team (they may have been taken off it on another device).');
  }
  if (input.personId) {
    const person = getPerson(ctx, input.personId);
    if (person.archived) throw new AppError('invalid_input', `${person.name} is archived in the directory; restore them first or add the member by name.`);
    const twice = teamMembers(ctx.db, input.teamId).find((m) => m.personId === input.personId && m.id !== input.id);
    if (twice) throw new AppError('invalid_input', `${twice.name} is already on this team; change their roles instead.`);
  }
  const id = input.id ?? uuidv7(ctx.now());
  const values = {
    team_id: input.teamId,
    person_id: input.personId,
    name: input.name,
    roles: JSON.stringify([...new Set(input.roles)]),
    ...(input.id ? {} : { deleted: 0 }),
  };
  writeChanges(ctx, [{ table: 'ls_members', row: id, values }]);
  return getTeam(ctx.db, input.teamId);
}

export function removeTeamMember(ctx: ApplyContext, id: string): Team {
  const row = liveRow<MemberRow>(ctx.db, 'ls_members', id);
  if (!row || row.team_id === null) throw notFound('team member');
  writeChanges(ctx, [{ table: 'ls_members', row: id, values: { deleted: 1 } }]);
  return getTeam(ctx.db, row.team_id);
}
