// The browser host over real HTTP on 127.0.0.1, backed by a real SQLite store
// in a temp directory. The API on 127.0.0.1 is reachable by every web page the
// user visits, so most of these tests are refusals: each checks the status
// code and that the synced state (digest and op count) did not move.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend.js';
import { readStatus } from '../../db/status.js';
import { openStore, type Store } from '../../db/store.js';
import { DEFAULT_MAX_REQUEST_BYTES as MAX_BODY_BYTES } from '../../shared/contract.js';
import { startWebHost, type WebHost } from '../../host/server.js';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.js';
import { makeTempDir } from '../support/inProcessApi.js';

const INDEX_HTML = '<!doctype html><html><head><title>Fieldbook test</title><script type="module" src="/assets/app.js"></script></head><body>INDEX-MARKER</body></html>';
const APP_JS = 'console.log("APP-JS-MARKER");';
const OUTSIDE_SECRET = 'OUTSIDE-RENDERER-SECRET';

let root: string;
let rendererDir: string;
let store: Store;
let host: WebHost;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface RequestOptions {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** http.request rather than fetch: fetch neither lets us set Host nor sends a path like /../x verbatim. */
function request(opts: RequestOptions): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

function authed(extra: Record<string, string> = {}): Record<string, string> {
  return { Authorization: `Bearer ${host.secret}`, 'Content-Type': 'application/json', ...extra };
}

function call(method: string, input: unknown, headers: Record<string, string> = authed()): Promise<Reply> {
  return request({ method: 'POST', path: `/api/${method}`, headers, body: JSON.stringify(input) });
}

function snapshot(): { digest: string; ops: number; tables: Record<string, number> } {
  const s = readStatus(store);
  return { digest: s.digest, ops: s.ops, tables: s.tables };
}

/** Runs `action` and checks that it left the synced state exactly as it was. */
async function expectUnchanged(action: () => Promise<Reply>): Promise<Reply> {
  const before = snapshot();
  const reply = await action();
  expect(snapshot()).toEqual(before);
  return reply;
}

function errorOf(reply: Reply): { code: string; message: string } {
  const parsed = JSON.parse(reply.body) as { ok: boolean; error: { code: string; message: string } };
  expect(parsed.ok).toBe(false);
  return parsed.error;
}

beforeAll(async () => {
  root = makeTempDir('fieldbook-host-');
  rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), APP_JS);
  fs.writeFileSync(path.join(rendererDir, '.hidden'), OUTSIDE_SECRET);
  // Files next to (outside) the renderer directory that traversal must never reach.
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: OUTSIDE_SECRET }));
  fs.writeFileSync(path.join(root, 'x'), OUTSIDE_SECRET);
  store = openStore({ dataDir: path.join(root, 'data') });
  host = await startWebHost({ backend: createBackend(store), rendererDir, port: 0 });
  // Some data, so that "nothing changed" compares a non-empty state.
  const seeded = await call('saveSchool', { name: 'Seed Elementary', code: 'SE', grades: 'K-5' });
  expect(seeded.status).toBe(200);
});

