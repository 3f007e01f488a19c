// A real backend on a real SQLite file in a temp directory, reached through
// the same typed Api the renderer uses. For component and integration tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { makeApi, type Api } from '../../shared/contract.js';
import { callMethod, createBackend } from '../../db/backend.js';
import { openStore, type Store } from '../../db/store.js';

/** A temp-dir maker for one test file; every directory it made is removed after the file's tests. */
export function tempDirsFor(prefix: string): () => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = makeTempDir(prefix);
    dirs.push(dir);
    return dir;
  };
}

export function makeTempDir(prefix = 'fieldbook-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** `changes`: the store's announcements, as a shell passes them to the page. */
export async function openTestApi(dataDir: string = makeTempDir()): Promise<{ api: Api; changes: Store['changes']; dataDir: string; close(): void }> {
  const store = openStore({ dataDir });
  const backend = createBackend(store);
  const api = makeApi((method, input) => callMethod(backend, method, input));
  return { api, changes: store.changes, dataDir, close: () => store.close() };
}
