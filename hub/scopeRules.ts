// Who sees what (docs/sync.md): every synced row belongs to one scope.
//   district        directory and calibration rows: schools, people, calibration_*
//   school:<id>     an observation (by its school_id) and its notes, episodes, scores, students, attachments
//   team:<id>       a lesson study team and everything under it: members, cycles and their children,
//                   measures and responses; an observation of a research lesson (it names a cycle_id)
//   device:<node>   an observation that names neither a school nor a cycle, and its children: only the
//                   device that made it (and district roles) receive it
// A row's scope comes from the op that sets its parent column ("definer"); a
// child row takes its parent row's scope. Definers are tried in order: an
// observation that names a cycle belongs to the cycle's team, not to the school.
import type { SyncedTable } from '../shared/registry.js';

export const DISTRICT_SCOPE = 'district';

export type Definer =
  | { column: string; scope: 'school' | 'team' }
  | { column: string; parent: SyncedTable };

export type ScopeRule =
  | { kind: 'district' }
  | { kind: 'own-team' }
  /** `authorFallback`: when the push sets the definers to nothing, the row belongs to the device that made it. */
  | { kind: 'defined'; definers: readonly Definer[]; authorFallback?: boolean };

const DISTRICT: ScopeRule = { kind: 'district' };
const byObservation: ScopeRule = { kind: 'defined', definers: [{ column: 'observation_id', parent: 'observations' }] };
const byCycle: ScopeRule = { kind: 'defined', definers: [{ column: 'cycle_id', parent: 'ls_cycles' }] };
const byTeam: ScopeRule = { kind: 'defined', definers: [{ column: 'team_id', scope: 'team' }] };

export const SCOPE_RULES: Record<SyncedTable, ScopeRule> = {
  schools: DISTRICT,
  people: DISTRICT,
  calibration_rounds: DISTRICT,
  calibration_raters: DISTRICT,
  calibration_scores: DISTRICT,
  calibration_anchors: DISTRICT,
  calibration_consensus: DISTRICT,
  observations: {
    kind: 'defined',
    definers: [
      { column: 'cycle_id', parent: 'ls_cycles' },
      { column: 'school_id', scope: 'school' },
    ],
    authorFallback: true,
  },
  notes: byObservation,
  episodes: byObservation,
  scores: byObservation,
  observation_students: byObservation,
  attachments: byObservation,
  ls_teams: { kind: 'own-team' },
  ls_members: byTeam,
  ls_cycles: byTeam,
  ls_measures: byTeam,
  ls_meetings: byCycle,
  ls_tasks: byCycle,
  ls_resources: byCycle,
  ls_plans: byCycle,
  ls_focal_students: byCycle,
  ls_assignments: byCycle,
  ls_discussion_parts: byCycle,
  ls_discussion_notes: byCycle,
  ls_revisions: byCycle,
  ls_lite_teachings: byCycle,
  ls_plan_steps: { kind: 'defined', definers: [{ column: 'plan_id', parent: 'ls_plans' }] },
  ls_measure_responses: { kind: 'defined', definers: [{ column: 'measure_id', parent: 'ls_measures' }] },
};

/** Roles whose devices receive the whole district; the others see their schools and teams (see deviceScopes). */
export const DISTRICT_ROLES: readonly string[] = ['district_leader'];
/** Roles that see the observations of the schools they are enrolled for. */
export const SCHOOL_ROLES: readonly string[] = ['principal', 'coach'];

/** The scopes a device may read and write; null for the whole district. */
export function deviceScopes(device: { node: string; role: string; schools: readonly string[]; teams: readonly string[] }): string[] | null {
  if (DISTRICT_ROLES.includes(device.role)) return null;
  const schools = SCHOOL_ROLES.includes(device.role) ? device.schools.map((s) => `school:${s}`) : [];
  return [DISTRICT_SCOPE, `device:${device.node}`, ...schools, ...device.teams.map((t) => `team:${t}`)];
}
