// Searching the text of every lesson study cycle: the cycle and its study,
// meetings, resources, every plan version's fields and steps, the discussion,
// revisions and lite teachings. Never students: focal students are not
// searched, so a name kept on this device cannot surface here. A search is a
// case-insensitive substring (LIKE, with its wildcards escaped so "%" and "_"
// are plain characters); each hit says where the text is, in words.
import { STUDY_PROMPTS } from '../../shared/lessonStudy/cycle.js';
import type { LessonStudyHit } from '../../shared/lessonStudy/detail.js';
import type { Db } from '../sqlite.js';

type Row = Record<string, string | number | null>;

interface Source {
  /** A query on live rows giving cycle_id, the searched fields and whatever `where` needs. */
  sql: string;
  fields: { column: string; where: (row: Row) => string }[];
}

const LIVE_X = 'coalesce(x.deleted, 0) = 0';
/** The texts of a json array column (anticipated responses), one a line. */
const jsonTexts = (column: string) => `(SELECT group_concat(value, char(10)) FROM json_each(CASE WHEN json_valid(${column}) THEN ${column} ELSE '[]' END) WHERE type = 'text')`;
const unitTitles = `(SELECT group_concat(value ->> '$.title', char(10)) FROM json_each(CASE WHEN json_valid(x.unit_sequence) THEN x.unit_sequence ELSE '[]' END) WHERE type = 'object')`;
const STEP_NUMBER = `(SELECT count(*) FROM ls_plan_steps o WHERE o.plan_id = x.plan_id AND coalesce(o.deleted, 0) = 0 AND (coalesce(o.position, 0), o.id) < (coalesce(x.position, 0), x.id)) + 1`;

const planWhere = (what: string) => (row: Row) => `Plan version ${row.number}, ${what}`;
const same = (where: string) => () => where;

const SOURCES: Source[] = [
  {
    sql: `SELECT x.id AS cycle_id, x.title, x.research_theme, x.topic, ${STUDY_PROMPTS.map((p) => `x.study_${p.id}`).join(', ')} FROM ls_cycles x WHERE ${LIVE_X}`,
    fields: [
      { column: 'title', where: same('Cycle title') },
      { column: 'research_theme', where: same('Research theme') },
      { column: 'topic', where: same('Topic') },
      ...STUDY_PROMPTS.map((p) => ({ column: `study_${p.id}`, where: same(`Study: ${p.label.toLowerCase()}`) })),
    ],
  },
  {
    sql: `SELECT x.cycle_id, x.title AS meeting, x.agenda, x.notes FROM ls_meetings x WHERE ${LIVE_X}`,
    fields: [
      { column: 'agenda', where: (row) => `Agenda of the meeting “${row.meeting ?? ''}”` },
      { column: 'notes', where: (row) => `Notes of the meeting “${row.meeting ?? ''}”` },
    ],
  },
  { sql: `SELECT x.cycle_id, x.title FROM ls_resources x WHERE ${LIVE_X}`, fields: [{ column: 'title', where: same('Resource') }] },
  {
    sql: `SELECT x.cycle_id, coalesce(x.number, 0) AS number, x.goal_long_term, x.goal_unit, x.goal_lesson, x.standards, x.background, ${unitTitles} AS unit_sequence
          FROM ls_plans x WHERE ${LIVE_X}`,
    fields: [
      { column: 'goal_long_term', where: planWhere('long-term goal') },
      { column: 'goal_unit', where: planWhere('unit goal') },
      { column: 'goal_lesson', where: planWhere('lesson goal') },
      { column: 'standards', where: planWhere('standards') },
      { column: 'background', where: planWhere('background and rationale') },
      { column: 'unit_sequence', where: planWhere('unit sequence') },
    ],
  },
  {
    sql: `SELECT p.cycle_id, coalesce(p.number, 0) AS number, ${STEP_NUMBER} AS step, x.activity, x.key_question, ${jsonTexts('x.anticipated')} AS anticipated, x.support, x.evaluation
          FROM ls_plan_steps x JOIN ls_plans p ON p.id = x.plan_id AND coalesce(p.deleted, 0) = 0 WHERE ${LIVE_X}`,
    fields: ['activity', 'key_question', 'anticipated', 'support', 'evaluation'].map((column) => ({ column, where: (row: Row) => `Plan version ${row.number}, step ${row.step}` })),
  },
  {
    sql: `SELECT x.cycle_id, x.kind, x.text FROM ls_discussion_notes x WHERE ${LIVE_X}`,
    fields: [{ column: 'text', where: (row) => (row.kind === 'learning' ? 'Key learning' : 'Discussion note') }],
  },
  {
    sql: `SELECT x.cycle_id, x.text, x.reason FROM ls_revisions x WHERE ${LIVE_X}`,
    fields: [
      { column: 'text', where: same('Revision') },
      { column: 'reason', where: same('Reason for a revision') },
    ],
  },
  {
    sql: `SELECT x.cycle_id, x.how_it_went, x.deviations, x.reflection FROM ls_lite_teachings x WHERE ${LIVE_X}`,
    fields: [
      { column: 'how_it_went', where: same('Lite teaching: how it went') },
      { column: 'deviations', where: same('Lite teaching: deviations from the plan') },
      { column: 'reflection', where: same('Lite teaching: reflection') },
    ],
  },
];

/** The query as a LIKE pattern that matches it anywhere, its wildcards taken literally. */
export function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const SNIPPET_SIDE = 60;

/** About 60 characters either side of the first match, on one line, with "…" where it is cut. */
export function snippetAround(text: string, query: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const at = Math.max(0, flat.toLowerCase().indexOf(query.toLowerCase()));
  const start = Math.max(0, at - SNIPPET_SIDE);
  const end = Math.min(flat.length, at + query.length + SNIPPET_SIDE);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

export function searchLessonStudy(db: Db, query: string, limit: number): LessonStudyHit[] {
  const q = likePattern(query);
  const lowered = query.toLowerCase();
  const hits: (LessonStudyHit & { order: [number, number] })[] = [];
  SOURCES.forEach((source, sourceIndex) => {
    const matches = source.fields.map((f) => `h.${f.column} LIKE @q ESCAPE '\\'`).join(' OR ');
    const rows = db
      .prepare(
        `SELECT h.*, coalesce(c.title, '') AS cycle_title, coalesce(t.name, '') AS team_name, coalesce(c.created_at, 0) AS cycle_created
         FROM (${source.sql}) h
         JOIN ls_cycles c ON c.id = h.cycle_id AND coalesce(c.deleted, 0) = 0
         LEFT JOIN ls_teams t ON t.id = c.team_id
         WHERE ${matches}`,
      )
      .all({ q }) as Row[];
    for (const row of rows) {
      for (const field of source.fields) {
        const text = row[field.column];
        if (typeof text !== 'string' || !text.toLowerCase().includes(lowered)) continue;
        hits.push({
          cycleId: row.cycle_id as string,
          cycleTitle: row.cycle_title as string,
          teamName: row.team_name as string,
          where: field.where(row),
          snippet: snippetAround(text, query),
          order: [row.cycle_created as number, sourceIndex],
        });
      }
    }
  });
  hits.sort((a, b) => b.order[0] - a.order[0] || a.cycleId.localeCompare(b.cycleId) || a.order[1] - b.order[1]);
  return hits.slice(0, limit).map(({ order: _order, ...hit }) => hit);
}
