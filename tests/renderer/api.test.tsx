// @vitest-environment jsdom
// The renderer's transports. The HTTP one is checked against a stand-in fetch
// (the browser host itself has its own tests and the e2e journey); the bridge
// one runs over the real backend, as Electron's preload would.
import { afterEach, describe, expect, it } from 'vitest';
import { makeBridge, type CallResult, type MethodName } from '../../shared/contract.js';
import { AppError } from '../../shared/errors.js';
import { connectShell, createBridgeApi, createHttpApi, SECRET_STORAGE_KEY, takeSecretFromLocation } from '../../renderer/api.js';
import { openTestBackend, type TestBackend } from './support/testBackend.js';

const backends: TestBackend[] = [];

afterEach(() => {
  for (const b of backends.splice(0)) b.close();
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
  delete window.fieldbook;
});

interface SentRequest {
  url: string;
  init: RequestInit;
}

function fakeFetch(reply: () => Response | Promise<Response>, sent: SentRequest[] = []): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return reply();
  }) as typeof fetch;
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected the call to fail');
}

describe('browser host secret', () => {
  it('takes the secret from the address, keeps it for the tab and removes it from the URL', () => {
    window.history.replaceState(null, '', '/#secret=00ff9a');
    expect(takeSecretFromLocation()).toBe('00ff9a');
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain('00ff9a');
    expect(window.sessionStorage.getItem(SECRET_STORAGE_KEY)).toBe('00ff9a');
    // A reload has no secret in the address any more, and still works.
    expect(takeSecretFromLocation()).toBe('00ff9a');
  });

  it('ignores a section hash and anything that is not hex', () => {
    window.history.replaceState(null, '', '/#/people');
    expect(takeSecretFromLocation()).toBeNull();
    expect(window.location.hash).toBe('#/people');
    window.history.replaceState(null, '', '/#secret=<script>');
    expect(takeSecretFromLocation()).toBeNull();
  });
});

describe('HTTP transport', () => {
  it('posts JSON to /api/<method> with the secret as a bearer token', async () => {
    const sent: SentRequest[] = [];
    const api = createHttpApi('abc123', fakeFetch(() => json({ ok: true, value: [] }), sent));
    expect(await api.listSchools({ includeArchived: true })).toEqual([]);
    expect(sent).toHaveLength(1);
    const [{ url, init }] = sent as [SentRequest];
    expect(url).toBe('/api/listSchools');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ Authorization: 'Bearer abc123', 'Content-Type': 'application/json' });
    expect(JSON.parse(String(init.body))).toEqual({ includeArchived: true });
  });

  it('turns an error reply (also on 4xx) into an AppError with its sentence', async () => {
    const api = createHttpApi('abc123', fakeFetch(() => json({ ok: false, error: { code: 'unauthorized', message: 'Wrong key.' } }, 401)));
    const error = await rejection(api.getSettings({}));
    expect(error.code).toBe('unauthorized');
    expect(error.message).toBe('Wrong key.');
  });

  it('says clearly when the local server cannot be reached', async () => {
    const api = createHttpApi('abc123', fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))));
    const error = await rejection(api.getSettings({}));
    expect(error.message).toMatch(/could not reach its local server/);
  });

  it('says clearly when the reply is not a result', async () => {
    const api = createHttpApi('abc123', fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 })));
    expect((await rejection(api.getSettings({}))).message).toMatch(/could not read/);
  });

  it('does not call the server without a secret', async () => {
    const sent: SentRequest[] = [];
    const api = createHttpApi(null, fakeFetch(() => json({ ok: true, value: {} }), sent));
    const error = await rejection(api.getSettings({}));
    expect(error.code).toBe('unauthorized');
    expect(error.message).toMatch(/opened without its access key/);
    expect(sent).toEqual([]);
  });
});

describe('Electron bridge transport', () => {
  async function realBridge() {
    const backend = await openTestBackend();
    backends.push(backend);
    // What the preload exposes: CallResults, never exceptions.
    return makeBridge(async (method: MethodName, input: unknown): Promise<CallResult> => {
      try {
        const call = backend.api[method] as (input: unknown) => Promise<unknown>;
        return { ok: true, value: await call(input) };
      } catch (error) {
        const e = error as AppError;
        return { ok: false, error: { code: e.code, message: e.message } };
      }
    });
  }

  it('is chosen when the preload provides window.fieldbook, and reaches the backend', async () => {
    window.fieldbook = await realBridge();
    const { api } = connectShell();
    expect(await api.getSettings({})).toMatchObject({ firstRunDone: false });
    const error = await rejection(api.saveSchool({ name: '' }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/School name cannot be empty/);
  });

  it('says clearly when the bridge itself fails', async () => {
    const bridge = makeBridge(() => Promise.reject(new Error('IPC closed')));
    const error = await rejection(createBridgeApi(bridge).getSettings({}));
    expect(error.message).toMatch(/could not reach its background process/);
  });
});
