// Lesson study: teams and members, cycles (with the Study phase's answers and
// the research lesson's seating chart), meetings, tasks, resources, plan
// versions and their steps, focal students, observer assignments, the
// post-lesson discussion (agenda parts and notes), revisions, lite teachings
// and practical measures. All synced except ls_student_names: focal students'
// real names stay on the device that wrote them. Research lesson observations
// are ordinary observations that name their cycle and plan version, and their
// notes the plan step.
import type { Migration } from './types.js';

export const migration008: Migration = {
  version: 8,
  name: 'lesson study',
  up(db) {
    db.exec(`
      ALTER TABLE observations ADD COLUMN cycle_id TEXT;
      ALTER TABLE observations ADD COLUMN plan_id TEXT;
      CREATE INDEX observations_cycle ON observations (cycle_id) WHERE cycle_id IS NOT NULL;
      ALTER TABLE notes ADD COLUMN plan_step_id TEXT;

      CREATE TABLE ls_teams (id TEXT PRIMARY KEY, name TEXT, school_id TEXT, created_at INTEGER, deleted INTEGER);
      CREATE TABLE ls_members (id TEXT PRIMARY KEY, team_id TEXT, person_id TEXT, name TEXT, roles TEXT, deleted INTEGER);
      CREATE INDEX ls_members_team ON ls_members (team_id);

      CREATE TABLE ls_cycles (
        id TEXT PRIMARY KEY,
        team_id TEXT, title TEXT, research_theme TEXT, subject TEXT, grade TEXT, topic TEXT, variant TEXT, phase TEXT,
        phase_dates TEXT, research_lesson_on TEXT, instructor_id TEXT, study_concept TEXT, study_prior TEXT,
        study_misconceptions TEXT, study_materials TEXT, study_standards TEXT, seat_rows INTEGER, seat_cols INTEGER,
        created_at INTEGER, deleted INTEGER
      );
      CREATE INDEX ls_cycles_team ON ls_cycles (team_id, created_at DESC);

      CREATE TABLE ls_meetings (id TEXT PRIMARY KEY, cycle_id TEXT, held_on TEXT, title TEXT, agenda TEXT, attendees TEXT, notes TEXT, deleted INTEGER);
      CREATE INDEX ls_meetings_cycle ON ls_meetings (cycle_id, held_on);
      CREATE TABLE ls_tasks (id TEXT PRIMARY KEY, cycle_id TEXT, title TEXT, assignee_id TEXT, due TEXT, done INTEGER, from_discussion INTEGER, deleted INTEGER);
      CREATE INDEX ls_tasks_cycle ON ls_tasks (cycle_id);
      CREATE TABLE ls_resources (id TEXT PRIMARY KEY, cycle_id TEXT, title TEXT, link TEXT, note TEXT, deleted INTEGER);
      CREATE INDEX ls_resources_cycle ON ls_resources (cycle_id);

      CREATE TABLE ls_plans (
        id TEXT PRIMARY KEY,
        cycle_id TEXT, number INTEGER, label TEXT, from_plan_id TEXT, created_at INTEGER, goal_long_term TEXT, goal_unit TEXT,
        goal_lesson TEXT, standards TEXT, background TEXT, unit_sequence TEXT, deleted INTEGER
      );
      CREATE INDEX ls_plans_cycle ON ls_plans (cycle_id, number);
      CREATE TABLE ls_plan_steps (
        id TEXT PRIMARY KEY,
        plan_id TEXT, position REAL, minutes INTEGER, activity TEXT, key_question TEXT, anticipated TEXT, support TEXT,
        evaluation TEXT, origin_step_id TEXT, deleted INTEGER
      );
      CREATE INDEX ls_plan_steps_plan ON ls_plan_steps (plan_id, position);

      CREATE TABLE ls_focal_students (id TEXT PRIMARY KEY, cycle_id TEXT, code TEXT, strengths TEXT, focal_for TEXT, seat_row INTEGER, seat_col INTEGER, deleted INTEGER);
      CREATE INDEX ls_focal_students_cycle ON ls_focal_students (cycle_id);
      CREATE TABLE ls_student_names (focal_student_id TEXT PRIMARY KEY, name TEXT NOT NULL);
      CREATE TABLE ls_assignments (id TEXT PRIMARY KEY, cycle_id TEXT, observer_id TEXT, focal_student_id TEXT, group_label TEXT, deleted INTEGER);
      CREATE INDEX ls_assignments_cycle ON ls_assignments (cycle_id);

      CREATE TABLE ls_discussion_parts (id TEXT PRIMARY KEY, cycle_id TEXT, position INTEGER, kind TEXT, title TEXT, minutes INTEGER, started_at INTEGER, ended_at INTEGER, deleted INTEGER);
      CREATE INDEX ls_discussion_parts_cycle ON ls_discussion_parts (cycle_id, position);
      CREATE TABLE ls_discussion_notes (id TEXT PRIMARY KEY, cycle_id TEXT, part_id TEXT, speaker_id TEXT, speaker TEXT, kind TEXT, text TEXT, created_at INTEGER, deleted INTEGER);
      CREATE INDEX ls_discussion_notes_cycle ON ls_discussion_notes (cycle_id, created_at);
      CREATE TABLE ls_revisions (id TEXT PRIMARY KEY, cycle_id TEXT, plan_id TEXT, step_id TEXT, target TEXT, text TEXT, reason TEXT, applied_plan_id TEXT, created_at INTEGER, deleted INTEGER);
      CREATE INDEX ls_revisions_cycle ON ls_revisions (cycle_id, created_at);
      CREATE TABLE ls_lite_teachings (id TEXT PRIMARY KEY, cycle_id TEXT, teacher_id TEXT, taught_on TEXT, how_it_went TEXT, deviations TEXT, reflection TEXT, deleted INTEGER);
      CREATE INDEX ls_lite_teachings_cycle ON ls_lite_teachings (cycle_id);

      CREATE TABLE ls_measures (id TEXT PRIMARY KEY, team_id TEXT, title TEXT, questions TEXT, scale_max INTEGER, created_at INTEGER, deleted INTEGER);
      CREATE INDEX ls_measures_team ON ls_measures (team_id);
      CREATE TABLE ls_measure_responses (id TEXT PRIMARY KEY, measure_id TEXT, cycle_id TEXT, pdsa_cycle INTEGER, taken_on TEXT, focal_student_id TEXT, answers TEXT, deleted INTEGER);
      CREATE INDEX ls_measure_responses_measure ON ls_measure_responses (measure_id, taken_on);
    `);
  },
};
