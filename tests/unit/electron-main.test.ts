// electron/main.ts, run in plain Node against a fake of Electron's API: the
// real runtime is not needed (nor imported) to check that the shell registers
// its scheme before ready, serves the renderer with the CSP, denies
// permissions, navigation and new windows, checks the IPC sender and validates
// input through the contract, saves the page as a PDF only for its own window,
// and closes the store on quit. The main bundle is
// built with esbuild like build/build.mjs does, with 'electron' and the store
// replaced by fakes; the contract and the backend are the real ones.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface CallResult {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}
interface NavEvent {
  url: string;
  preventDefault: () => void;
}
type Handler = (...args: unknown[]) => unknown;
interface MenuItem {
  role?: string;
  label?: string;
  submenu?: MenuItem[];
}
interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

class FakeWebContents extends EventEmitter {
  mainFrame: FakeFrame = { url: 'app://fieldbook/', parent: null };
  sent: [string, unknown][] = [];
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 fake'));
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

/** Just enough of Electron's main-process API for electron/main.ts. */
function makeFakeElectron(options: { packaged: boolean; appPath: string; userData: string }) {
  const calls: string[] = [];
  let readyResolve: () => void = () => {};
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  let isReady = false;
  const windows: FakeBrowserWindow[] = [];

  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.packaged,
    exitCode: null as number | null,
    requestSingleInstanceLock: () => true,
    enableSandbox: () => calls.push(`enableSandbox ready=${isReady}`),
    whenReady: () => ready,
    isReady: () => isReady,
    getAppPath: () => options.appPath,
    getPath: (name: string) => (name === 'userData' ? options.userData : os.tmpdir()),
    getVersion: () => '0.1.0',
    setAboutPanelOptions: () => {},
    showAboutPanel: () => {},
    quit: () => calls.push('quit'),
    exit: (code: number) => {
      app.exitCode = code;
    },
  });

  class FakeBrowserWindow extends EventEmitter {
    webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    static getAllWindows = () => windows;
    static fromWebContents = (contents: unknown) => windows.find((w) => w.webContents === contents) ?? null;
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    show() {}
    focus() {}
    restore() {}
  }

  const fake = {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: {
      privileged: null as unknown,
      handlers: new Map<string, (request: { url: string; method: string }) => Promise<Response>>(),
      registerSchemesAsPrivileged(schemes: unknown) {
        calls.push(`registerSchemesAsPrivileged ready=${isReady}`);
        this.privileged = schemes;
      },
      handle(scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) {
        this.handlers.set(scheme, handler);
      },
    },
    session: {
      defaultSession: {
        permissionRequest: null as Handler | null,
        permissionCheck: null as Handler | null,
        devicePermission: null as Handler | null,
        setPermissionRequestHandler(handler: Handler) {
          this.permissionRequest = handler;
        },
        setPermissionCheckHandler(handler: Handler) {
          this.permissionCheck = handler;
        },
        setDevicePermissionHandler(handler: Handler) {
          this.devicePermission = handler;
        },
      },
    },
    ipcMain: {
      handlers: new Map<string, Handler>(),
      handle(channel: string, handler: Handler) {
        this.handlers.set(channel, handler);
      },
    },
    Menu: {
      current: null as MenuItem[] | null,
      buildFromTemplate: (template: MenuItem[]) => template,
      setApplicationMenu(menu: MenuItem[]) {
        this.current = menu;
      },
    },
    dialog: {
      errors: [] as string[],
      showErrorBox: (title: string, message: string) => fake.dialog.errors.push(`${title}: ${message}`),
      /** What the next save dialog answers. */
      saveAnswer: { canceled: true, filePath: undefined } as { canceled: boolean; filePath?: string },
      showSaveDialog: vi.fn(async (..._args: unknown[]) => fake.dialog.saveAnswer),
    },
    shell: { openExternal: vi.fn(async () => {}) },
  };
  return {
    fake,
    calls,
    windows,
    async makeReady() {
      isReady = true;
      readyResolve();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

function makeFakeStoreModule() {
  const opened: { dataDir: string; nativeBinding?: string }[] = [];
  let closed = 0;
  /** What the main process listens to: the store's announcements of what changed. */
  const listeners = new Set<(change: unknown) => void>();
  return {
    opened,
    closed: () => closed,
    announce: (change: unknown) => listeners.forEach((listener) => listener(change)),
    module: {
      openStore(options: { dataDir: string; nativeBinding?: string }) {
        opened.push(options);
        const changes = { announce: () => undefined, subscribe: (listener: (change: unknown) => void) => (listeners.add(listener), () => listeners.delete(listener)) };
        return { schemaVersion: 1, nodeId: 'node-test', changes, close: () => void closed++ };
      },
    },
  };
}

let bundle = '';
let appDir = '';
let userData = '';

const fakes: Plugin = {
  name: 'fakes',
  setup(b) {
    b.onResolve({ filter: /^electron$/ }, () => ({ path: 'electron', namespace: 'fake' }));
    b.onResolve({ filter: /db\/store\.js$/ }, () => ({ path: 'store', namespace: 'fake' }));
    b.onLoad({ filter: /^electron$/, namespace: 'fake' }, () => ({ contents: 'module.exports = globalThis.__fakeElectron;', loader: 'js' }));
    b.onLoad({ filter: /^store$/, namespace: 'fake' }, () => ({ contents: 'module.exports = globalThis.__fakeStore;', loader: 'js' }));
  },
};

beforeAll(async () => {
  // The shell logs every refused call and blocked link; expected here.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const result = await build({
    entryPoints: [path.join(root, 'electron/main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
    external: ['better-sqlite3'],
    plugins: [fakes],
  });
  bundle = result.outputFiles[0]?.text ?? '';
  appDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-electron-app-'));
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-electron-data-'));
  fs.mkdirSync(path.join(appDir, 'dist/renderer/assets'), { recursive: true });
  fs.writeFileSync(path.join(appDir, 'dist/renderer/index.html'), '<!doctype html><title>Fieldbook</title>');
  fs.writeFileSync(path.join(appDir, 'dist/renderer/assets/app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(appDir, 'secret.txt'), 'secret');
});

afterAll(() => {
  fs.rmSync(appDir, { recursive: true, force: true });
  fs.rmSync(userData, { recursive: true, force: true });
});

/** Loads a fresh copy of the main bundle against fresh fakes. */
async function startMain(options: { packaged?: boolean; argv?: string[]; env?: Record<string, string> } = {}) {
  const electron = makeFakeElectron({ packaged: options.packaged ?? false, appPath: appDir, userData });
  const store = makeFakeStoreModule();
  const globals = globalThis as Record<string, unknown>;
  globals.__fakeElectron = electron.fake;
  globals.__fakeStore = store.module;
  const savedArgv = process.argv;
  const savedEnv = { ...process.env };
  process.argv = ['/fake/electron', ...(options.argv ?? [])];
  delete process.env.FIELDBOOK_DATA_DIR;
  delete process.env.FIELDBOOK_NATIVE_BINDING;
  Object.assign(process.env, options.env ?? {});
  try {
    const module = { exports: {} };
    const requireFromRoot = createRequire(path.join(root, 'package.json'));
    new Function('require', 'module', 'exports', bundle)(requireFromRoot, module, module.exports);
    const beforeReady = [...electron.calls];
    const handlersBeforeReady = electron.fake.protocol.handlers.size + electron.fake.ipcMain.handlers.size;
    await electron.makeReady();
    return { ...electron, store, beforeReady, handlersBeforeReady };
  } finally {
    process.argv = savedArgv;
    process.env = savedEnv;
  }
}

describe('electron/main.ts (against a fake Electron)', () => {
  it('registers app:// as a standard, secure, fetch-capable scheme and enables the sandbox, before ready', async () => {
    const main = await startMain();
    expect(main.beforeReady).toEqual(['registerSchemesAsPrivileged ready=false', 'enableSandbox ready=false']);
    expect(main.handlersBeforeReady).toBe(0);
    expect(main.fake.protocol.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
    const privileges = (main.fake.protocol.privileged as { privileges: Record<string, unknown> }[])[0]?.privileges;
    expect(privileges?.bypassCSP).toBeUndefined();
  });

  it('opens one sandboxed, isolated window on app://fieldbook/', async () => {
    const main = await startMain();
    expect(main.windows).toHaveLength(1);
    const win = main.windows[0]!;
    expect(win.loadedUrl).toBe('app://fieldbook/');
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      preload: path.join(appDir, 'dist/electron/preload.cjs'),
      devTools: true,
    });
  });

  it('opens the store in userData, or in --data-dir / FIELDBOOK_DATA_DIR, with the dev native binding', async () => {
    expect((await startMain()).store.opened).toEqual([{ dataDir: userData }]);
    const dir = path.join(userData, 'flag');
    expect((await startMain({ argv: ['.', '--data-dir', dir] })).store.opened[0]?.dataDir).toBe(dir);
    const envDir = path.join(userData, 'env');
    expect((await startMain({ env: { FIELDBOOK_DATA_DIR: envDir } })).store.opened[0]?.dataDir).toBe(envDir);
    const binding = path.join(root, '.electron-native/better-sqlite3/build/Release/better_sqlite3.node');
    expect((await startMain({ env: { FIELDBOOK_NATIVE_BINDING: binding } })).store.opened[0]).toEqual({ dataDir: userData, nativeBinding: binding });
    expect((await startMain({ packaged: true, env: { FIELDBOOK_NATIVE_BINDING: binding } })).store.opened[0]).toEqual({ dataDir: userData });
  });

  it('passes what changed in the store on to the window, on its own channel', async () => {
    const main = await startMain();
    const change = { tables: ['conflicts', 'notes'], hub: false };
    main.store.announce(change);
    expect(main.windows[0]!.webContents.sent).toEqual([['fieldbook:data-changed', change]]);
  });

  it('refuses a --data-dir without a directory with one sentence, and exits', async () => {
    const main = await startMain({ argv: ['--data-dir'] });
    expect(main.fake.dialog.errors).toEqual([expect.stringMatching(/--data-dir needs a directory/)]);
    expect(main.fake.app.exitCode).toBe(1);
    expect(main.windows).toHaveLength(0);
  });

  it('serves the renderer with the CSP and nosniff, index.html for routes, and refuses traversal', async () => {
    const main = await startMain();
    const serve = main.fake.protocol.handlers.get('app')!;
    const get = (url: string, method = 'GET') => serve({ url, method });

    const page = await get('app://fieldbook/observe/42');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Fieldbook</title>');

    const script = await get('app://fieldbook/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');

    for (const url of ['app://fieldbook/../secret.txt', 'app://fieldbook/%2e%2e/%2e%2e/secret.txt', 'app://fieldbook/..%5csecret.txt']) {
      const refused = await get(url);
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
    expect((await get('app://fieldbook/assets/missing.js')).status).toBe(404);
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://fieldbook/', 'POST')).status).toBe(405);
  });

  it('denies every permission request and check', async () => {
    const main = await startMain();
    const ses = main.fake.session.defaultSession;
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      ses.permissionRequest!(main.windows[0]!.webContents, permission, callback, {});
      expect(ses.permissionCheck!(main.windows[0]!.webContents, permission, 'app://fieldbook', {})).toBe(false);
    }
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    expect(callback).toHaveBeenCalledTimes(5);
    expect(ses.devicePermission!({})).toBe(false);
  });

  it('keeps navigation inside the app and opens only allowed links outside it', async () => {
    const main = await startMain();
    const contents = main.windows[0]!.webContents;
    const navigate = (eventName: string, url: string) => {
      const event: NavEvent = { url, preventDefault: vi.fn() };
      contents.emit(eventName, event, url);
      return (event.preventDefault as ReturnType<typeof vi.fn>).mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'app://fieldbook/settings')).toBe(false);
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(main.fake.shell.openExternal).not.toHaveBeenCalled();
    expect(navigate('will-navigate', 'https://truframework.org/')).toBe(true);
    expect(main.fake.shell.openExternal).toHaveBeenCalledWith('https://truframework.org/');
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate('will-redirect', 'app://fieldbook/')).toBe(false);
    expect(navigate('will-frame-navigate', 'about:blank')).toBe(true);

    main.fake.shell.openExternal.mockClear();
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'app://fieldbook/popup' })).toEqual({ action: 'deny' });
    expect(main.fake.shell.openExternal).not.toHaveBeenCalled();
    expect(contents.windowOpenHandler!({ url: 'https://www.cde.ca.gov/' })).toEqual({ action: 'deny' });
    expect(main.fake.shell.openExternal).toHaveBeenCalledWith('https://www.cde.ca.gov/');

    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('answers the one IPC channel only for the main frame of our window on our origin, through the contract', async () => {
    const main = await startMain();
    expect([...main.fake.ipcMain.handlers.keys()]).toEqual(['fieldbook:call', 'fieldbook:save-pdf']);
    const handle = main.fake.ipcMain.handlers.get('fieldbook:call')!;
    const contents = main.windows[0]!.webContents;
    const call = (sender: unknown, senderFrame: FakeFrame | null, method: unknown, input: unknown = {}) =>
      handle({ sender, senderFrame }, method, input) as Promise<CallResult>;

    const ok = await call(contents, contents.mainFrame, 'getAppInfo');
    expect(ok).toEqual({ ok: true, value: { version: '0.1.0', schemaVersion: 1, nodeId: 'node-test' } });

    const refusedFrames: (FakeFrame | null)[] = [
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///srv/index.html', parent: null },
      { url: 'app://fieldbook.evil/', parent: null },
      { url: 'about:blank', parent: null },
      { url: 'app://fieldbook/', parent: contents.mainFrame },
      null,
    ];
    for (const frame of refusedFrames) {
      expect((await call(contents, frame, 'getAppInfo')).error?.code).toBe('forbidden');
    }
    expect((await call(new FakeWebContents(), { url: 'app://fieldbook/', parent: null }, 'getAppInfo')).error?.code).toBe('forbidden');

    expect((await call(contents, contents.mainFrame, 'dropAllTables')).error?.code).toBe('unknown_method');
    expect((await call(contents, contents.mainFrame, 42)).error?.code).toBe('unknown_method');
    expect((await call(contents, contents.mainFrame, '__proto__')).error?.code).toBe('unknown_method');
    const invalid = await call(contents, contents.mainFrame, 'getAppInfo', { sneaky: true });
    expect(invalid.error?.code).toBe('invalid_input');
    expect(JSON.stringify(invalid)).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('saves the page as a Letter PDF where the person chooses, only for the main frame of our window', async () => {
    const main = await startMain();
    const savePdf = main.fake.ipcMain.handlers.get('fieldbook:save-pdf')!;
    const win = main.windows[0]!;
    const contents = win.webContents;
    const target = path.join(userData, 'feedback-ms-rivera-2026-11-23.pdf');

    for (const [sender, senderFrame] of [
      [contents, { url: 'https://evil.example/', parent: null }],
      [contents, { url: 'app://fieldbook/', parent: contents.mainFrame }],
      [new FakeWebContents(), { url: 'app://fieldbook/', parent: null }],
    ] as const) {
      expect(await savePdf({ sender, senderFrame }, 'x.pdf')).toEqual({ saved: false, error: expect.stringMatching(/refused/) });
    }
    expect(contents.printToPDF).not.toHaveBeenCalled();
    expect(main.fake.dialog.showSaveDialog).not.toHaveBeenCalled();

    main.fake.dialog.saveAnswer = { canceled: false, filePath: target };
    expect(await savePdf({ sender: contents, senderFrame: contents.mainFrame }, '../../etc/feedback-ms-rivera-2026-11-23.pdf')).toEqual({ saved: true, path: target });
    expect(contents.printToPDF).toHaveBeenCalledWith({ printBackground: true, pageSize: 'Letter' });
    expect(main.fake.dialog.showSaveDialog).toHaveBeenCalledWith(win, {
      defaultPath: 'feedback-ms-rivera-2026-11-23.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');

    fs.rmSync(target);
    main.fake.dialog.saveAnswer = { canceled: true };
    expect(await savePdf({ sender: contents, senderFrame: contents.mainFrame }, 'feedback.pdf')).toEqual({ saved: false });
    expect(fs.existsSync(target)).toBe(false);
  });

  it('says so in one sentence when the PDF cannot be made or written', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const main = await startMain();
    const savePdf = main.fake.ipcMain.handlers.get('fieldbook:save-pdf')!;
    const contents = main.windows[0]!.webContents;
    main.fake.dialog.saveAnswer = { canceled: false, filePath: path.join(userData, 'no-such-folder', 'feedback.pdf') };
    expect(await savePdf({ sender: contents, senderFrame: contents.mainFrame }, 'feedback.pdf')).toEqual({
      saved: false,
      error: expect.stringMatching(/^Fieldbook could not write the PDF there\./),
    });
    contents.printToPDF.mockRejectedValueOnce(new Error('renderer gone'));
    expect(await savePdf({ sender: contents, senderFrame: contents.mainFrame }, 'feedback.pdf')).toEqual({
      saved: false,
      error: 'Fieldbook could not turn this page into a PDF. Please try again.',
    });
  });

  it('has a minimal menu, with developer tools only outside packaged builds', async () => {
    const roles = (menu: MenuItem[] | null): string[] =>
      (menu ?? []).flatMap((item) => [...(item.role ? [item.role] : []), ...roles(item.submenu ?? null)]);
    const dev = await startMain();
    expect(roles(dev.fake.Menu.current)).toContain('toggleDevTools');
    expect(roles(dev.fake.Menu.current)).toEqual(expect.arrayContaining(['quit', 'copy', 'paste', 'selectAll', 'reload', 'zoomIn', 'zoomOut']));
    const packaged = await startMain({ packaged: true });
    expect(roles(packaged.fake.Menu.current)).not.toContain('toggleDevTools');
    expect(packaged.windows[0]!.options.webPreferences.devTools).toBe(false);
  });

  it('closes the store on quit, after which calls fail cleanly', async () => {
    const main = await startMain();
    main.fake.app.emit('will-quit');
    expect(main.store.closed()).toBe(1);
    main.fake.app.emit('will-quit');
    expect(main.store.closed()).toBe(1);
    const contents = main.windows[0]!.webContents;
    const result = (await main.fake.ipcMain.handlers.get('fieldbook:call')!({ sender: contents, senderFrame: contents.mainFrame }, 'getAppInfo', {})) as CallResult;
    expect(result.error?.code).toBe('internal');
  });
});
