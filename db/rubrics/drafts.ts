// Drafts: a rubric being written or revised on this device. A draft is saved
// as typed, valid or not, so nothing is lost mid-edit; it becomes a published
// version only when it passes every check. Each rubric has at most one draft,
// always numbered past its newest published version.
import { AppError } from '../../shared/errors.js';
import { RUBRIC_FORMAT, type RubricInput } from '../../shared/rubric/format.js';
import { FOUR_LEVEL_SCALE } from '../../shared/rubric/scales.js';
import type { NewDraft, RubricDraft } from '../../shared/rubric/records.js';
import { checkRubric, problemLine } from '../../shared/rubric/validate.js';
import type { Db } from '../sqlite.js';
import { refuseBuiltInChange } from './builtIns.js';
import { findVersionRow, publishVersion, readVersion } from './versions.js';

interface DraftRow {
  rubric_id: string;
  version: number;
  content: string;
  created_at: number;
  updated_at: number;
}

const RUBRIC_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

function draftOf(row: DraftRow, db: Db): RubricDraft {
  const content = JSON.parse(row.content) as unknown;
  const check = checkRubric(content);
  const basedOn = findVersionRow(db, row.rubric_id)?.version ?? null;
  return { id: row.rubric_id, version: row.version, content, basedOn, updatedAt: row.updated_at, problems: check.ok ? [] : check.problems, moreProblems: check.ok ? 0 : check.moreProblems };
}

function findDraftRow(db: Db, id: string): DraftRow | undefined {
  return db.prepare('SELECT * FROM rubric_drafts WHERE rubric_id = ?').get(id) as DraftRow | undefined;
}

export function listDraftRows(db: Db): DraftRow[] {
  return db.prepare('SELECT * FROM rubric_drafts ORDER BY rubric_id').all() as DraftRow[];
}

export function readDraft(db: Db, id: string): RubricDraft {
  const row = findDraftRow(db, id);
  if (!row) throw new AppError('not_found', `Rubric "${id}" has no draft on this device.`);
  return draftOf(row, db);
}

/** A new rubric's id must be free: no published version and no draft uses it. */
function claimNewId(db: Db, id: string): void {
  if (!RUBRIC_ID.test(id)) {
    throw new AppError('invalid_input', 'A rubric id must be 1 to 64 lowercase letters, digits or dashes, starting and ending with a letter or digit.');
  }
  if (findVersionRow(db, id) || findDraftRow(db, id)) {
    throw new AppError('invalid_input', `The id "${id}" is already used by another rubric; choose another.`);
  }
}

function blankRubric(id: string, name: string): RubricInput {
  return {
    format: RUBRIC_FORMAT,
    id,
    version: 1,
    name,
    subject: 'Mathematics',
    description: '',
    attribution: { source: '', licence: '' },
    scoring: {
      unit: 'lesson',
      scale: FOUR_LEVEL_SCALE,
    },
    dimensions: [{ id: 'dimension-1', name: 'New dimension', shortName: 'New dimension', levels: [] }],
  };
}

function startingContent(db: Db, request: NewDraft): { id: string; content: RubricInput } {
  switch (request.mode) {
    case 'blank':
      claimNewId(db, request.id);
      return { id: request.id, content: blankRubric(request.id, request.name) };
    case 'duplicate': {
      const source = readVersion(db, request.from.id, request.from.version).rubric;
      claimNewId(db, request.id);
      return { id: request.id, content: { ...source, id: request.id, version: 1, name: request.name, template: false } };
    }
    case 'revise': {
      refuseBuiltInChange(request.id);
      if (findDraftRow(db, request.id)) throw new AppError('invalid_input', `Rubric "${request.id}" already has a draft; open it instead of starting another.`);
      const latest = readVersion(db, request.id).rubric;
      return { id: request.id, content: { ...latest, version: latest.version + 1 } };
    }
  }
}

export function createDraft(db: Db, request: NewDraft, now: number): RubricDraft {
  return db.transaction(() => {
    const { id, content } = startingContent(db, request);
    db.prepare('INSERT INTO rubric_drafts (rubric_id, version, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
      id,
      content.version,
      JSON.stringify(content),
      now,
      now,
    );
    return readDraft(db, id);
  })();
}

/** Saves what the editor holds. Its id and version are the draft's own and cannot be edited. */
export function saveDraft(db: Db, id: string, content: unknown, now: number): RubricDraft {
  const row = findDraftRow(db, id);
  if (!row) throw new AppError('not_found', `Rubric "${id}" has no draft on this device.`);
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    throw new AppError('invalid_input', 'A rubric draft must be a JSON object.');
  }
  const claimed = content as { id?: unknown; version?: unknown };
  if (claimed.id !== row.rubric_id || claimed.version !== row.version) {
    throw new AppError('invalid_input', `This draft is rubric "${row.rubric_id}" version ${row.version}; its id and version cannot change.`);
  }
  db.prepare('UPDATE rubric_drafts SET content = ?, updated_at = ? WHERE rubric_id = ?').run(JSON.stringify(content), now, id);
  return readDraft(db, id);
}

export function discardDraft(db: Db, id: string): void {
  const result = db.prepare('DELETE FROM rubric_drafts WHERE rubric_id = ?').run(id);
  if (result.changes === 0) throw new AppError('not_found', `Rubric "${id}" has no draft on this device.`);
}

/** Freezes a valid draft as a published version, in one transaction. */
export function publishDraft(db: Db, id: string, now: number) {
  return db.transaction(() => {
    const draft = readDraft(db, id);
    const check = checkRubric(draft.content);
    if (!check.ok) {
      const count = check.problems.length + check.moreProblems;
      throw new AppError('invalid_input', `The draft has ${count.toLocaleString('en-US')} problem${count === 1 ? '' : 's'} to fix before publishing; the first is ${problemLine(check.problems[0]!)}.`);
    }
    db.prepare('DELETE FROM rubric_drafts WHERE rubric_id = ?').run(id);
    publishVersion(db, check.rubric, 'authored', now);
    return readVersion(db, id, check.rubric.version);
  })();
}
