// The demo district's lesson study: a team at each of the first schools (a few
// of its mathematics teachers, a coach as facilitator, a knowledgeable other
// from a university), a cycle each school year — last year's finished and
// revised, this year's somewhere along the way — with a four-step plan, three
// focal students described by their strengths, observers assigned to them,
// and the team's agency survey taken after each PDSA cycle, answers rising a
// little as the work takes hold. Lite cycles are about one in four.
import { LS_PHASES, type LsPhase } from '../../shared/lessonStudy/cycle.js';
import { AGENCY_SURVEY_TEMPLATE } from '../../shared/lessonStudy/measures.js';
import type { RowChange } from '../apply.js';
import { DIRECTORY_MS } from './calendar.js';
import type { District, School, Teacher } from './district.js';
import type { Rng } from './random.js';
import { FOCAL_DESCRIPTIONS, KNOWLEDGEABLE_OTHERS, RESEARCH_LESSONS, RESEARCH_THEMES } from './lessonStudyWords.js';

const MAX_TEAMS = 12;
const DAY_MS = 86_400_000;
/** Each school year's cycle starts in October; phases last about two weeks. */
const CYCLE_STARTS = [Date.UTC(2024, 9, 1, 16), Date.UTC(2025, 9, 1, 16)];
const PHASE_DAYS = 14;
const FOCAL_CODES = ['S01', 'S02', 'S03'];

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function schoolName(district: District, school: School): string {
  const row = district.changes.find((c) => c.table === 'schools' && c.row === school.id);
  return String(row?.values.name ?? 'School');
}

interface Member {
  id: string;
  roles: string[];
}

function teamChanges(rng: Rng, district: District, school: School, changes: RowChange[]): { teamId: string; members: Member[]; instructor: Teacher } {
  const teamId = rng.id(DIRECTORY_MS);
  changes.push({ table: 'ls_teams', row: teamId, values: { name: `${schoolName(district, school)} lesson study team`, school_id: school.id, created_at: DIRECTORY_MS, deleted: 0 } });
  const teachers = rng.pickDistinct(school.teachers, 4);
  const people: [string | null, string, string[]][] = [
    ...teachers.map((t, i): [string, string, string[]] => [t.id, t.name, i === 0 ? ['instructor', 'planning_team'] : ['planning_team', 'observer']]),
    [school.observers[0]?.id ?? null, school.observers[0]?.name ?? 'School coach', ['facilitator', 'observer']],
    [null, rng.pick(KNOWLEDGEABLE_OTHERS), ['knowledgeable_other']],
  ];
  const members = people.map(([personId, name, roles]) => {
    const id = rng.id(DIRECTORY_MS);
    changes.push({ table: 'ls_members', row: id, values: { team_id: teamId, person_id: personId, name, roles: JSON.stringify(roles), deleted: 0 } });
    return { id, roles };
  });
  return { teamId, members, instructor: teachers[0]! };
}

function planChanges(rng: Rng, cycleId: string, createdAt: number, lesson: (typeof RESEARCH_LESSONS)[number], revised: boolean, changes: RowChange[]): void {
  const planId = rng.id(createdAt);
  const plan = (id: string, number: number, fromPlanId: string | null, at: number) =>
    changes.push({
      table: 'ls_plans',
      row: id,
      values: {
        cycle_id: cycleId, number, label: number === 1 ? 'As taught' : 'Revised after the discussion', from_plan_id: fromPlanId, created_at: at,
        goal_long_term: 'Students see themselves as capable mathematical thinkers.', goal_unit: `Understand ${lesson.topic.toLowerCase()}.`,
        goal_lesson: 'Students compare strategies and explain why they work.', standards: 'Standards for Mathematical Practice 1 and 3',
        background: 'Students can follow procedures but rarely explain them; this lesson asks them to justify.', unit_sequence: JSON.stringify([{ title: lesson.topic, research: true }]), deleted: 0,
      },
    });
  plan(planId, 1, null, createdAt);
  const firstSteps = lesson.steps.map(([activity, keyQuestion, anticipated, support, evaluation], position) => {
    const id = rng.id(createdAt);
    changes.push({ table: 'ls_plan_steps', row: id, values: { plan_id: planId, position, minutes: [8, 20, 15, 7][position] ?? 10, activity, key_question: keyQuestion, anticipated: JSON.stringify(anticipated), support, evaluation, origin_step_id: null, deleted: 0 } });
    return id;
  });
  if (!revised) return;
  const at = createdAt + 4 * PHASE_DAYS * DAY_MS;
  const revisedId = rng.id(at);
  plan(revisedId, 2, planId, at);
  const betterQuestion = 'Which strategy would you pick for a new problem, and why?';
  lesson.steps.forEach(([activity, keyQuestion, anticipated, support, evaluation], position) => {
    const question = position === 1 ? betterQuestion : keyQuestion;
    changes.push({ table: 'ls_plan_steps', row: rng.id(at), values: { plan_id: revisedId, position, minutes: [8, 20, 15, 7][position] ?? 10, activity, key_question: question, anticipated: JSON.stringify(anticipated), support, evaluation, origin_step_id: firstSteps[position]!, deleted: 0 } });
  });
  changes.push({ table: 'ls_revisions', row: rng.id(at), values: { cycle_id: cycleId, plan_id: planId, step_id: firstSteps[1]!, target: 'keyQuestion', text: betterQuestion, reason: 'Students answered the old question with one strategy and stopped.', applied_plan_id: revisedId, created_at: at, deleted: 0 } });
}

