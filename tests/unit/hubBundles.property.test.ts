// The issue's property test: several devices edit at random and sync at
// random, by the hub and by bundle, in any order; once each has synced with
// the hub twice more, every replica has the same `status` digest. The hub
// runs in-process over SQLite (the fault suite runs it as a process on both
// stores); the devices are real stores with their own clocks.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeChanges } from '../../db/apply.js';
import { buildBundle } from '../../db/bundles/exportBundle.js';
import { importBundle } from '../../db/bundles/importBundle.js';
import { enrolWithHub } from '../../db/hubSync/enrol.js';
import { syncOnce } from '../../db/hubSync/syncOnce.js';
import { openStore, type Store } from '../../db/store.js';
import { createDistrict, issueCode } from '../../hub/admin.js';
import { startHub } from '../../hub/serve.js';
import { openSqliteStorage } from '../../hub/storage/sqlite.js';
import { uuidv7 } from '../../shared/ids.js';
import { digestOf } from '../support/bundles.js';
import { tempDir, trackStore } from '../support/stores.js';

const DEVICES = 3;
const ROWS = [uuidv7(), uuidv7(), uuidv7()];

const action = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), device: fc.nat(DEVICES - 1), row: fc.nat(ROWS.length - 1), column: fc.constantFrom('name', 'code', 'archived'), value: fc.nat(4) }),
  fc.record({ kind: fc.constant('hub' as const), device: fc.nat(DEVICES - 1) }),
  fc.record({ kind: fc.constant('bundle' as const), from: fc.nat(DEVICES - 1), to: fc.nat(DEVICES - 1) }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

async function run(actions: readonly Action[]): Promise<void> {
  const storage = openSqliteStorage(path.join(tempDir(), 'hub.sqlite'));
  await storage.migrate();
  const districtId = await createDistrict(storage, 'Dinuba Unified', Date.now());
  const hub = await startHub({ storage, port: 0, host: '127.0.0.1', log: () => {} });
  try {
    const clocks = Array.from({ length: DEVICES }, () => Date.UTC(2026, 10, 23, 9));
    const devices: Store[] = [];
    for (let i = 0; i < DEVICES; i++) {
      const store = trackStore(openStore({ dataDir: tempDir(), now: () => clocks[i]! }));
      await enrolWithHub(store, hub.url, await issueCode(storage, { districtId, userName: `Rater ${i}`, role: 'district_leader', schools: [], teams: [] }, Date.now()));
      devices.push(store);
    }
    for (const a of actions) {
      if (a.kind === 'edit') {
        clocks[a.device]! += 1 + a.value;
        const value = a.column === 'archived' ? a.value % 2 : `${a.column} ${a.value}`;
        writeChanges(devices[a.device]!, [{ table: 'schools', row: ROWS[a.row]!, values: { [a.column]: value } }]);
      } else if (a.kind === 'hub') {
        await syncOnce(devices[a.device]!);
      } else if (a.from !== a.to) {
        await importBundle(devices[a.to]!, buildBundle(devices[a.from]!, { sincePeer: null }).bytes, 'random.fbundle');
      }
    }
    for (let round = 0; round < 2; round++) for (const store of devices) await syncOnce(store);
    const digests = devices.map(digestOf);
    expect(new Set(digests).size).toBe(1);
  } finally {
    await hub.close();
  }
}

describe('devices syncing at random by hub and by bundle', () => {
  it('every replica ends with the same digest (30 runs)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 20 }), run), { numRuns: 30 });
  }, 240_000);
});