afterAll(async () => {
  await host?.close();
  store?.close();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('startWebHost', () => {
  it('listens on 127.0.0.1 with a real port and puts the secret only in the URL fragment', () => {
    expect(host.port).toBeGreaterThan(0);
    expect(host.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#secret=${host.secret}`);
  });
});

describe('API calls with the secret', () => {
  it('saves a school and lists it back, through the store', async () => {
    const before = snapshot();
    const saved = await call('saveSchool', { name: 'Larkspur Academy', code: 'LA', grades: '6-8' });
    expect(saved.status).toBe(200);
    expect(saved.headers['content-type']).toMatch(/^application\/json/);
    const school = (JSON.parse(saved.body) as { ok: true; value: { id: string; name: string } }).value;
    expect(school.name).toBe('Larkspur Academy');

    const listed = await call('listSchools', {});
    expect(listed.status).toBe(200);
    const names = (JSON.parse(listed.body) as { value: { name: string }[] }).value.map((s) => s.name);
    expect(names).toContain('Larkspur Academy');

    const after = snapshot();
    expect(after.digest).not.toBe(before.digest);
    expect(after.tables.schools).toBe(before.tables.schools! + 1);
    expect(store.db.prepare('SELECT name FROM schools WHERE id = ?').pluck().get(school.id)).toBe('Larkspur Academy');
  });

  it('accepts our own Origin, localhost as Host, and Sec-Fetch-Site same-origin', async () => {
    const own = await call('listSchools', {}, authed({ Origin: `http://127.0.0.1:${host.port}`, 'Sec-Fetch-Site': 'same-origin' }));
    expect(own.status).toBe(200);
    const viaLocalhost = await call('listSchools', {}, authed({ Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` }));
    expect(viaLocalhost.status).toBe(200);
  });

  it('treats an empty body as no input', async () => {
    const reply = await request({ method: 'POST', path: '/api/getAppInfo', headers: authed() });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { schemaVersion: store.schemaVersion, nodeId: store.nodeId } });
  });
});

describe('API calls that must be refused and change nothing', () => {
  const school = { name: 'Intruder High', code: 'IH', grades: '9-12' };

  it('refuses a call without the secret with 401', async () => {
    const reply = await expectUnchanged(() => call('saveSchool', school, { 'Content-Type': 'application/json' }));
    expect(reply.status).toBe(401);
    expect(errorOf(reply).code).toBe('unauthorized');
  });

  it('refuses a wrong secret with 401, of the right length or not, and other schemes', async () => {
    const sameLength = host.secret.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    for (const auth of [`Bearer ${sameLength}`, 'Bearer nope', `Bearer ${host.secret}x`, `bearer ${host.secret}`, `Basic ${host.secret}`, 'Bearer ']) {
      const reply = await expectUnchanged(() => call('saveSchool', school, authed({ Authorization: auth })));
      expect(reply.status, auth).toBe(401);
      expect(errorOf(reply).code).toBe('unauthorized');
    }
  });

  it('refuses a foreign Host header (DNS rebinding) even with the secret', async () => {
    const otherPort = host.port === 65535 ? host.port - 1 : host.port + 1;
    for (const h of [`evil.example:${host.port}`, `127.0.0.1:${otherPort}`, 'evil.example', '127.0.0.1', `127.0.0.1.evil.example:${host.port}`, `[::1]:${host.port}`]) {
      const reply = await expectUnchanged(() => call('saveSchool', school, authed({ Host: h })));
      expect(reply.status, h).toBeGreaterThanOrEqual(400);
      expect(reply.status, h).toBeLessThan(500);
      expect(reply.body).not.toContain('Intruder');
    }
  });

  it('refuses a foreign Host header for GET / too, without serving the page', async () => {
    const reply = await request({ path: '/', headers: { Host: `evil.example:${host.port}` } });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    expect(reply.body).not.toContain('INDEX-MARKER');
  });

  it('refuses a foreign Origin with 403 even with the secret', async () => {
    for (const origin of ['http://evil.example', `http://evil.example:${host.port}`, `https://127.0.0.1:${host.port}`, 'null', `http://127.0.0.1:${host.port}.evil.example`]) {
      const reply = await expectUnchanged(() => call('saveSchool', school, authed({ Origin: origin })));
      expect(reply.status, origin).toBe(403);
      expect(errorOf(reply).code).toBe('forbidden');
    }
  });

  it('refuses Sec-Fetch-Site cross-site and same-site with 403', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const reply = await expectUnchanged(() => call('saveSchool', school, authed({ 'Sec-Fetch-Site': site })));
      expect(reply.status, site).toBe(403);
    }
  });

  it('refuses a body that is not JSON by content type with 400', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const reply = await expectUnchanged(() => call('saveSchool', school, authed({ 'Content-Type': type })));
      expect(reply.status, type).toBe(400);
      expect(errorOf(reply).code).toBe('invalid_input');
    }
    const missing = await expectUnchanged(() =>
      request({ method: 'POST', path: '/api/saveSchool', headers: { Authorization: `Bearer ${host.secret}` }, body: JSON.stringify(school) }),
    );
    expect(missing.status).toBe(400);
  });

  it('refuses invalid JSON with 400 and a clear message', async () => {
    const reply = await expectUnchanged(() =>
      request({ method: 'POST', path: '/api/saveSchool', headers: authed(), body: '{"name": "Broken",' }),
    );
    expect(reply.status).toBe(400);
    expect(errorOf(reply)).toEqual({ code: 'invalid_input', message: 'The request body is not valid JSON.' });
  });

  it('refuses a body over 1 MiB with a 4xx', async () => {
    const big = JSON.stringify({ name: 'Huge', code: 'x'.repeat(MAX_BODY_BYTES + 16), grades: '' });
    // A reset connection is not an answer: the page would only see "network error".
    const reply = await expectUnchanged(() =>
      request({ method: 'POST', path: '/api/saveSchool', headers: authed(), body: big }).catch((err: Error) => ({
        status: 0,
        headers: {},
        body: `no HTTP answer, the connection failed: ${err.message}`,
      })),
    );
    expect(reply.status, reply.body).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    // The server still answers normally afterwards.
    expect((await call('listSchools', {})).status).toBe(200);
  });

  it('takes an attachment larger than a form, up to the upload limit, and refuses one past it', async () => {
    const started = JSON.parse((await call('startObservation', { teacherLabel: 'Room 4', rubric: { id: 'tru-math', version: 1 } })).body) as { value: { id: string } };
    const photo = Buffer.concat([Buffer.from('ffd8ffe0', 'hex'), Buffer.alloc(3 * 1024 * 1024, 7)]);
    const reply = await call('addAttachment', { observationId: started.value.id, name: 'work.jpg', dataBase64: photo.toString('base64') });
    expect(reply.status, reply.body).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { mime: 'image/jpeg', size: photo.length } });
    const huge = Buffer.alloc(16 * 1024 * 1024, 1).toString('base64');
    const refused = await expectUnchanged(() => call('addAttachment', { observationId: started.value.id, name: 'huge.jpg', dataBase64: huge }));
    expect(refused.status).toBe(413);
    expect(errorOf(refused).message).toBe('The request is larger than 20 MB.');
  });

  it('answers an unknown method with 404 unknown_method', async () => {
    for (const name of ['nosuch', 'constructor', '__proto__', 'toString']) {
      const reply = await expectUnchanged(() => call(name, {}));
      expect(reply.status, name).toBe(404);
      expect(errorOf(reply).code).toBe('unknown_method');
    }
  });

  it('refuses API calls that are not POST', async () => {
    const reply = await expectUnchanged(() => request({ method: 'GET', path: '/api/listSchools', headers: authed() }));
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
  });

  it('refuses invalid input with 400, a readable sentence and no stack trace or file path', async () => {
    const cases: [unknown, RegExp][] = [
      [{ name: '' }, /School name cannot be empty/],
      [{ name: '   ' }, /School name cannot be empty/],
      [{ name: 'Ok', extra: 1 }, /extra/i],
      [{ id: 'not-an-id', name: 'Ok' }, /UUIDv7/],
      [[1, 2], /./],
      ['just a string', /./],
    ];
    for (const [input, message] of cases) {
      const reply = await expectUnchanged(() => call('saveSchool', input));
      expect(reply.status, JSON.stringify(input)).toBe(400);
      const error = errorOf(reply);
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(message);
      expect(reply.body).not.toMatch(/\n\s+at /);
      expect(reply.body).not.toMatch(/\bat [^ ]+ \(/);
      expect(reply.body).not.toMatch(/\.(ts|js|mjs|cjs):\d+/);
      expect(reply.body).not.toContain(root);
      expect(reply.body).not.toMatch(/\/(work|home|tmp|node_modules)\//);
    }
  });

  it('answers a missing school with 404 not_found and changes nothing', async () => {
    const reply = await expectUnchanged(() => call('setSchoolArchived', { id: '01890000-0000-7000-8000-000000000000', archived: true }));
    expect(reply.status).toBe(404);
    expect(errorOf(reply).code).toBe('not_found');
  });
});

describe('serving the renderer', () => {
  it('serves index.html at / with the Content-Security-Policy and other security headers', async () => {
    const reply = await request({ path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(INDEX_HTML);
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['x-frame-options']).toBe('DENY');
  });

  it('serves a script from the renderer with a JavaScript content type', async () => {
    const reply = await request({ path: '/assets/app.js' });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(APP_JS);
    expect(reply.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('serves index.html for extensionless client-side routes', async () => {
    for (const route of ['/settings', '/observe/new', '/settings?tab=device']) {
      const reply = await request({ path: route });
      expect(reply.status, route).toBe(200);
      expect(reply.body).toBe(INDEX_HTML);
    }
  });

  it('answers 404 for a missing file', async () => {
    const reply = await request({ path: '/assets/missing.js' });
    expect(reply.status).toBe(404);
  });

  it('never serves a file outside the renderer directory, nor hidden files', async () => {
    const paths = [
      '/../package.json',
      '/../x',
      '/%2e%2e/x',
      '/%2e%2e/package.json',
      '/..%2fx',
      '/%2e%2e%2fx',
      '/assets/../../x',
      '/assets/%2e%2e/%2e%2e/x',
      '/assets/..%2f..%2fx',
      '/assets/..%5c..%5cx',
      '/%252e%252e/x',
      '/assets/%00',
      '/assets/app.js%00.html',
      '/%c0%ae%c0%ae/x',
      '/.hidden',
      '/%2ehidden',
      '//x',
      '/C:%5cWindows',
    ];
    for (const p of paths) {
      const reply = await request({ path: p });
      expect([400, 404], p).toContain(reply.status);
      expect(reply.body, p).not.toContain(OUTSIDE_SECRET);
      expect(reply.body, p).not.toContain('INDEX-MARKER');
    }
  });

  it('refuses to write through GET-only paths', async () => {
    const reply = await request({ method: 'PUT', path: '/index.html', body: 'overwritten' });
    expect(reply.status).toBe(405);
    expect(fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8')).toBe(INDEX_HTML);
  });
});

describe('a restart under an open tab (issue #19, bug 2)', () => {
  const post = (port: number, key: string | null, pathname = '/api/listSchools') =>
    fetch(`http://127.0.0.1:${port}${pathname}`, {
      method: pathname === '/events' ? 'GET' : 'POST',
      headers: { 'Content-Type': 'application/json', ...(key === null ? {} : { Authorization: `Bearer ${key}` }) },
      body: pathname === '/events' ? undefined : '{}',
    });

  it('refuses the key of the earlier start, for calls and the change stream, saying Fieldbook was restarted and how to reconnect; takes its own', async () => {
    const first = await startWebHost({ backend: createBackend(store), rendererDir, port: 0 });
    const stream = await post(first.port, first.secret, '/events');
    expect(stream.status).toBe(200);
    await first.close();
    // The open stream ends with the host, so the tab notices at once.
    await expect(stream.text()).rejects.toThrow();

    const second = await startWebHost({ backend: createBackend(store), rendererDir, port: first.port });
    try {
      expect(second.port).toBe(first.port);
      expect(second.secret).not.toBe(first.secret);
      for (const pathname of ['/api/listSchools', '/events']) {
        const before = snapshot();
        const refused = await post(second.port, first.secret, pathname);
        expect(refused.status, pathname).toBe(401);
        // The standard way to say "this bearer key is not valid": the page tells it apart from a hub that refused the device.
        expect(refused.headers.get('www-authenticate'), pathname).toBe('Bearer realm="Fieldbook", error="invalid_token"');
        const { error } = (await refused.json()) as { error: { code: string; message: string } };
        expect(error.code).toBe('unauthorized');
        expect(error.message).toMatch(/restarted/);
        expect(error.message).toMatch(/paste the address it printed/i);
        expect(snapshot()).toEqual(before);
      }
      expect((await post(second.port, second.secret)).status).toBe(200);
      const listening = await post(second.port, second.secret, '/events');
      expect(listening.status).toBe(200);
      await listening.body?.cancel();
    } finally {
      await second.close();
    }
  });

  it('asks a request without a key for the printed address, without saying Fieldbook was restarted', async () => {
    for (const pathname of ['/api/listSchools', '/events']) {
      const refused = await post(host.port, null, pathname);
      expect(refused.status, pathname).toBe(401);
      expect(refused.headers.get('www-authenticate'), pathname).toBe('Bearer realm="Fieldbook"');
      const { error } = (await refused.json()) as { error: { code: string; message: string } };
      expect(error.message).toMatch(/open the address Fieldbook printed/);
      expect(error.message).not.toMatch(/restarted/);
    }
  });

  it('serves the page to a tab that moves itself here from another port of this computer (Fieldbook started again on a new port), and nothing else from there', async () => {
    const navigation = { 'Sec-Fetch-Site': 'same-site', 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'document', 'Sec-Fetch-User': '?1' };
    const page = await request({ path: '/', headers: navigation });
    expect(page.status).toBe(200);
    expect(page.body).toBe(INDEX_HTML);
    const refused: [string, RequestOptions][] = [
      ['a call', { method: 'POST', path: '/api/listSchools', headers: authed(navigation), body: '{}' }],
      ['the stream', { path: '/events', headers: authed(navigation) }],
      ['a script', { path: '/assets/app.js', headers: { 'Sec-Fetch-Site': 'same-site', 'Sec-Fetch-Mode': 'no-cors', 'Sec-Fetch-Dest': 'script' } }],
      ['a frame', { path: '/', headers: { ...navigation, 'Sec-Fetch-Dest': 'iframe' } }],
      ['another site', { path: '/', headers: { ...navigation, 'Sec-Fetch-Site': 'cross-site' } }],
      ['a POST', { method: 'POST', path: '/', headers: navigation }],
    ];
    for (const [what, options] of refused) {
      const reply = await expectUnchanged(() => request(options));
      expect(reply.status, what).toBe(403);
      expect(reply.body, what).not.toContain('INDEX-MARKER');
    }
  });

  it('answers other refusals (a hub that no longer knows the device) without the key\u2019s header', async () => {
    const reply = await call('syncWithHub', {});
    expect(reply.headers['www-authenticate']).toBeUndefined();
  });
});
