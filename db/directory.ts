// The directory of schools and people. Reads come from the materialised
// tables; every write goes through the apply path as field ops.
import { AppError } from '../shared/errors.js';
import { uuidv7 } from '../shared/ids.js';
import { RoleSchema, type Person, type Role, type School } from '../shared/domain.js';
import type { OpValue } from '../shared/registry.js';
import { writeChanges, type ApplyContext } from './apply.js';

interface SchoolRow {
  id: string;
  name: string | null;
  code: string | null;
  grades: string | null;
  archived: number | null;
}

interface PersonRow {
  id: string;
  name: string | null;
  email: string | null;
  school_id: string | null;
  roles: string | null;
  title: string | null;
  archived: number | null;
}

const LIVE = '(deleted IS NULL OR deleted = 0)';

function toSchool(r: SchoolRow): School {
  return { id: r.id, name: r.name ?? '', code: r.code ?? '', grades: r.grades ?? '', archived: r.archived === 1 };
}

function parseRoles(text: string | null): Role[] {
  try {
    const raw = JSON.parse(text ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.filter((r): r is Role => RoleSchema.safeParse(r).success) : [];
  } catch {
    return [];
  }
}

function toPerson(r: PersonRow): Person {
  return {
    id: r.id,
    name: r.name ?? '',
    email: r.email ?? '',
    schoolId: r.school_id,
    roles: parseRoles(r.roles),
    title: r.title ?? '',
    archived: r.archived === 1,
  };
}

export function listSchools(ctx: ApplyContext, includeArchived: boolean): School[] {
  const rows = ctx.db
    .prepare(`SELECT * FROM schools WHERE ${LIVE} ${includeArchived ? '' : 'AND coalesce(archived, 0) = 0'} ORDER BY name COLLATE NOCASE, id`)
    .all() as SchoolRow[];
  return rows.map(toSchool);
}

export function getSchool(ctx: ApplyContext, id: string): School {
  const row = ctx.db.prepare(`SELECT * FROM schools WHERE id = ? AND ${LIVE}`).get(id) as SchoolRow | undefined;
  if (!row) throw new AppError('not_found', 'That school is not in the directory (it may have been removed on another device).');
  return toSchool(row);
}

type SchoolFields = { name: string; code: string; grades: string };

export function saveSchool(ctx: ApplyContext, draft: SchoolFields & { id?: string; seen?: SchoolFields }): School {
  const id = draft.id ?? uuidv7(ctx.now());
  if (draft.id) getSchool(ctx, draft.id);
  const columns = (s: SchoolFields) => ({ name: s.name, code: s.code, grades: s.grades });
  const values = { ...columns(draft), ...(draft.id ? {} : { archived: 0, deleted: 0 }) };
  writeChanges(ctx, [{ table: 'schools', row: id, values, seen: draft.id && draft.seen ? columns(draft.seen) : undefined }]);
  return getSchool(ctx, id);
}

/** Archiving is one field op on an existing row, the same for every directory table. */
function setArchived<T>(ctx: ApplyContext, table: 'schools' | 'people', id: string, archived: boolean, get: (ctx: ApplyContext, id: string) => T): T {
  get(ctx, id);
  writeChanges(ctx, [{ table, row: id, values: { archived: archived ? 1 : 0 } }]);
  return get(ctx, id);
}

export function setSchoolArchived(ctx: ApplyContext, id: string, archived: boolean): School {
  return setArchived(ctx, 'schools', id, archived, getSchool);
}

export function listPeople(ctx: ApplyContext, filter: { includeArchived: boolean; schoolId?: string; role?: Role }): Person[] {
  const where = [LIVE];
  const params: string[] = [];
  if (!filter.includeArchived) where.push('coalesce(archived, 0) = 0');
  if (filter.schoolId) {
    where.push('school_id = ?');
    params.push(filter.schoolId);
  }
  if (filter.role) {
    where.push('EXISTS (SELECT 1 FROM json_each(people.roles) WHERE value = ?)');
    params.push(filter.role);
  }
  const rows = ctx.db.prepare(`SELECT * FROM people WHERE ${where.join(' AND ')} ORDER BY name COLLATE NOCASE, id`).all(...params) as PersonRow[];
  return rows.map(toPerson);
}

export function getPerson(ctx: ApplyContext, id: string): Person {
  const row = ctx.db.prepare(`SELECT * FROM people WHERE id = ? AND ${LIVE}`).get(id) as PersonRow | undefined;
  if (!row) throw new AppError('not_found', 'That person is not in the directory (they may have been removed on another device).');
  return toPerson(row);
}

interface PersonFields {
  name: string;
  email: string;
  schoolId: string | null;
  roles: Role[];
  title: string;
}

export interface PersonInput extends PersonFields {
  id?: string;
  seen?: PersonFields;
}

function personColumns(p: PersonFields): Record<string, OpValue> {
  return { name: p.name, email: p.email, school_id: p.schoolId, roles: JSON.stringify([...new Set(p.roles)].sort()), title: p.title };
}

export function savePerson(ctx: ApplyContext, draft: PersonInput): Person {
  if (draft.id) getPerson(ctx, draft.id);
  if (draft.schoolId) getSchool(ctx, draft.schoolId);
  const id = draft.id ?? uuidv7(ctx.now());
  const values = { ...personColumns(draft), ...(draft.id ? {} : { archived: 0, deleted: 0 }) };
  writeChanges(ctx, [{ table: 'people', row: id, values, seen: draft.id && draft.seen ? personColumns(draft.seen) : undefined }]);
  return getPerson(ctx, id);
}

export function setPersonArchived(ctx: ApplyContext, id: string, archived: boolean): Person {
  return setArchived(ctx, 'people', id, archived, getPerson);
}