export function lessonStudyDemo(rng: Rng, district: District): { changes: RowChange[]; cycles: number } {
  const changes: RowChange[] = [];
  let cycles = 0;
  for (const school of district.schools.filter((s) => s.teachers.length > 0).slice(0, MAX_TEAMS)) {
    const { teamId, members, instructor } = teamChanges(rng, district, school, changes);
    const measureId = rng.id(DIRECTORY_MS);
    changes.push({ table: 'ls_measures', row: measureId, values: { team_id: teamId, title: AGENCY_SURVEY_TEMPLATE.title, questions: JSON.stringify(AGENCY_SURVEY_TEMPLATE.questions), scale_max: AGENCY_SURVEY_TEMPLATE.scaleMax, created_at: DIRECTORY_MS, deleted: 0 } });
    CYCLE_STARTS.forEach((start, year) => {
      cycles++;
      const createdAt = start + rng.int(0, 20) * DAY_MS;
      const phase: LsPhase = year === 0 ? 'revise' : rng.pick(LS_PHASES);
      const reached = LS_PHASES.slice(0, LS_PHASES.indexOf(phase) + 1);
      const cycleId = rng.id(createdAt);
      const lesson = rng.pick(RESEARCH_LESSONS);
      const teachOn = createdAt + 2 * PHASE_DAYS * DAY_MS;
      changes.push({
        table: 'ls_cycles',
        row: cycleId,
        values: {
          team_id: teamId, title: lesson.topic, research_theme: rng.pick(RESEARCH_THEMES), subject: instructor.subject, grade: instructor.grade, topic: lesson.topic,
          variant: rng.chance(0.25) ? 'lite' : 'full', phase, phase_dates: JSON.stringify(Object.fromEntries(reached.map((p, i) => [p, isoDay(createdAt + i * PHASE_DAYS * DAY_MS)]))),
          research_lesson_on: isoDay(teachOn), instructor_id: members[0]!.id, study_concept: `What it means to understand ${lesson.topic.toLowerCase()}.`, study_prior: '', study_misconceptions: '',
          study_materials: '', study_standards: '', seat_rows: 4, seat_cols: 6, created_at: createdAt, deleted: 0,
        },
      });
      planChanges(rng, cycleId, createdAt, lesson, phase === 'revise', changes);
      const observers = members.filter((m) => m.roles.includes('observer'));
      const focal = FOCAL_CODES.map((code, i) => {
        const id = rng.id(createdAt);
        changes.push({ table: 'ls_focal_students', row: id, values: { cycle_id: cycleId, code, strengths: rng.pick(FOCAL_DESCRIPTIONS), focal_for: 'Lesson goal', seat_row: i, seat_col: rng.int(0, 5), deleted: 0 } });
        changes.push({ table: 'ls_assignments', row: rng.id(createdAt), values: { cycle_id: cycleId, observer_id: observers[i % observers.length]!.id, focal_student_id: id, group_label: '', deleted: 0 } });
        return id;
      });
      // The survey follows each PDSA cycle once the research lesson has been taught.
      const occasions = reached.includes('teach') ? 3 : 0;
      for (let pdsa = 1; pdsa <= occasions; pdsa++) {
        const takenOn = teachOn + (pdsa - 1) * 7 * DAY_MS;
        for (const focalStudentId of focal) {
          const answers = AGENCY_SURVEY_TEMPLATE.questions.map(() => Math.min(4, Math.max(1, Math.round(2 + 0.3 * (pdsa + year) + rng.normal() * 0.6))));
          changes.push({ table: 'ls_measure_responses', row: rng.id(takenOn), values: { measure_id: measureId, cycle_id: cycleId, pdsa_cycle: pdsa, taken_on: isoDay(takenOn), focal_student_id: focalStudentId, answers: JSON.stringify(answers), deleted: 0 } });
        }
      }
    });
  }
  return { changes, cycles };
}
