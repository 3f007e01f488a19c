import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbPath } from '../../db/paths.js';
import { openStore } from '../../db/store.js';
import { tempDir, trackStore } from '../support/stores.js';

describe('node identity', () => {
  it('keeps the node id when the same file is reopened', () => {
    const dir = tempDir();
    const first = openStore({ dataDir: dir });
    const id = first.nodeId;
    first.close();
    const again = trackStore(openStore({ dataDir: dir }));
    expect(again.nodeId).toBe(id);
    expect(again.replacedNodeId).toBeNull();
  });

  it('gives a copied database file a new node id, so two installations never share one', () => {
    const source = tempDir();
    const original = openStore({ dataDir: source });
    const id = original.nodeId;
    original.db.pragma('wal_checkpoint(TRUNCATE)');
    original.close();
    const copyDir = tempDir();
    fs.copyFileSync(dbPath(source), path.join(copyDir, path.basename(dbPath(source))));
    const copy = trackStore(openStore({ dataDir: copyDir }));
    expect(copy.nodeId).not.toBe(id);
    expect(copy.nodeId).toMatch(/^[0-9a-f]{16}$/);
    expect(copy.replacedNodeId).toBe(id);
    const reopenedOriginal = trackStore(openStore({ dataDir: source }));
    expect(reopenedOriginal.nodeId).toBe(id);
  });
});
