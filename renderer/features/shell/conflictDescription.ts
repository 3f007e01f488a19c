// Plain words for a conflict's field and its two values, instead of column
// names, ids and JSON. The record itself is described by the backend, which
// can read it (Conflict.record).
import { ROLE_LABELS, type Conflict, type Person, type Role, type School } from '../../../shared/domain.js';
import { columnType } from '../../../shared/registry.js';

const COLUMN_LABELS: Record<string, string> = {
  school_id: 'school',
  teacher_id: 'teacher',
  person_id: 'person',
  deleted: 'removed',
  value: 'score',
  na: 'not applicable',
  at_ms: 'time in the lesson',
  text: 'text',
};

export interface DirectoryLookup {
  schools: readonly School[];
  people: readonly Person[];
}

export function describeField(conflict: Conflict): string {
  return COLUMN_LABELS[conflict.column] ?? conflict.column.replace(/_id$/, '').replace(/_/g, ' ');
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
  const type = columnType(conflict.table, conflict.column);
  if (type === 'bool') return value === true || value === 1 ? 'yes' : 'no';
  if (conflict.column === 'school_id' && typeof value === 'string') {
    return lookup.schools.find((s) => s.id === value)?.name ?? 'another school';
  }
  if (conflict.column.endsWith('_id') && typeof value === 'string') {
    const person = lookup.people.find((p) => p.id === value);
    if (person) return person.name;
  }
  if (type === 'json') {
    const list = parseJson(value);
    if (Array.isArray(list)) {
      const words = conflict.column === 'roles' ? list.map((r) => ROLE_LABELS[r as Role] ?? String(r)) : list.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
      return words.join(', ') || '(none)';
    }
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
