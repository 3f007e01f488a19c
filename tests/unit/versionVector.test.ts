// Version vectors: the pure rules, then the store's side on three replicas
// that swap bundles in a chain, where "the ops above a peer's vector" must be
// exactly the ops that peer lacks.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../db/bundles/exportBundle.js';
import { importBundle } from '../../db/bundles/importBundle.js';
import { opsAbove, peerVector, replicaVector } from '../../db/bundles/vectors.js';
import { writeChanges } from '../../db/apply.js';
import type { Store } from '../../db/store.js';
import { uuidv7 } from '../../shared/ids.js';
import { isAbove, missingFrom, unionOf } from '../../shared/sync/versionVector.js';
import { readOps, tempDir, tempStore } from '../support/stores.js';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';

describe('version vectors', () => {
  it('an op is above a vector when the vector has nothing from its node or an older timestamp', () => {
    expect(isAbove({}, A, '1')).toBe(true);
    expect(isAbove({ [A]: '2' }, A, '1')).toBe(false);
    expect(isAbove({ [A]: '2' }, A, '2')).toBe(false);
    expect(isAbove({ [A]: '2' }, A, '3')).toBe(true);
    expect(isAbove({ [A]: '2' }, 'constructor', '1')).toBe(true);
  });

  it('a union takes the higher timestamp per node; missingFrom names the nodes a vector lacks', () => {
    expect(unionOf({ [A]: '2', [B]: '5' }, { [A]: '3', [B]: '1', c: '1' })).toEqual({ [A]: '3', [B]: '5', c: '1' });
    expect(missingFrom({ [A]: '3' }, { [A]: '3' })).toEqual([]);
    expect(missingFrom({ [A]: '3' }, { [B]: '1', [A]: '4' })).toEqual([A, B]);
  });
});

let clock = Date.UTC(2026, 10, 23, 9);
const now = () => clock;

function edit(store: Store, name: string): void {
  clock += 1000;
  writeChanges(store, [{ table: 'schools', row: uuidv7(clock), values: { name, code: '', grades: '', archived: 0, deleted: 0 } }]);
}

async function send(from: Store, to: Store, sincePeer: string | null = null): Promise<number> {
  const { bytes, manifest } = exportBundle(from, path.join(tempDir(), `${uuidv7()}.fbundle`), { sincePeer });
  await importBundle(to, bytes, 'b.fbundle');
  return manifest.ops;
}

const opIds = (store: Store) => new Set(readOps(store).map((o) => o.opId));

describe('vectors in the store', () => {
  it("learns a peer's vector only from bundles imported from it, and the ops above it are exactly what the peer lacks", async () => {
    const [x, y, z] = [tempStore({ now }), tempStore({ now }), tempStore({ now })];
    edit(x, 'X one');
    edit(y, 'Y one');
    edit(z, 'Z one');
    await send(x, y);
    expect(peerVector(x.db, y.nodeId), 'a bundle sent proves nothing').toEqual({});
    expect(peerVector(y.db, x.nodeId)).toEqual(replicaVector(x.db));
    await send(y, z);
    await send(z, x);
    expect(peerVector(x.db, z.nodeId)).toEqual(replicaVector(z.db));
    edit(x, 'X two');
    edit(y, 'Y two');
    // What x sends z is what z lacks of x's ops, no more.
    const lacking = [...opIds(x)].filter((id) => !opIds(z).has(id));
    expect(opsAbove(x.db, peerVector(x.db, z.nodeId)).map((o) => o.opId).sort()).toEqual(lacking.sort());
    expect(await send(x, z, z.nodeId)).toBe(lacking.length);
    expect(opIds(z)).toEqual(opIds(x));
    expect(replicaVector(z.db)).toEqual(replicaVector(x.db));
  });
});
