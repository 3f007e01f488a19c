// The hub's HTTP surface, in-process over SQLite: health, enrolment codes
// (once, either case, with or without dashes), JSON errors with sentences,
// size and rate limits, gzip, one JSON log line per request with no secrets
// or values, opaque cursors, paged pulls in sequence order, and a snapshot
// that holds only each field's winning op.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDistrict, issueCode } from '../../hub/admin.js';
import type { RateLimit } from '../../hub/rateLimit.js';
import { startHub, type RunningHub } from '../../hub/serve.js';
import { openSqliteStorage } from '../../hub/storage/sqlite.js';
import type { Op } from '../../db/ops.js';
import { noteInput, setUpBackend, startTestObservation } from '../support/observationBackend.js';
import { readOps, tempDir } from '../support/stores.js';

const hubs: RunningHub[] = [];
afterEach(async () => {
  for (const hub of hubs.splice(0)) await hub.close();
});

async function hubWith(options: { maxBodyBytes?: number; rateLimit?: RateLimit } = {}) {
  const file = path.join(tempDir(), 'hub.sqlite');
  const storage = openSqliteStorage(file);
  await storage.migrate();
  const districtId = await createDistrict(storage, 'Dinuba Unified', Date.now());
  const log: string[] = [];
  const hub = await startHub({ storage, port: 0, host: '127.0.0.1', log: (line) => log.push(line), ...options });
  hubs.push(hub);
  const code = () => issueCode(storage, { districtId, userName: 'Dana Cruz', role: 'district_leader', schools: [], teams: [] }, Date.now());
  const call = async (p: string, init: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const response = await fetch(`${hub.url}${p}`, {
      method: init.body === undefined ? 'GET' : 'POST',
      headers: { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), 'content-type': 'application/json', ...init.headers },
      body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
    });
    return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
  };
  return { hub, file, storage, districtId, log, code, call };
}

/** A device's real ops: an observation with `notes` notes. */
async function deviceOps(notes: number): Promise<{ node: string; ops: Op[] }> {
  const t = setUpBackend();
  const observation = await startTestObservation(t);
  for (let i = 0; i < notes; i++) await t.value('saveNote', noteInput(observation.id, `secret note ${i}`, { atMs: i * 1000 }));
  return { node: t.store.nodeId, ops: readOps(t.store) };
}

