// The rubric versions a push carries. Scores and calibration rounds name a
// published version, so a device sends the versions its ops refer to, and the
// hub hands them to every device in scope. One bad version would stop every
// device's sync (each device refuses what it cannot store), so the hub admits
// a version only when:
//   - it hashes to its fingerprint and is a rubric file of its own id and version;
//   - a built-in version this hub ships is exactly the shipped text;
//   - a version the district already has is the same rubric (a published
//     version never changes);
//   - a new version comes from a role that publishes rubrics for the district.
// Anything else refuses the whole push with one sentence; nothing is stored.
import { canonicalJson } from '../shared/rubric/canonical.js';
import { RubricSchema, type Rubric } from '../shared/rubric/format.js';
import { BUILT_IN_RUBRICS } from '../shared/rubric/library/index.js';
import { checkRubricText, problemLine } from '../shared/rubric/validate.js';
import type { CarriedRubric } from '../db/bundles/rubricsPart.js';
import { sha256Hex } from '../db/rubrics/versions.js';
import { HubError } from './errors.js';
import { rubricKey, type DeviceRecord } from './storage/types.js';

export const MAX_PUSH_RUBRICS = 200;

/** Roles whose devices may publish a new rubric version to the district: those who lead observation and calibration. */
export const RUBRIC_PUBLISHER_ROLES: readonly string[] = ['district_leader', 'principal', 'coach', 'facilitator'];

/** The canonical text of every built-in version this hub ships, by "id@version". */
const SHIPPED: ReadonlyMap<string, string> = new Map(
  BUILT_IN_RUBRICS.map((input) => {
    const rubric = RubricSchema.parse(input);
    return [rubricKey(rubric), canonicalJson(rubric)];
  }),
);
const BUILT_IN_IDS: ReadonlySet<string> = new Set(BUILT_IN_RUBRICS.map((r) => r.id));

function refused(r: { id: unknown; version: unknown }, why: string): HubError {
  return new HubError(400, 'rubric_refused', `Rubric "${String(r.id).slice(0, 80)}" version ${String(r.version).slice(0, 20)} in this push ${why}; nothing was stored.`);
}

/** A carried version whose text is a rubric of its own id and version, hashing to its fingerprint. */
function readCarried(raw: Partial<CarriedRubric> | null): CarriedRubric & { rubric: Rubric } {
  const { id, version, contentHash, content } = raw ?? {};
  if (typeof id !== 'string' || id.length > 200 || !Number.isSafeInteger(version) || typeof content !== 'string' || typeof contentHash !== 'string' || sha256Hex(content) !== contentHash) {
    throw refused({ id, version }, 'does not match its fingerprint');
  }
  const check = checkRubricText(content);
  if (!check.ok) throw refused({ id, version }, `is not a rubric file (${problemLine(check.problems[0]!)})`);
  if (check.rubric.id !== id || check.rubric.version !== version) throw refused({ id, version }, `holds rubric "${check.rubric.id}" version ${check.rubric.version}`);
  return { id, version: version!, contentHash, content, rubric: check.rubric };
}

export function readPushedRubrics(body: unknown): (CarriedRubric & { rubric: Rubric })[] {
  const list = (body as { rubrics?: unknown } | null)?.rubrics ?? [];
  if (!Array.isArray(list) || list.length > MAX_PUSH_RUBRICS) throw new HubError(400, 'invalid_input', `A push may carry at most ${MAX_PUSH_RUBRICS} rubric versions, as a list.`);
  return list.map(readCarried);
}

/** Two texts of one version are the same rubric when they hash alike or read alike under today's format (an older app may have left out defaults). */
function sameRubric(rubric: Rubric, held: { content: string; contentHash: string }, contentHash: string): boolean {
  if (held.contentHash === contentHash) return true;
  const heldCheck = checkRubricText(held.content);
  return heldCheck.ok && canonicalJson(heldCheck.rubric) === canonicalJson(rubric);
}

/** The versions of this push the district does not hold yet, after checking every one against the rules above. */
export function admitRubrics(
  device: DeviceRecord,
  rubrics: readonly (CarriedRubric & { rubric: Rubric })[],
  held: ReadonlyMap<string, { content: string; contentHash: string }>,
): CarriedRubric[] {
  const fresh = new Map<string, CarriedRubric>();
  for (const { rubric, ...carried } of rubrics) {
    const key = rubricKey(carried);
    const shipped = SHIPPED.get(key);
    if (shipped !== undefined && shipped !== canonicalJson(rubric)) throw refused(carried, 'is a changed copy of a built-in rubric, which only a Fieldbook update changes');
    const stored = held.get(key);
    if (stored) {
      if (!sameRubric(rubric, stored, carried.contentHash)) throw refused(carried, 'differs from the version the district already has, and a published version never changes: publish the change as a new version');
      continue;
    }
    if (shipped === undefined && !RUBRIC_PUBLISHER_ROLES.includes(device.role)) {
      const what = BUILT_IN_IDS.has(carried.id) ? 'is a built-in version this hub does not ship yet, and' : 'is new to the district, and';
      throw refused(carried, `${what} a ${device.role}'s device may not publish rubric versions (only ${RUBRIC_PUBLISHER_ROLES.join(', ')}); ask the district office to publish it`);
    }
    fresh.set(key, carried);
  }
  return [...fresh.values()];
}
