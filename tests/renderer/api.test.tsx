// @vitest-environment jsdom
// The renderer's transports. The HTTP one is checked against a stand-in fetch
// (the browser host itself has its own tests and the e2e journey); the bridge
// one runs over the real backend, as Electron's preload would. A tab of the
// browser host outlives a restart of the host (issue #19, bug 2): it knows
// when the host refused its key, says so, and takes the new address pasted
// into its address bar or its box, at once.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { makeBridge, type CallResult, type MethodName } from '../../shared/contract.js';
import { AppError } from '../../shared/errors.js';
import { connectShell, createBridgeApi, createHttpApi, followSecretInLocation, SECRET_STORAGE_KEY, takeSecretFromLocation } from '../../renderer/api.js';
import { App } from '../../renderer/App.js';
import { createHostConnection, readPastedAddress } from '../../renderer/hostConnection.js';
import { openTestBackend, type TestBackend } from './support/testBackend.js';

const backends: TestBackend[] = [];

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  cleanup();
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

/** What the browser host answers a key that is not this start's (host/server.ts). */
const keyRefused = () =>
  new Response(JSON.stringify({ ok: false, error: { code: 'unauthorized', message: 'This key is from an earlier start of Fieldbook.' } }), {
    status: 401,
    headers: { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer realm="Fieldbook", error="invalid_token"' },
  });

const keyOf = (init: RequestInit) => (init.headers as Record<string, string>).Authorization;

const stops: (() => void)[] = [];

/** The browser host over a real backend: it answers its key and refuses any other, until restart() gives it a new one. */
async function restartedHost(key: string): Promise<{ backend: TestBackend; fetch: typeof fetch; restart(next: string): void }> {
  const backend = await openTestBackend();
  backends.push(backend);
  let current = key;
  const answer = (async (url: string, init: RequestInit) => {
    if (keyOf(init) !== `Bearer ${current}`) return keyRefused();
    const call = backend.api[url.slice('/api/'.length) as MethodName] as (input: unknown) => Promise<unknown>;
    try {
      return json({ ok: true, value: await call(JSON.parse(String(init.body))) });
    } catch (error) {
      const e = error as AppError;
      return json({ ok: false, error: { code: e.code, message: e.message } }, 400);
    }
  }) as typeof fetch;
  return { backend, fetch: answer, restart: (next) => (current = next) };
}

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

describe('a tab that outlives a restart of the browser host', () => {
  it('takes a new address pasted into the open tab (a hashchange, no reload) at once: the next call carries its key, which leaves the URL, and the section stays', async () => {
    window.history.replaceState(null, '', '/#secret=00aa');
    const connection = createHostConnection(takeSecretFromLocation(), window.sessionStorage);
    const stop = followSecretInLocation(connection);
    window.history.pushState(null, '', '/#/people');
    const sent: SentRequest[] = [];
    const api = createHttpApi(connection, fakeFetch(() => json({ ok: true, value: [] }), sent));

    // What the address bar does with http://127.0.0.1:PORT/#secret=11bb on the same page.
    window.location.hash = '#secret=11bb';
    await waitFor(() => expect(connection.key()).toBe('11bb'));
    expect(window.location.hash).toBe('#/people');
    expect(window.location.href).not.toContain('11bb');
    expect(window.sessionStorage.getItem(SECRET_STORAGE_KEY)).toBe('11bb');
    await api.listSchools({});
    expect(keyOf(sent[0]!.init)).toBe('Bearer 11bb');

    // A section link is not a key, and a stopped listener takes nothing.
    window.location.hash = '#/schools';
    stop();
    window.location.hash = '#secret=22cc';
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(connection.key()).toBe('11bb');
  });

  it('knows when the host refused its key, apart from a hub that refused the device or a host that does not answer', async () => {
    const connection = createHostConnection('00aa');
    let reply: () => Response | Promise<Response> = keyRefused;
    const api = createHttpApi(connection, fakeFetch(() => reply()));
    expect(connection.problem()).toBeNull();
    const changed: (string | null)[] = [];
    connection.subscribe(() => changed.push(connection.problem()));

    expect((await rejection(api.getSettings({}))).code).toBe('unauthorized');
    expect(connection.problem()).toBe('key_refused');

    // The hub's refusal passes through the host with the same code, but the host took the key.
    reply = () => json({ ok: false, error: { code: 'unauthorized', message: 'The hub no longer knows this device.' } }, 401);
    connection.useKey('11bb');
    await rejection(api.syncWithHub({}));
    expect(connection.problem()).toBeNull();

    reply = () => Promise.reject(new TypeError('Failed to fetch'));
    await rejection(api.getSettings({}));
    expect(connection.problem()).toBe('unreachable');
    reply = () => json({ ok: true, value: [] });
    await api.listSchools({});
    expect(connection.problem()).toBeNull();
    expect(changed).toEqual(['key_refused', null, 'unreachable', null]);

    expect(createHostConnection(null).problem()).toBe('no_key');
  });

  it('does not hold a refusal of the old key, answered after the new key was given, against the new one', async () => {
    const connection = createHostConnection('00aa');
    let answer: (r: Response) => void = () => undefined;
    const api = createHttpApi(connection, (() => new Promise<Response>((resolve) => (answer = resolve))) as typeof fetch);
    const pending = rejection(api.getSettings({}));
    connection.useKey('11bb');
    answer(keyRefused());
    await pending;
    expect(connection.problem()).toBeNull();
  });

  it('after a reload on the old key, says Fieldbook was restarted instead of a "Try again" that fails, and the address pasted into its box opens the app', async () => {
    const host = await restartedHost('feed01');
    const connection = createHostConnection('0ld0', window.sessionStorage);
    const user = userEvent.setup();
    render(<App api={createHttpApi(connection, host.fetch)} connection={connection} />);

    const notice = await screen.findByText(/Fieldbook was restarted/);
    expect(notice.closest('[role="alert"]')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    const box = screen.getByRole('textbox', { name: 'Address Fieldbook printed' });
    await user.type(box, 'http://127.0.0.1:1/');
    await user.click(screen.getByRole('button', { name: 'Reconnect' }));
    expect((await screen.findByText(/^That is not the address Fieldbook printed/)).textContent).toMatch(/#secret=/);
    await user.clear(box);
    await user.type(box, `${window.location.origin}/#secret=feed01`);
    await user.click(screen.getByRole('button', { name: 'Reconnect' }));
    await screen.findByRole('heading', { level: 1, name: 'Welcome to Fieldbook' });
    expect(screen.queryByText(/Fieldbook was restarted/)).toBeNull();
    expect(window.sessionStorage.getItem(SECRET_STORAGE_KEY)).toBe('feed01');
  });

  it('keeps the screen as it was when the address is pasted into the open tab: the section and a half-filled form stay', async () => {
    const host = await restartedHost('feed01');
    await host.backend.api.saveSettings({ firstRunDone: true });
    const connection = createHostConnection('feed01', window.sessionStorage);
    stops.push(followSecretInLocation(connection));
    const user = userEvent.setup();
    render(<App api={createHttpApi(connection, host.fetch)} connection={connection} />);
    await user.click(await screen.findByRole('link', { name: 'People' }));
    await user.click(await screen.findByRole('button', { name: /New person/ }));
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.type(name, 'Farah Aziz');

    host.restart('beef02');
    await user.click(screen.getByRole('checkbox', { name: 'Teacher' }));
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    await screen.findByText(/Fieldbook was restarted/);
    // The pasted address, as Chromium delivers it: popstate at once, hashchange in a later task (with a render between).
    const oldURL = window.location.href;
    window.history.pushState(null, '', '#secret=beef02');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: window.location.href }));
    await waitFor(() => expect(screen.queryByText(/Fieldbook was restarted/)).toBeNull());
    expect(window.location.hash).toBe('#/people');
    expect(screen.getByRole('textbox', { name: 'Name' })).toBe(name);
    expect(name).toHaveProperty('value', 'Farah Aziz');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    await screen.findByRole('rowheader', { name: 'Farah Aziz' });
  });

  it('reads a pasted address: this one gives its key, another Fieldbook port on this computer is opened, anything else is refused in a sentence', () => {
    const here = 'http://127.0.0.1:4000';
    expect(readPastedAddress(' http://127.0.0.1:4000/#secret=ab12\n', here)).toEqual({ kind: 'here', key: 'ab12' });
    expect(readPastedAddress('http://127.0.0.1:4001/#secret=AB12', here)).toEqual({ kind: 'elsewhere', url: 'http://127.0.0.1:4001/#secret=AB12' });
    expect(readPastedAddress('http://localhost:4002/#secret=ab12', here)).toEqual({ kind: 'elsewhere', url: 'http://localhost:4002/#secret=ab12' });
    for (const text of ['', 'not an address', 'http://127.0.0.1:4000/', 'http://127.0.0.1:4000/#secret=zz', 'https://127.0.0.1:4000/#secret=ab12', 'http://evil.example/#secret=ab12', 'http://127.0.0.1/#secret=ab12', 'javascript:alert(1)//#secret=ab12']) {
      const read = readPastedAddress(text, here);
      expect(read.kind, text).toBe('invalid');
      expect(read.kind === 'invalid' && read.message, text).toMatch(/^That is not the address Fieldbook printed/);
    }
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