describe('the hub over HTTP', () => {
  it('answers health, enrols a device once per code (typed in any case, with or without dashes), and says why a code is refused', async () => {
    const h = await hubWith();
    expect((await h.call('/health')).json).toEqual({ ok: true, api: 1, storage: 'sqlite' });
    const code = await h.code();
    expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    const node = '9f2c4a1b7d3e5f60';
    const enrolled = await h.call('/v1/enrol', { body: { code: code.replace(/-/g, '').toLowerCase(), node } });
    expect(enrolled.status).toBe(200);
    expect(enrolled.json).toMatchObject({ districtName: 'Dinuba Unified', userName: 'Dana Cruz', role: 'district_leader', token: expect.stringMatching(/^fbd_/) });
    expect(await h.call('/v1/enrol', { body: { code, node } })).toMatchObject({ status: 401, json: { code: 'code_unknown', message: expect.stringMatching(/already been used/) } });
    expect(await h.call('/v1/enrol', { body: { code: 'AAAAA-BBBBB-CCCCC', node } })).toMatchObject({ status: 401, json: { message: expect.stringMatching(/^That enrolment code is not one this hub issued/) } });
    expect(await h.call('/v1/enrol', { body: '{not json' })).toMatchObject({ status: 400, json: { code: 'invalid_input', message: 'The request body is not JSON.' } });
    expect(await h.call('/v1/pull')).toMatchObject({ status: 401, json: { code: 'token_unknown' } });
    expect(await h.call('/v2/anything')).toMatchObject({ status: 404, json: { code: 'not_found' } });
    const [device] = await h.storage.listDevices();
    expect(device).toMatchObject({ node, userName: 'Dana Cruz', revokedAt: null });
    // Neither the code nor the token is stored as it is: only their SHA-256.
    const db = new Database(h.file, { readonly: true });
    const stored = JSON.stringify([db.prepare('SELECT * FROM enrolment_codes').all(), db.prepare('SELECT * FROM devices').all()]);
    db.close();
    expect(stored).toContain(device!.id);
    expect(stored).not.toContain(code.replace(/-/g, ''));
    expect(stored).not.toContain(enrolled.json.token as string);
  });

  it('pulls in pages in sequence order with an opaque cursor, gzips large answers, and logs one JSON line per request without secrets or values', async () => {
    const h = await hubWith();
    const { node, ops } = await deviceOps(30);
    const token = (await h.call('/v1/enrol', { body: { code: await h.code(), node } })).json.token as string;
    expect((await h.call('/v1/push', { token, body: { ops } })).json).toEqual({ accepted: ops.length, alreadyHad: 0 });
    const pulled: unknown[] = [];
    let cursor = '';
    let pages = 0;
    for (;;) {
      const page = await h.call(`/v1/pull?limit=7&cursor=${encodeURIComponent(cursor)}`, { token });
      pulled.push(...(page.json.ops as unknown[]));
      cursor = page.json.cursor as string;
      pages += 1;
      if (!page.json.more) break;
    }
    expect(pages).toBe(Math.ceil(ops.length / 7) + (ops.length % 7 === 0 ? 1 : 0));
    expect(pulled).toEqual(ops);
    expect((await h.call(`/v1/pull?cursor=${encodeURIComponent(cursor)}`, { token })).json).toEqual({ ops: [], rubrics: [], cursor, more: false });
    expect(await h.call('/v1/pull?cursor=made-up', { token })).toMatchObject({ status: 400, json: { code: 'invalid_input', message: expect.stringMatching(/not one the hub made/) } });

    const big = await h.call('/v1/pull', { token, headers: { 'accept-encoding': 'gzip' } });
    expect(big.headers.get('content-encoding')).toBe('gzip');

    const lines = h.log.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.length).toBe(pages + 5);
    expect(lines[0]).toMatchObject({ method: 'POST', path: '/v1/enrol', status: 200, device: null });
    expect(lines.at(-1)).toMatchObject({ method: 'GET', path: '/v1/pull', status: 200, device: expect.any(String), ms: expect.any(Number) });
    const all = h.log.join('\n');
    expect(all).not.toContain(token);
    expect(all).not.toContain('secret note');
    expect(all).not.toContain('cursor=');
  });

  it('a new device\u2019s snapshot holds each field\u2019s winning op only, in pages, then pulls from where the snapshot ended', async () => {
    const h = await hubWith();
    const t = setUpBackend();
    const observation = await startTestObservation(t);
    const note = noteInput(observation.id, 'first words');
    await t.value('saveNote', note);
    t.advance(1000);
    await t.value('saveNote', { ...note, text: 'second words' });
    const ops = readOps(t.store);
    const token = (await h.call('/v1/enrol', { body: { code: await h.code(), node: t.store.nodeId } })).json.token as string;
    await h.call('/v1/push', { token, body: { ops } });
    const snapshot: Op[] = [];
    let next: string | null = null;
    let cursor: string;
    do {
      const page = await h.call(`/v1/snapshot?limit=4${next ? `&cursor=${encodeURIComponent(next)}` : ''}`, { token });
      snapshot.push(...(page.json.ops as Op[]));
      next = page.json.next as string | null;
      cursor = page.json.cursor as string;
    } while (next);
    const texts = snapshot.filter((op) => op.table === 'notes' && op.column === 'text').map((op) => op.value);
    expect(texts).toEqual(['second words']);
    const fields = new Set(ops.map((op) => `${op.table}.${op.row}.${op.column}`));
    expect(snapshot).toHaveLength(fields.size);
    expect(snapshot.length).toBeLessThan(ops.length);
    expect((await h.call(`/v1/pull?cursor=${encodeURIComponent(cursor)}`, { token })).json).toMatchObject({ ops: [], more: false });
  });

  it('refuses a request larger than the limit with 413 and too many requests from one token with 429, in sentences, storing nothing', async () => {
    const h = await hubWith({ maxBodyBytes: 4096, rateLimit: { burst: 3, perSecond: 0.01 } });
    const { node, ops } = await deviceOps(40);
    const token = (await h.call('/v1/enrol', { body: { code: await h.code(), node } })).json.token as string;
    expect(await h.call('/v1/push', { token, body: { ops } })).toMatchObject({ status: 413, json: { code: 'too_large', message: expect.stringMatching(/smaller batches/) } });
    // The refused upload never reached the token check, so it does not count against the device.
    for (let i = 0; i < 3; i++) expect(await h.call('/v1/pull', { token })).toMatchObject({ status: 200 });
    expect(await h.call('/v1/pull', { token })).toMatchObject({ status: 429, json: { code: 'too_many_requests', message: 'This device is syncing too often; wait a minute and sync again.' } });
    expect(await h.storage.districtSeq(h.districtId)).toBe(0);
  });

  it('refuses a rubric version that does not match its fingerprint, storing nothing of the push', async () => {
    const h = await hubWith();
    const { node, ops } = await deviceOps(1);
    const token = (await h.call('/v1/enrol', { body: { code: await h.code(), node } })).json.token as string;
    const rubric = { id: 'sample-rubric', version: 1, contentHash: '0'.repeat(64), content: '{"id":"sample-rubric"}' };
    expect(await h.call('/v1/push', { token, body: { ops, rubrics: [rubric] } })).toMatchObject({
      status: 400,
      json: { code: 'rubric_refused', message: 'Rubric "sample-rubric" version 1 in this push does not match its fingerprint; nothing was stored.' },
    });
    expect(await h.storage.districtSeq(h.districtId)).toBe(0);
  });
});
