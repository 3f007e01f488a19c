// Published rubric versions: stored once as canonical JSON under its SHA-256,
// never changed (the table's triggers refuse UPDATE and DELETE). Storing the
// same id and version again is a no-op when the content is the same and an
// error when it is not, so an import can be repeated safely and a version
// number can never mean two rubrics.
import crypto from 'node:crypto';
import { AppError } from '../../shared/errors.js';
import { canonicalJson } from '../../shared/rubric/canonical.js';
import { RubricSchema, type Rubric } from '../../shared/rubric/format.js';
import type { RubricOrigin, RubricVersionInfo, StoredRubricVersion } from '../../shared/rubric/records.js';
import type { Db } from '../sqlite.js';

export interface VersionRow {
  rubric_id: string;
  version: number;
  content: string;
  content_hash: string;
  origin: RubricOrigin;
  published_at: number;
  retired: number;
}

const SELECT_VERSION = `
  SELECT v.*, (r.rubric_id IS NOT NULL) AS retired
  FROM rubric_versions v
  LEFT JOIN rubric_retirements r ON r.rubric_id = v.rubric_id AND r.version = v.version`;

export function sha256Hex(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

// Published versions never change, so a version parsed once is the same
// object for every later read (every saved note checks its rubric).
const parsedByHash = new Map<string, Rubric>();

/** Shared between readers, so nobody may change it in place. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The rubric in a stored row, after checking the row still hashes to what it was published as. */
export function rubricOfRow(row: VersionRow): Rubric {
  if (sha256Hex(row.content) !== row.content_hash) {
    throw new AppError('database_corrupt', `Rubric "${row.rubric_id}" version ${row.version} no longer matches its fingerprint; restore a backup ("fieldbook restore").`);
  }
  let rubric = parsedByHash.get(row.content_hash);
  if (!rubric) {
    rubric = deepFreeze(RubricSchema.parse(JSON.parse(row.content)));
    parsedByHash.set(row.content_hash, rubric);
  }
  return rubric;
}

export function versionInfo(row: VersionRow): RubricVersionInfo {
  const name = (JSON.parse(row.content) as { name?: unknown }).name;
  return {
    version: row.version,
    name: typeof name === 'string' ? name : row.rubric_id,
    contentHash: row.content_hash,
    origin: row.origin,
    publishedAt: row.published_at,
    retired: row.retired === 1,
  };
}

export function findVersionRow(db: Db, id: string, version?: number): VersionRow | undefined {
  if (version === undefined) {
    return db.prepare(`${SELECT_VERSION} WHERE v.rubric_id = ? ORDER BY v.version DESC LIMIT 1`).get(id) as VersionRow | undefined;
  }
  return db.prepare(`${SELECT_VERSION} WHERE v.rubric_id = ? AND v.version = ?`).get(id, version) as VersionRow | undefined;
}

export function listVersionRows(db: Db): VersionRow[] {
  return db.prepare(`${SELECT_VERSION} ORDER BY v.rubric_id, v.version`).all() as VersionRow[];
}

/** One published version, retired or not; the newest when no version is given. */
export function readVersion(db: Db, id: string, version?: number): StoredRubricVersion {
  const row = findVersionRow(db, id, version);
  if (!row) {
    const which = version === undefined ? `rubric "${id}"` : `version ${version} of rubric "${id}"`;
    throw new AppError('not_found', `There is no published ${which}.`);
  }
  return { id: row.rubric_id, ...versionInfo(row), rubric: rubricOfRow(row) };
}

export type PublishOutcome = 'stored' | 'unchanged';

/**
 * Publishes a valid rubric as an immutable version. Runs in the caller's
 * transaction when there is one. Content is compared under today's schema
 * (defaults filled in), so a file exported by an older Fieldbook re-imports
 * as the same version.
 */
export function publishVersion(db: Db, rubric: Rubric, origin: RubricOrigin, now: number): PublishOutcome {
  const canonical = canonicalJson(rubric);
  const hash = sha256Hex(canonical);
  const existing = findVersionRow(db, rubric.id, rubric.version);
  if (existing) {
    // Same text is the same version; otherwise compare under today's schema, where defaults may have been added since.
    if (existing.content_hash === hash || canonicalJson(rubricOfRow(existing)) === canonical) return 'unchanged';
    throw new AppError(
      'invalid_input',
      `Rubric "${rubric.id}" version ${rubric.version} is already published with different content; a published version never changes, so give this one a new version number.`,
    );
  }
  const draft = db.prepare('SELECT version FROM rubric_drafts WHERE rubric_id = ? AND version = ?').get(rubric.id, rubric.version);
  if (draft) {
    throw new AppError('invalid_input', `This device has an unpublished draft of rubric "${rubric.id}" version ${rubric.version}; publish or discard it first.`);
  }
  db.prepare('INSERT INTO rubric_versions (rubric_id, version, content, content_hash, origin, published_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    rubric.id,
    rubric.version,
    canonical,
    hash,
    origin,
    now,
  );
  return 'stored';
}

/** Retires a version (kept and readable, no longer offered for new work), or brings it back. */
export function setVersionRetired(db: Db, id: string, version: number, retired: boolean, now: number): StoredRubricVersion {
  readVersion(db, id, version);
  if (retired) db.prepare('INSERT OR IGNORE INTO rubric_retirements (rubric_id, version, retired_at) VALUES (?, ?, ?)').run(id, version, now);
  else db.prepare('DELETE FROM rubric_retirements WHERE rubric_id = ? AND version = ?').run(id, version);
  return readVersion(db, id, version);
}
