// Sync by bundle between real data directories, in process: both ways to the
// same digest, re-import, tampering, truncation, a newer format, unknown
// tables, --since-peer, rubric versions, conflicts, keys and districts.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeContainer, decodeContainer } from '../../db/bundles/container.js';
import { buildBundle, exportBundle, writeBundle } from '../../db/bundles/exportBundle.js';
import { listBundleHistory } from '../../db/bundles/history.js';
import { importBundle } from '../../db/bundles/importBundle.js';
import { replicaVector } from '../../db/bundles/vectors.js';
import { readStatus } from '../../db/status.js';
import type { Store } from '../../db/store.js';
import { readVersion } from '../../db/rubrics/versions.js';
import type { Observation } from '../../shared/observation.js';
import { coachWork, digestOf, forge, otherWork, refused, SAMPLE_RUBRIC } from '../support/bundles.js';
import { addFocalStudent, setUpLessonStudy } from '../support/lessonStudy.js';
import { noteInput, setUpBackend, type TestBackend } from '../support/observationBackend.js';
import { readOps, tempDir } from '../support/stores.js';

function exportFrom(store: Store, sincePeer: string | null = null): Buffer {
  const file = path.join(tempDir(), 'out.fbundle');
  return exportBundle(store, file, { sincePeer }).bytes;
}

async function twoDevices(): Promise<{ a: TestBackend; b: TestBackend; aObservation: Observation; bObservation: Observation }> {
  const a = setUpBackend();
  const b = setUpBackend();
  const aObservation = await coachWork(a, 'Ana Ruiz');
  const bObservation = await otherWork(b, 'Ken Ito');
  return { a, b, aObservation, bObservation };
}

