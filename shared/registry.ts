// The registry of synced tables: every table and column an op may name. The
// apply path checks each op against it, and table and column names in SQL come
// from here, never from input. A migration that adds a synced column adds it
// here too; a test compares this registry with the migrated schema.

export type ColumnType = 'text' | 'integer' | 'real' | 'bool' | 'json';
export type OpValue = string | number | null;

export const SYNCED_TABLES = {
  schools: {
    name: 'text',
    code: 'text',
    grades: 'text',
    archived: 'bool',
    deleted: 'bool',
  },
  people: {
    name: 'text',
    email: 'text',
    school_id: 'text',
    roles: 'json',
    title: 'text',
    archived: 'bool',
    deleted: 'bool',
  },
  observations: {
    teacher_id: 'text',
    teacher_label: 'text',
    school_id: 'text',
    grade: 'text',
    subject: 'text',
    rubric_id: 'text',
    rubric_version: 'integer',
    focus: 'json',
    kind: 'text',
    observer_name: 'text',
    status: 'text',
    scheduled_for: 'text',
    started_at: 'integer',
    timer_ms: 'integer',
    timer_since: 'integer',
    submitted_at: 'integer',
    supersedes: 'text',
    strengths: 'text',
    questions: 'text',
    next_steps: 'text',
    seat_rows: 'integer',
    seat_cols: 'integer',
    cycle_id: 'text',
    plan_id: 'text',
    deleted: 'bool',
  },
  notes: {
    observation_id: 'text',
    at_ms: 'integer',
    created_at: 'integer',
    text: 'text',
    dimensions: 'json',
    tags: 'json',
    student_id: 'text',
    episode_id: 'text',
    plan_step_id: 'text',
    deleted: 'bool',
  },
  episodes: {
    observation_id: 'text',
    type_id: 'text',
    start_ms: 'integer',
    deleted: 'bool',
  },
  scores: {
    observation_id: 'text',
    episode_id: 'text',
    dimension_id: 'text',
    value: 'integer',
    na: 'bool',
    evidence: 'json',
    deleted: 'bool',
  },
  observation_students: {
    observation_id: 'text',
    code: 'text',
    seat_row: 'integer',
    seat_col: 'integer',
    focal: 'bool',
    deleted: 'bool',
  },
  attachments: {
    observation_id: 'text',
    note_id: 'text',
    name: 'text',
    mime: 'text',
    size: 'integer',
    sha256: 'text',
    deleted: 'bool',
  },
  calibration_rounds: {
    name: 'text',
    rubric_id: 'text',
    rubric_version: 'integer',
    lesson_kind: 'text',
    lesson: 'text',
    video_name: 'text',
    segment: 'text',
    facilitator_id: 'text',
    mode: 'text',
    rule: 'json',
    created_at: 'integer',
    revealed_at: 'integer',
    deleted: 'bool',
  },
  calibration_raters: {
    round_id: 'text',
    person_id: 'text',
    position: 'integer',
    submitted_at: 'integer',
    deleted: 'bool',
  },
  calibration_scores: {
    round_id: 'text',
    rater_id: 'text',
    dimension_id: 'text',
    value: 'integer',
    na: 'bool',
    evidence: 'text',
    deleted: 'bool',
  },
  calibration_anchors: {
    round_id: 'text',
    dimension_id: 'text',
    value: 'integer',
    rationale: 'text',
    deleted: 'bool',
  },
  calibration_consensus: {
    round_id: 'text',
    dimension_id: 'text',
    value: 'integer',
    notes: 'text',
    deleted: 'bool',
  },
  ls_teams: { name: 'text', school_id: 'text', created_at: 'integer', deleted: 'bool' },
  ls_members: { team_id: 'text', person_id: 'text', name: 'text', roles: 'json', deleted: 'bool' },
  ls_cycles: {
    team_id: 'text',
    title: 'text',
    research_theme: 'text',
    subject: 'text',
    grade: 'text',
    topic: 'text',
    variant: 'text',
    phase: 'text',
    phase_dates: 'json',
    research_lesson_on: 'text',
    instructor_id: 'text',
    study_concept: 'text',
    study_prior: 'text',
    study_misconceptions: 'text',
    study_materials: 'text',
    study_standards: 'text',
    seat_rows: 'integer',
    seat_cols: 'integer',
    created_at: 'integer',
    deleted: 'bool',
  },
  ls_meetings: { cycle_id: 'text', held_on: 'text', title: 'text', agenda: 'text', attendees: 'json', notes: 'text', deleted: 'bool' },
  ls_tasks: { cycle_id: 'text', title: 'text', assignee_id: 'text', due: 'text', done: 'bool', from_discussion: 'bool', deleted: 'bool' },
  ls_resources: { cycle_id: 'text', title: 'text', link: 'text', note: 'text', deleted: 'bool' },
  ls_plans: {
    cycle_id: 'text',
    number: 'integer',
    label: 'text',
    from_plan_id: 'text',
    created_at: 'integer',
    goal_long_term: 'text',
    goal_unit: 'text',
    goal_lesson: 'text',
    standards: 'text',
    background: 'text',
    unit_sequence: 'json',
    deleted: 'bool',
  },
  ls_plan_steps: {
    plan_id: 'text',
    position: 'real',
    minutes: 'integer',
    activity: 'text',
    key_question: 'text',
    anticipated: 'json',
    support: 'text',
    evaluation: 'text',
    origin_step_id: 'text',
    deleted: 'bool',
  },
  // A focal student's real name is not here: it lives in the local table ls_student_names.
  ls_focal_students: { cycle_id: 'text', code: 'text', strengths: 'text', focal_for: 'text', seat_row: 'integer', seat_col: 'integer', deleted: 'bool' },
  ls_assignments: { cycle_id: 'text', observer_id: 'text', focal_student_id: 'text', group_label: 'text', deleted: 'bool' },
  ls_discussion_parts: { cycle_id: 'text', position: 'integer', kind: 'text', title: 'text', minutes: 'integer', started_at: 'integer', ended_at: 'integer', deleted: 'bool' },
  ls_discussion_notes: { cycle_id: 'text', part_id: 'text', speaker_id: 'text', speaker: 'text', kind: 'text', text: 'text', created_at: 'integer', deleted: 'bool' },
  ls_revisions: { cycle_id: 'text', plan_id: 'text', step_id: 'text', target: 'text', text: 'text', reason: 'text', applied_plan_id: 'text', created_at: 'integer', deleted: 'bool' },
  ls_lite_teachings: { cycle_id: 'text', teacher_id: 'text', taught_on: 'text', how_it_went: 'text', deviations: 'text', reflection: 'text', deleted: 'bool' },
  ls_measures: { team_id: 'text', title: 'text', questions: 'json', scale_max: 'integer', created_at: 'integer', deleted: 'bool' },
  ls_measure_responses: { measure_id: 'text', cycle_id: 'text', pdsa_cycle: 'integer', taken_on: 'text', focal_student_id: 'text', answers: 'json', deleted: 'bool' },
} as const satisfies Record<string, Record<string, ColumnType>>;

