// The rubric versions a bundle carries. Published versions are not in the op
// log (they are immutable and stored under their content hash), but scores
// and calibration rounds name one, so a bundle carries every version that the
// rows its ops touch refer to. On import each must hash to what it says and
// then becomes a published version here (or is the one already here).
import { AppError } from '../../shared/errors.js';
import { RubricSchema, type Rubric } from '../../shared/rubric/format.js';
import type { SyncedTable } from '../../shared/registry.js';
import type { Op } from '../ops.js';
import { publishVersion, sha256Hex } from '../rubrics/versions.js';
import type { Db } from '../sqlite.js';
import { damaged } from './container.js';

export interface CarriedRubric {
  id: string;
  version: number;
  contentHash: string;
  /** The canonical JSON the version was published as. */
  content: string;
}

export interface ReceivedRubric extends CarriedRubric {
  rubric: Rubric;
}

/** The synced tables whose rows name a rubric version, by these two columns. */
const REFERRING_TABLES: readonly SyncedTable[] = ['observations', 'calibration_rounds'];

export function referencedRubrics(db: Db, ops: readonly Op[]): CarriedRubric[] {
  const rows = new Set<string>();
  for (const op of ops) if (REFERRING_TABLES.includes(op.table as SyncedTable)) rows.add(op.row);
  if (rows.size === 0) return [];
  const refs = REFERRING_TABLES.map((t) => `SELECT rubric_id, rubric_version FROM "${t}" WHERE id IN (SELECT value FROM json_each(@rows))`).join(' UNION ');
  return db
    .prepare(
      `SELECT v.rubric_id AS id, v.version, v.content_hash AS contentHash, v.content
       FROM rubric_versions v JOIN (${refs}) r ON r.rubric_id = v.rubric_id AND r.rubric_version = v.version
       ORDER BY v.rubric_id, v.version`,
    )
    .all({ rows: JSON.stringify([...rows]) }) as CarriedRubric[];
}

/** Checks the rubrics part of a bundle: a list of versions, each hashing to its stated hash and holding a rubric of its id and version. */
export function readRubricsPart(bytes: Buffer): ReceivedRubric[] {
  let list: unknown;
  try {
    list = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw damaged('its rubrics cannot be read');
  }
  if (!Array.isArray(list)) throw damaged('its rubrics are not a list');
  return list.map(readCarriedRubric);
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** One carried version: it must hash to its stated hash and hold a rubric of its id and version. */
function readCarriedRubric(entry: Partial<CarriedRubric> | null): ReceivedRubric {
  const { id, version, contentHash, content } = entry ?? {};
  if (typeof content !== 'string' || typeof contentHash !== 'string' || sha256Hex(content) !== contentHash) {
    throw damaged(`rubric "${String(id)}" version ${String(version)} does not match its fingerprint`);
  }
  const rubric = RubricSchema.safeParse(parseOrUndefined(content));
  if (!rubric.success || rubric.data.id !== id || rubric.data.version !== version) {
    throw new AppError('invalid_input', `Rubric "${String(id)}" version ${String(version)} in this bundle is not a rubric this Fieldbook can read; update Fieldbook, then import it again. Nothing was imported.`);
  }
  return { id, version, contentHash, content, rubric: rubric.data };
}

/**
 * Publishes the versions a hub page carries, one by one (inside the page's
 * transaction). A version that cannot be read here, or that this device
 * already has with other content, is left out rather than stopping the sync:
 * the district's data must not be held up by one version. Returns a sentence
 * for each one left out.
 */
export function storeHubRubrics(db: Db, list: readonly unknown[], now: number): string[] {
  const skipped: string[] = [];
  for (const entry of list) {
    try {
      publishVersion(db, readCarriedRubric(entry as Partial<CarriedRubric> | null).rubric, 'imported', now);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const { id, version } = (entry ?? {}) as Partial<CarriedRubric>;
      skipped.push(`Rubric "${String(id).slice(0, 80)}" version ${String(version).slice(0, 20)} from the hub was not stored here: ${err.message}`);
    }
  }
  return skipped;
}

/** Publishes the carried versions here (inside the import's transaction); returns how many were new. */
export function storeRubrics(db: Db, rubrics: readonly ReceivedRubric[], now: number): number {
  return rubrics.filter((r) => publishVersion(db, r.rubric, 'imported', now) === 'stored').length;
}
