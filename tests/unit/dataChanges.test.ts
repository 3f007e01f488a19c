// Screens follow the data: every apply announces the tables it wrote (a local
// edit, another device's changes), once per piece of work, and nothing for a
// repeat that changed nothing; the browser host streams the announcements at
// GET /events to a page holding the session's secret, and the renderer's
// reader of that stream hands them to listeners, also across a restart of the
// host with a new key (issue #19, bug 2). Real stores, real HTTP.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend.js';
import { createChangeFeed } from '../../db/changeFeed.js';
import { startWebHost, type WebHost } from '../../host/server.js';
import { createHttpDataChanges, EVERYTHING_CHANGED, readEventLines } from '../../renderer/dataChanges.js';
import { createHostConnection } from '../../renderer/hostConnection.js';
import type { DataChange } from '../../shared/sync/dataChange.js';
import { syncInto } from '../support/lessonStudy.js';
import { setUpBackend } from '../support/observationBackend.js';
import { makeTempDir } from '../support/inProcessApi.js';

/** Everything announced until the next turn of the event loop has delivered it. */
async function heard(feed: { subscribe(listener: (c: DataChange) => void): () => void }, act: () => unknown): Promise<DataChange[]> {
  const changes: DataChange[] = [];
  const stop = feed.subscribe((c) => changes.push(c));
  await act();
  await new Promise((resolve) => setImmediate(resolve));
  stop();
  return changes;
}

const hosts: WebHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

describe('the store announces what changed', () => {
  it('gathers the announcements of one piece of work into one, and stops telling a listener that left', async () => {
    const feed = createChangeFeed();
    const changes = await heard(feed, () => {
      feed.announce({ tables: ['notes', 'conflicts'] });
      feed.announce({ tables: ['observations', 'notes'] });
      feed.announce({ hub: true });
    });
    expect(changes).toEqual([{ tables: ['conflicts', 'notes', 'observations'], hub: true }]);
    expect(await heard({ subscribe: () => () => undefined }, () => feed.announce({ tables: ['schools'] }))).toEqual([]);
  });

  it('announces a local edit and another device\u2019s changes by table, the conflict list when it changed, and nothing for changes it already had', async () => {
    const a = setUpBackend();
    const b = setUpBackend();
    const school = await a.value<{ id: string }>('saveSchool', { name: 'Adams Elementary', code: '014', grades: 'K-5' });
    expect(await heard(a.store.changes, () => a.value('saveSchool', { id: school.id, name: 'Adams Elementary', code: '014', grades: 'K-6' }))).toEqual([{ tables: ['schools'], hub: false }]);
    syncInto(b.store, a.store);
    await b.value('savePerson', { name: 'Dana Rivera', roles: ['teacher'] });
    await b.value('saveSchool', { id: school.id, name: 'Adams Elementary', code: '014', grades: 'TK-5' });
    await a.value('saveSchool', { id: school.id, name: 'Adams Elementary', code: '014', grades: 'K-8' });
    // B's grades and A's were written without either seeing the other: the list of conflicts changed too.
    expect(await heard(a.store.changes, () => syncInto(a.store, b.store))).toEqual([{ tables: ['conflicts', 'people', 'schools'], hub: false }]);
    expect(await heard(a.store.changes, () => syncInto(a.store, b.store))).toEqual([]);
    // A read changes nothing and says nothing.
    expect(await heard(a.store.changes, () => a.value('listSchools', {}))).toEqual([]);
  });
});

describe('the browser host streams what changed', () => {
  async function hostOn(t: ReturnType<typeof setUpBackend>, port = 0): Promise<WebHost> {
    const rendererDir = makeTempDir('fieldbook-events-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>x</title>');
    const host = await startWebHost({ backend: createBackend(t.store), rendererDir, port, changes: t.store.changes });
    hosts.push(host);
    return host;
  }

  it('to a page with the secret, as the renderer reads it; without the secret, or from another site, it is refused', async () => {
    const t = setUpBackend();
    const host = await hostOn(t);
    const origin = `http://127.0.0.1:${host.port}`;
    expect((await fetch(`${origin}/events`)).status).toBe(401);
    expect((await fetch(`${origin}/events`, { headers: { Authorization: `Bearer ${host.secret}`, Origin: 'https://evil.example' } })).status).toBe(403);

    const changes = createHttpDataChanges(host.secret, (url, init) => fetch(`${origin}${String(url)}`, init));
    const received: DataChange[] = [];
    const stop = changes.subscribe((c) => received.push(c));
    // Until the stream is open nothing can be heard; an edit every moment shows when it is.
    await expect
      .poll(async () => {
        await t.value('saveSchool', { name: `Adams ${received.length}`, code: '014', grades: 'K-5' });
        return received.length;
      })
      .toBeGreaterThan(0);
    stop();
    expect(received[0]).toEqual({ tables: ['schools'], hub: false });
  });

  it('comes back after the host restarts with a new key: the old key is refused and said so, and with the new one it listens again at once and says anything may have changed', async () => {
    const t = setUpBackend();
    const first = await hostOn(t);
    const connection = createHostConnection(first.secret);
    const changes = createHttpDataChanges(connection, (url, init) => fetch(`http://127.0.0.1:${first.port}${String(url)}`, init));
    const received: DataChange[] = [];
    const stop = changes.subscribe((c) => received.push(c));
    const heardAnEdit = async () => {
      await t.value('saveSchool', { name: `Adams ${received.length}`, code: '014', grades: 'K-5' });
      return received.some((c) => c.tables.includes('schools') && c.tables.length === 1);
    };
    await expect.poll(heardAnEdit).toBe(true);

    await first.close();
    hosts.splice(hosts.indexOf(first), 1);
    const second = await hostOn(t, first.port);
    await expect.poll(() => connection.problem(), { timeout: 10_000 }).toBe('key_refused');

    received.length = 0;
    connection.useKey(second.secret);
    // At once, not after the next pause of its retries (seconds by now).
    await expect.poll(() => received, { timeout: 700, interval: 20 }).toContainEqual(EVERYTHING_CHANGED);
    received.length = 0;
    await expect.poll(heardAnEdit).toBe(true);
    expect(connection.problem()).toBeNull();
    stop();
  });

  it('reads data lines split across chunks and passes over comments and lines that are not changes', () => {
    const first = readEventLines(': listening\n\ndata: {"tables":["notes"],"hub":false}\n\ndata: {"tab');
    expect(first.changes).toEqual([{ tables: ['notes'], hub: false }]);
    const second = readEventLines(`${first.rest}les":[],"hub":true}\n\ndata: not json\n\ndata: {"tables":"x"}\n\n`);
    expect(second).toEqual({ changes: [{ tables: [], hub: true }], rest: '' });
  });
});