export type SyncedTable = keyof typeof SYNCED_TABLES;
export type SyncedColumn<T extends SyncedTable> = keyof (typeof SYNCED_TABLES)[T] & string;

export const SYNCED_TABLE_NAMES = Object.keys(SYNCED_TABLES).sort() as SyncedTable[];

export function isSyncedTable(name: string): name is SyncedTable {
  return Object.prototype.hasOwnProperty.call(SYNCED_TABLES, name);
}

export function columnsOf(table: SyncedTable): string[] {
  return Object.keys(SYNCED_TABLES[table]);
}

export function columnType(table: string, column: string): ColumnType | undefined {
  if (!isSyncedTable(table)) return undefined;
  const cols = SYNCED_TABLES[table] as Record<string, ColumnType>;
  return Object.prototype.hasOwnProperty.call(cols, column) ? cols[column] : undefined;
}

/** Whether `value` may be stored in a column of `type`; null is always allowed (a cleared field). */
export function valueFits(type: ColumnType, value: unknown): value is OpValue {
  if (value === null) return true;
  switch (type) {
    case 'text':
      return typeof value === 'string';
    case 'json':
      return typeof value === 'string' && isJsonText(value);
    case 'integer':
      return Number.isSafeInteger(value);
    case 'real':
      return typeof value === 'number' && Number.isFinite(value);
    case 'bool':
      return value === 0 || value === 1;
  }
}

function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
