// Plain words for a conflict: which record, which field, and the two values,
// instead of table names, column names and JSON.
import { ROLE_LABELS, type Conflict, type Person, type Role, type School } from '../../../shared/domain.js';

const COLUMN_LABELS: Record<string, string> = {
  name: 'name',
  code: 'code',
  grades: 'grades',
  email: 'email',
  title: 'title',
  school_id: 'school',
  roles: 'roles',
  archived: 'archived',
  deleted: 'removed',
};

export interface DirectoryLookup {
  schools: readonly School[];
  people: readonly Person[];
}

export function describeRecord(conflict: Conflict, lookup: DirectoryLookup): string {
  if (conflict.table === 'schools') {
    const school = lookup.schools.find((s) => s.id === conflict.rowId);
    return school ? `School “${school.name}”` : 'A school';
  }
  if (conflict.table === 'people') {
    const person = lookup.people.find((p) => p.id === conflict.rowId);
    return person ? `${person.name}` : 'A person';
  }
  return `A ${conflict.table} record`;
}

export function describeField(conflict: Conflict): string {
  return COLUMN_LABELS[conflict.column] ?? conflict.column.replace(/_/g, ' ');
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export function describeValue(conflict: Conflict, value: unknown, lookup: DirectoryLookup): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (conflict.column === 'school_id' && typeof value === 'string') {
    return lookup.schools.find((s) => s.id === value)?.name ?? 'another school';
  }
  if (conflict.column === 'archived' || conflict.column === 'deleted') {
    return value === true || value === 1 ? 'yes' : 'no';
  }
  if (conflict.column === 'roles') {
    const roles = parseJson(value);
    if (Array.isArray(roles)) return roles.map((r) => ROLE_LABELS[r as Role] ?? String(r)).join(', ') || '(none)';
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
