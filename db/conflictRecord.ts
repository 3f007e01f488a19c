// Plain words for the record a conflict is on ("A note in the observation of
// Ana Ruiz, 3 Nov 2026"), so a person can tell which of their things was
// edited on two devices without knowing table names or ids. A record names
// itself when it has a name, else it says what it is and names its parent.
import type { Db } from './sqlite.js';

/** Records that name themselves: a query for their name, and how to say it. */
const NAMED: Record<string, { sql: string; say: (name: string) => string }> = {
  schools: { sql: 'SELECT name FROM schools WHERE id = ?', say: (name) => `School “${name}”` },
  people: { sql: 'SELECT name FROM people WHERE id = ?', say: (name) => name },
  observations: {
    sql: `SELECT coalesce(nullif((SELECT name FROM people p WHERE p.id = o.teacher_id), ''), nullif(o.teacher_label, ''), 'a teacher')
            || coalesce(', ' || date(o.started_at / 1000, 'unixepoch'), ', planned ' || o.scheduled_for, '')
          FROM observations o WHERE o.id = ?`,
    say: (name) => `The observation of ${name}`,
  },
  calibration_rounds: { sql: 'SELECT name FROM calibration_rounds WHERE id = ?', say: (name) => `Calibration round “${name}”` },
  ls_teams: { sql: 'SELECT name FROM ls_teams WHERE id = ?', say: (name) => `Lesson study team “${name}”` },
  ls_cycles: {
    sql: `SELECT coalesce(nullif(title, ''), nullif(topic, ''), 'untitled') FROM ls_cycles WHERE id = ?`,
    say: (name) => `Lesson study cycle “${name}”`,
  },
};

/** Records that belong to another: what they are, and the column naming their parent's table. */
const PARTS: Record<string, { noun: string; parent: [column: string, table: string] }> = {
  notes: { noun: 'A note', parent: ['observation_id', 'observations'] },
  episodes: { noun: 'An episode', parent: ['observation_id', 'observations'] },
  scores: { noun: 'A score', parent: ['observation_id', 'observations'] },
  observation_students: { noun: 'A student on the seating chart', parent: ['observation_id', 'observations'] },
  attachments: { noun: 'An attachment', parent: ['observation_id', 'observations'] },
  calibration_raters: { noun: 'A rater', parent: ['round_id', 'calibration_rounds'] },
  calibration_scores: { noun: 'A score', parent: ['round_id', 'calibration_rounds'] },
  calibration_anchors: { noun: 'An anchor score', parent: ['round_id', 'calibration_rounds'] },
  calibration_consensus: { noun: 'A consensus score', parent: ['round_id', 'calibration_rounds'] },
  ls_members: { noun: 'A member', parent: ['team_id', 'ls_teams'] },
  ls_measures: { noun: 'A survey', parent: ['team_id', 'ls_teams'] },
  ls_meetings: { noun: 'A meeting', parent: ['cycle_id', 'ls_cycles'] },
  ls_tasks: { noun: 'A task', parent: ['cycle_id', 'ls_cycles'] },
  ls_resources: { noun: 'A resource', parent: ['cycle_id', 'ls_cycles'] },
  ls_plans: { noun: 'The plan', parent: ['cycle_id', 'ls_cycles'] },
  ls_plan_steps: { noun: 'A plan step', parent: ['plan_id', 'ls_plans'] },
  ls_focal_students: { noun: 'A focal student', parent: ['cycle_id', 'ls_cycles'] },
  ls_assignments: { noun: 'An observer assignment', parent: ['cycle_id', 'ls_cycles'] },
  ls_discussion_parts: { noun: 'A part of the discussion', parent: ['cycle_id', 'ls_cycles'] },
  ls_discussion_notes: { noun: 'A discussion note', parent: ['cycle_id', 'ls_cycles'] },
  ls_revisions: { noun: 'A revision', parent: ['cycle_id', 'ls_cycles'] },
  ls_lite_teachings: { noun: 'A teaching record', parent: ['cycle_id', 'ls_cycles'] },
  ls_measure_responses: { noun: 'A survey answer', parent: ['cycle_id', 'ls_cycles'] },
};

function lowerFirst(text: string): string {
  return text.startsWith('The ') || text.startsWith('A ') || text.startsWith('An ') ? text[0]!.toLowerCase() + text.slice(1) : text;
}

export function describeConflictRecord(db: Db, table: string, rowId: string): string {
  const named = NAMED[table];
  if (named) {
    const name = db.prepare(named.sql).pluck().get(rowId) as string | null | undefined;
    return name ? named.say(name) : named.say('(removed)');
  }
  const part = PARTS[table];
  if (!part) return `A ${table.replace(/_/g, ' ')} record`;
  const [column, parentTable] = part.parent;
  // Table and column names come from the constants above, never from input.
  const parentId = db.prepare(`SELECT "${column}" FROM "${table}" WHERE id = ?`).pluck().get(rowId) as string | null | undefined;
  return parentId ? `${part.noun} in ${lowerFirst(describeConflictRecord(db, parentTable, parentId))}` : part.noun;
}
