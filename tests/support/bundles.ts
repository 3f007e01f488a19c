// Bundles for the sync tests: two devices with different work on them (an
// observation scored on a rubric only one of them has, notes, lesson study),
// and a way to forge a bundle that is correctly signed but says something
// else (an unknown table, another district, an ops part that unpacks to
// gigabytes), as a newer or hostile Fieldbook would, and a check that import
// refuses it and changes nothing.
import zlib from 'node:zlib';
import { expect } from 'vitest';
import { decodeContainer, encodeContainer, MANIFEST_PART, SIGNATURE_PART } from '../../db/bundles/container.js';
import { loadDeviceKey, signManifest } from '../../db/bundles/deviceKey.js';
import { listBundleHistory } from '../../db/bundles/history.js';
import { importBundle } from '../../db/bundles/importBundle.js';
import { sha256 } from '../../db/bundles/readBundle.js';
import { readStatus } from '../../db/status.js';
import type { Store } from '../../db/store.js';
import type { Observation } from '../../shared/observation.js';
import { OPS_PART, type Manifest } from '../../shared/sync/manifest.js';
import { setUpLessonStudy } from './lessonStudy.js';
import { noteInput, startTestObservation, type TestBackend } from './observationBackend.js';
import { sampleRubricText } from './rubrics.js';

export const SAMPLE_RUBRIC = { id: 'sample-rubric', version: 1 };

/** A coach's device: an authored rubric, an observation on it with notes and a score, and a lesson study cycle. */
export async function coachWork(t: TestBackend, who: string): Promise<Observation> {
  await setUpLessonStudy(t);
  await t.value('saveSettings', { userName: who, district: 'Dinuba Unified' });
  await t.value('importRubric', { text: sampleRubricText() });
  const observation = await startTestObservation(t, { teacherLabel: `${who}'s room`, rubric: SAMPLE_RUBRIC });
  await t.value('saveNote', noteInput(observation.id, `${who}: pairs compare strategies`));
  await t.value('saveNote', noteInput(observation.id, `${who}: grade 5 uses a number line`, { atMs: 60_000 }));
  await t.value('saveScore', { observationId: observation.id, dimensionId: 'reasoning', value: 3 });
  return observation;
}

/** A second device's own work: the built-in rubric, and other text that looks like numbers. */
export async function otherWork(t: TestBackend, who: string): Promise<Observation> {
  await t.value('saveSettings', { userName: who, district: 'Dinuba Unified' });
  const observation = await startTestObservation(t, { teacherLabel: '5', grade: '05' });
  await t.value('saveNote', noteInput(observation.id, '12', { atMs: 1_000 }));
  await t.value('saveSchool', { name: 'Jefferson Elementary', code: '007' });
  return observation;
}

export function digestOf(store: Store): string {
  return readStatus(store).digest;
}

/** Imports and expects a refusal: the message, with the store's digest, op count and history unchanged. */
export async function refused(store: Store, bytes: Buffer): Promise<string> {
  const before = readStatus(store);
  const history = listBundleHistory(store.db).length;
  let message = '';
  try {
    await importBundle(store, bytes, 'x.fbundle');
  } catch (err) {
    message = (err as Error).message;
  }
  expect(message, 'the import should have been refused').not.toBe('');
  expect(readStatus(store)).toEqual(before);
  expect(listBundleHistory(store.db)).toHaveLength(history);
  return message;
}

export interface Forgery {
  manifest?: Partial<Manifest>;
  /** Replaces the ops part with these lines (each JSON-encoded). */
  ops?: unknown[];
  /** Replaces the ops part with these bytes as they are (a gzip of anything; the manifest's op count stays as given). */
  opsPart?: Buffer;
}

/** Re-signs a bundle after changing it, with the key of the device in `dataDir`: what a forger or a newer Fieldbook could make. */
export function forge(bundle: Buffer, dataDir: string, forgery: Forgery): Buffer {
  const parts = decodeContainer(bundle);
  const manifest = { ...(JSON.parse(parts[MANIFEST_PART].toString('utf8')) as Manifest), ...forgery.manifest };
  let opsPart = forgery.opsPart ?? parts[OPS_PART];
  if (forgery.ops) {
    opsPart = zlib.gzipSync(Buffer.from(forgery.ops.map((op) => JSON.stringify(op)).join('\n')));
    manifest.ops = forgery.ops.length;
  }
  if (opsPart !== parts[OPS_PART]) manifest.parts = { ...manifest.parts, [OPS_PART]: { sha256: sha256(opsPart), bytes: opsPart.length } };
  const key = loadDeviceKey(dataDir);
  manifest.publicKey = key.publicKey;
  const manifestPart = Buffer.from(JSON.stringify(manifest));
  return encodeContainer({ ...parts, [MANIFEST_PART]: manifestPart, [SIGNATURE_PART]: signManifest(key, manifestPart), [OPS_PART]: opsPart });
}
