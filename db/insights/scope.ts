// Who may see what in Insights, from this device's settings: a teacher sees
// their own observations, a principal their school, and coaches, observers
// and district leaders the district. The person is found in the directory by
// the device user's name; a teacher or principal not in the directory sees
// nothing rather than everything.
import { readSettings } from '../settings.js';
import type { Db } from '../sqlite.js';

export type ViewScope =
  | { kind: 'teacher'; label: string; teacherId: string | null }
  | { kind: 'school'; label: string; schoolId: string | null }
  | { kind: 'district'; label: string };

export function viewScope(db: Db): ViewScope {
  const settings = readSettings(db);
  const person = db
    .prepare(`SELECT id, school_id FROM people WHERE lower(trim(name)) = lower(trim(?)) AND coalesce(deleted, 0) = 0 ORDER BY id LIMIT 1`)
    .get(settings.userName) as { id: string; school_id: string | null } | undefined;
  if (settings.role === 'teacher') return { kind: 'teacher', label: `Your own observations, ${settings.userName}`, teacherId: person?.id ?? null };
  if (settings.role === 'principal') {
    const school = person?.school_id ? (db.prepare('SELECT name FROM schools WHERE id = ?').pluck().get(person.school_id) as string | undefined) : undefined;
    return { kind: 'school', label: school ? `${school}` : 'Your school (set your school in People)', schoolId: person?.school_id ?? null };
  }
  return { kind: 'district', label: settings.district || 'The district' };
}

/** SQL conditions on insight_scores `s` that keep a query inside the scope. */
export function scopeCondition(scope: ViewScope): { sql: string; params: string[] } {
  switch (scope.kind) {
    case 'teacher':
      return scope.teacherId ? { sql: 's.teacher_id = ?', params: [scope.teacherId] } : { sql: '0', params: [] };
    case 'school':
      return scope.schoolId ? { sql: 's.school_id = ?', params: [scope.schoolId] } : { sql: '0', params: [] };
    case 'district':
      return { sql: '1', params: [] };
  }
}
