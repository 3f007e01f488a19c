// Finding past work: full-text search over notes (FTS5) and the filtered
// observation list. Search words are quoted before they reach FTS5, so what a
// person types is never read as query syntax; each word also matches as a
// prefix ("ques" finds "question"). Hits come newest first: a coach looking
// for a note usually wants the recent one, and FTS5 can walk its index in
// rowid order and stop at the limit instead of ranking every match.
import type { NoteHit, ObservationFilterSchema, ObservationSummary } from '../../shared/observation.js';
import type { z } from 'zod';
import type { Db } from '../sqlite.js';
import { correctionOf, toObservation, type ObservationRow } from './rows.js';

export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

const TEACHER_NAME = `coalesce(nullif((SELECT name FROM people WHERE people.id = o.teacher_id), ''), o.teacher_label, '')`;

export function searchNotes(db: Db, text: string, limit: number): NoteHit[] {
  const query = ftsQuery(text);
  if (!query) return [];
  return db
    .prepare(
      `SELECT n.id AS noteId, n.observation_id AS observationId, ${TEACHER_NAME} AS teacher, o.started_at AS startedAt,
              coalesce(n.at_ms, 0) AS atMs, snippet(notes_fts, 0, '«', '»', '…', 16) AS snippet
       FROM notes_fts
       JOIN notes n ON n.rowid = notes_fts.rowid
       JOIN observations o ON o.id = n.observation_id
       WHERE notes_fts MATCH ? AND coalesce(n.deleted, 0) = 0 AND coalesce(o.deleted, 0) = 0
       ORDER BY notes_fts.rowid DESC
       LIMIT ?`,
    )
    .all(query, limit) as NoteHit[];
}

export function listObservations(db: Db, filter: z.output<typeof ObservationFilterSchema>): { rows: ObservationSummary[]; total: number } {
  const where = ['coalesce(o.deleted, 0) = 0'];
  const params: (string | number)[] = [];
  const add = (sql: string, value: string | number | undefined) => {
    if (value === undefined) return;
    where.push(sql);
    params.push(value);
  };
  add('o.teacher_id = ?', filter.teacherId);
  add('o.school_id = ?', filter.schoolId);
  add('o.rubric_id = ?', filter.rubricId);
  add('o.status = ?', filter.status);
  add('o.started_at >= ?', filter.from);
  add('o.started_at < ?', filter.to);
  return observationSummaries(db, where.join(' AND '), params, filter.limit, filter.offset);
}

/** One page of observation summaries matching an SQL condition on observations `o`, newest first, and how many match in all. */
export function observationSummaries(db: Db, clause: string, params: readonly (string | number)[], limit: number, offset: number): { rows: ObservationSummary[]; total: number } {
  const total = db.prepare(`SELECT count(*) FROM observations o WHERE ${clause}`).pluck().get(...params) as number;
  const rows = db
    .prepare(
      `SELECT o.*, ${TEACHER_NAME} AS teacher_display,
              coalesce((SELECT name FROM schools WHERE schools.id = o.school_id), '') AS school_display,
              coalesce((SELECT json_extract(content, '$.name') FROM rubric_versions v WHERE v.rubric_id = o.rubric_id AND v.version = o.rubric_version), o.rubric_id) AS rubric_display,
              (SELECT count(*) FROM notes n WHERE n.observation_id = o.id AND coalesce(n.deleted, 0) = 0) AS note_count,
              ${correctionOf('o')} AS superseded_by
       FROM observations o WHERE ${clause}
       ORDER BY coalesce(o.started_at, 0) DESC, o.scheduled_for, o.id DESC
       LIMIT ? OFFSET ?`,
    )
    .all(...params, limit, offset) as (ObservationRow & { teacher_display: string; school_display: string; rubric_display: string; note_count: number; superseded_by: string | null })[];
  return {
    total,
    rows: rows.map((r) => {
      const o = toObservation(r);
      return {
        id: o.id,
        teacher: r.teacher_display,
        school: r.school_display,
        grade: o.grade,
        subject: o.subject,
        rubricName: r.rubric_display,
        kind: o.kind,
        status: o.status,
        scheduledFor: o.scheduledFor,
        startedAt: o.startedAt,
        noteCount: r.note_count,
        supersededBy: r.superseded_by,
      };
    }),
  };
}