describe('bundles between two data directories', () => {
  it('exchange both ways and end with the same digest; importing again changes nothing', async () => {
    const { a, b } = await twoDevices();
    expect(digestOf(a.store)).not.toBe(digestOf(b.store));
    const fromA = exportFrom(a.store);
    const intoB = await importBundle(b.store, fromA, 'a.fbundle');
    expect(intoB).toMatchObject({ fromDevice: a.store.nodeId, fromName: 'Ana Ruiz', alreadyHad: 0, conflicts: 0, rubricsAdded: 1 });
    expect(intoB.applied).toBe(readStatus(a.store).ops);
    const fromB = exportFrom(b.store);
    const intoA = await importBundle(a.store, fromB, 'b.fbundle');
    expect(intoA.alreadyHad).toBe(intoB.applied);
    expect(intoA.applied).toBe(readStatus(b.store).ops - intoB.applied);
    expect(digestOf(a.store)).toBe(digestOf(b.store));
    expect(replicaVector(a.store.db)).toEqual(replicaVector(b.store.db));
    // Text that looks like a number travels as text.
    const school = b.store.db.prepare("SELECT code FROM schools WHERE name = 'Jefferson Elementary'").get();
    expect(a.store.db.prepare("SELECT code FROM schools WHERE name = 'Jefferson Elementary'").get()).toEqual(school);
    expect(school).toEqual({ code: '007' });

    const digest = digestOf(b.store);
    const again = await importBundle(b.store, fromA, 'a.fbundle');
    expect(again).toMatchObject({ applied: 0, alreadyHad: intoB.applied, conflicts: 0, rubricsAdded: 0 });
    expect(digestOf(b.store)).toBe(digest);
  });

  it('carries the rubric versions its observations are scored on', async () => {
    const { a, b, aObservation } = await twoDevices();
    expect(() => readVersion(b.store.db, SAMPLE_RUBRIC.id)).toThrow(/no published/);
    await importBundle(b.store, exportFrom(a.store), 'a.fbundle');
    expect(readVersion(b.store.db, SAMPLE_RUBRIC.id, 1).contentHash).toBe(readVersion(a.store.db, SAMPLE_RUBRIC.id, 1).contentHash);
    const seen = await b.value<{ observation: Observation; scores: { value: number }[] }>('getObservation', { id: aObservation.id });
    expect(seen.observation.rubricId).toBe(SAMPLE_RUBRIC.id);
    expect(seen.scores.map((s) => s.value)).toEqual([3]);
  });

  it('refuses a bundle with any one byte changed, in one sentence, and changes nothing', async () => {
    const { a, b } = await twoDevices();
    const bundle = exportFrom(a.store);
    const positions = new Set<number>();
    for (let i = 0; i < 40; i++) positions.add(i);
    for (let i = 40; i < bundle.length; i += Math.ceil(bundle.length / 150)) positions.add(i);
    positions.add(bundle.length - 1);
    for (const at of positions) {
      const tampered = Buffer.from(bundle);
      tampered[at] = tampered[at]! ^ 0x01;
      const message = await refused(b.store, tampered);
      const expected = at < 8 ? /^This file is not a Fieldbook bundle/ : /^This bundle file is (damaged or was changed after it was made|incomplete)/;
      expect(message, `byte ${at}`).toMatch(expected);
      expect(message.split(/(?<=\.) (?=[A-Z])/).length, message).toBeLessThanOrEqual(2);
    }
  });

  it('refuses a truncated bundle, saying it is incomplete', async () => {
    const { a, b } = await twoDevices();
    const bundle = exportFrom(a.store);
    for (const length of [3, 12, 19, 20, 60, Math.floor(bundle.length / 2), bundle.length - 1]) {
      expect(await refused(b.store, bundle.subarray(0, length))).toMatch(/incomplete: it ends early/);
    }
    expect(await refused(b.store, Buffer.from('PK\u0003\u0004 a zip file'))).toMatch(/not a Fieldbook bundle/);
  });

  it('refuses a bundle of a newer format, asking to update Fieldbook', async () => {
    const { a, b } = await twoDevices();
    const newer = encodeContainer(decodeContainer(exportFrom(a.store)), 2);
    expect(await refused(b.store, newer)).toBe('This bundle was made by a newer Fieldbook (format 2); update Fieldbook to import it.');
    const newerSchema = forge(exportFrom(a.store), a.dataDir, { manifest: { minReaderVersion: 99 } });
    expect(await refused(b.store, newerSchema)).toMatch(/needs a newer Fieldbook \(database version 99; this one has \d+\)/);
  });

  it('refuses a bundle naming a table or column this Fieldbook does not know', async () => {
    const { a, b } = await twoDevices();
    const bundle = exportFrom(a.store);
    const op = readOps(a.store).find((o) => o.table === 'observations' && o.column === 'teacher_label');
    expect(await refused(b.store, forge(bundle, a.dataDir, { ops: [op, { ...op, table: 'hub_devices' }] }))).toBe(
      'This bundle cannot be imported: change 2 names an unknown field "hub_devices.teacher_label"; it may come from a newer Fieldbook. Nothing was imported.',
    );
    expect(await refused(b.store, forge(bundle, a.dataDir, { ops: [{ ...op, column: 'secret' }] }))).toMatch(/unknown field "observations\.secret"/);
  });

  it('refuses a bundle from another district, and one signed with another key than that device used before', async () => {
    const { a, b } = await twoDevices();
    const bundle = exportFrom(a.store);
    expect(await refused(b.store, forge(bundle, a.dataDir, { manifest: { district: 'Fresno Unified' } }))).toBe(
      'This bundle comes from the district "Fresno Unified", and this device belongs to "Dinuba Unified". Nothing was imported.',
    );
    await importBundle(b.store, bundle, 'a.fbundle');
    const impostor = tempDir();
    expect(await refused(b.store, forge(bundle, impostor, {}))).toMatch(/signed with a different key from that device's earlier bundles, so it may be forged/);
  });

  it('--since-peer exports only what the peer has not seen, and a device without the earlier changes refuses it', async () => {
    const { a, b, aObservation } = await twoDevices();
    await importBundle(b.store, exportFrom(a.store), 'a.fbundle');
    await importBundle(a.store, exportFrom(b.store), 'b.fbundle');
    const opsBefore = readStatus(a.store).ops;
    a.advance(60_000);
    await a.value('saveNote', noteInput(aObservation.id, 'Later: a student explains 3/4', { atMs: 120_000 }));
    const newOps = readStatus(a.store).ops - opsBefore;
    expect(newOps).toBeGreaterThan(0);

    const bundle = buildBundle(a.store, { sincePeer: b.store.nodeId });
    expect(bundle.manifest.ops).toBe(newOps);
    expect(bundle.manifest.since).toEqual(replicaVector(b.store.db));
    expect(await importBundle(b.store, bundle.bytes, 'since.fbundle')).toMatchObject({ applied: newOps, alreadyHad: 0 });
    expect(digestOf(b.store)).toBe(digestOf(a.store));

    const stranger = setUpBackend();
    await stranger.value('saveSettings', { district: 'Dinuba Unified' });
    expect(await refused(stranger.store, bundle.bytes)).toMatch(/holds only the changes device [0-9a-f]{16} had not seen, and this device lacks earlier changes from/);
    expect(() => buildBundle(a.store, { sincePeer: stranger.store.nodeId })).toThrow(/No bundle from device [0-9a-f]{16} has been imported here/);
  });

  it('reports a field edited on both devices as a conflict, and records every import and export', async () => {
    const { a, b, aObservation } = await twoDevices();
    await importBundle(b.store, exportFrom(a.store), 'a.fbundle');
    const [note] = (await a.value<{ notes: { id: string }[] }>('getObservation', { id: aObservation.id })).notes;
    a.advance(1000);
    b.advance(2000);
    await a.value('saveNote', noteInput(aObservation.id, 'Edited on A', { id: note!.id }));
    await b.value('saveNote', noteInput(aObservation.id, 'Edited on B', { id: note!.id }));
    const result = await importBundle(a.store, exportFrom(b.store), 'b.fbundle');
    expect(result.conflicts).toBe(1);
    expect(listBundleHistory(a.store.db).map((h) => [h.direction, h.peerNode, h.conflicts])).toEqual([
      ['import', b.store.nodeId, 1],
      ['export', null, null],
    ]);
  });

  it("never carries a focal student's real name, which stays on the device", async () => {
    const s = await setUpLessonStudy();
    await addFocalStudent(s, 'S07', { name: 'Maria Lopez' });
    const parts = decodeContainer(exportFrom(s.t.store));
    const everything = Buffer.concat([parts['manifest.json'], zlib.gunzipSync(parts['ops.ndjson.gz']), parts['rubrics.json']]).toString('utf8');
    expect(everything).toContain('S07');
    expect(everything).not.toContain('Maria');
  });

  it('deletes a written bundle that does not read back intact, and says so', async () => {
    const { a } = await twoDevices();
    const bundle = buildBundle(a.store, { sincePeer: null });
    const broken = { ...bundle, bytes: bundle.bytes.subarray(0, bundle.bytes.length - 5) };
    const file = path.join(tempDir(), 'x.fbundle');
    expect(() => writeBundle(file, broken)).toThrow(/did not read back intact, so it was deleted/);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readdirSync(path.dirname(file))).toEqual([]);
  });
});
