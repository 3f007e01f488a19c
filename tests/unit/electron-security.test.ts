// The Electron shell's security rules, tested in plain Node: electron/security.ts
// must never import 'electron' at runtime, so this file never does either.
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  appResponseHeaders,
  contentTypeFor,
  isAllowedExternalUrl,
  isTrustedSenderUrl,
  resolveAppAsset,
  safePdfFileName,
  secureWebPreferences,
} from '../../electron/security.js';
import { IPC_CHANNEL } from '../../electron/channel.js';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.js';
import { PDF_UNREACHABLE_MESSAGE, type ShellBridge } from '../../shared/shellBridge.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rendererDir = path.resolve('/srv/fieldbook/dist/renderer');

describe('app origin', () => {
  it('is app://fieldbook', () => {
    expect(APP_ORIGIN).toBe('app://fieldbook');
    expect(APP_ENTRY_URL).toBe('app://fieldbook/');
    expect(IPC_CHANNEL).toBe('fieldbook:call');
  });
});

describe('isTrustedSenderUrl', () => {
  it.each(['app://fieldbook/', 'app://fieldbook/index.html', 'app://fieldbook/observe/123?tab=notes#n1'])('trusts %s', (url) => {
    expect(isTrustedSenderUrl(url)).toBe(true);
  });

  it.each([
    ['file', 'file:///srv/fieldbook/dist/renderer/index.html'],
    ['http localhost', 'http://localhost:5173/'],
    ['https', 'https://fieldbook/'],
    ['other app host', 'app://other/'],
    ['longer host', 'app://fieldbook.evil/'],
    ['host suffix', 'app://fieldbookevil/'],
    ['userinfo', 'app://fieldbook@evil/'],
    ['userinfo before host', 'app://evil@fieldbook/'],
    ['port', 'app://fieldbook:8080/'],
    ['no trailing slash', 'app://fieldbook'],
    ['upper-case scheme', 'APP://fieldbook/'],
    ['upper-case host', 'app://FIELDBOOK/'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['about:blank', 'about:blank'],
    ['about:srcdoc', 'about:srcdoc'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['javascript', 'javascript:alert(1)'],
    ['blob', 'blob:app://fieldbook/1234'],
    ['chrome', 'chrome://gpu/'],
    ['leading space', ' app://fieldbook/'],
    ['embedded tab', 'app://field\tbook/'],
    ['backslash', 'app://fieldbook\\@evil/'],
    ['empty', ''],
  ])('refuses %s', (_name, url) => {
    expect(isTrustedSenderUrl(url)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isTrustedSenderUrl(undefined)).toBe(false);
    expect(isTrustedSenderUrl(null)).toBe(false);
    expect(isTrustedSenderUrl({ toString: () => 'app://fieldbook/' })).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it.each(['https://truframework.org/', 'https://www.truframework.org/resources?x=1', 'https://www.cde.ca.gov/be/st/ss/'])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['http', 'http://truframework.org/'],
    ['unlisted host', 'https://example.com/'],
    ['lookalike suffix', 'https://truframework.org.evil.com/'],
    ['lookalike prefix', 'https://eviltruframework.org/'],
    ['subdomain not listed', 'https://evil.truframework.org/'],
    ['userinfo', 'https://truframework.org@evil.com/'],
    ['credentials', 'https://user:pw@truframework.org/'],
    ['port', 'https://truframework.org:8443/'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,hi'],
    ['our own origin', 'app://fieldbook/'],
    ['custom protocol handler', 'ms-settings:privacy'],
    ['smb share', 'smb://server/share'],
    ['newline trick', 'https://truframework.org/\n'],
    ['not a url', 'truframework.org'],
  ])('denies %s', (_name, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('uses the host list it is given', () => {
    expect(isAllowedExternalUrl('https://docs.example.org/a', ['docs.example.org'])).toBe(true);
    expect(isAllowedExternalUrl('https://truframework.org/', ['docs.example.org'])).toBe(false);
  });
});

describe('resolveAppAsset', () => {
  const file = (rel: string) => path.join(rendererDir, rel);

  it('maps files inside dist/renderer, with their content type', () => {
    expect(resolveAppAsset(rendererDir, 'app://fieldbook/assets/index-abc123.js')).toEqual({
      ok: true,
      filePath: file('assets/index-abc123.js'),
      contentType: 'text/javascript; charset=utf-8',
      isIndex: false,
    });
    const css = resolveAppAsset(rendererDir, 'app://fieldbook/assets/app.css?v=2#x');
    expect(css).toMatchObject({ ok: true, filePath: file('assets/app.css'), contentType: 'text/css; charset=utf-8' });
    expect(resolveAppAsset(rendererDir, 'app://fieldbook/index.html')).toMatchObject({ ok: true, filePath: file('index.html') });
    expect(resolveAppAsset(rendererDir, 'app://fieldbook/assets/my%20icon.svg')).toMatchObject({ ok: true, filePath: file('assets/my icon.svg') });
  });

  it('falls back to index.html for the root and for extensionless routes', () => {
    for (const url of ['app://fieldbook/', 'app://fieldbook/observe', 'app://fieldbook/lesson-study/42/plan?step=3']) {
      expect(resolveAppAsset(rendererDir, url)).toEqual({
        ok: true,
        filePath: file('index.html'),
        contentType: 'text/html; charset=utf-8',
        isIndex: true,
      });
    }
  });

  it.each([
    ['dot-dot', 'app://fieldbook/../secret.txt'],
    ['nested dot-dot', 'app://fieldbook/assets/../../secret.txt'],
    ['encoded dot-dot', 'app://fieldbook/%2e%2e/secret.txt'],
    ['upper-case encoded dot-dot', 'app://fieldbook/assets/%2E%2E/%2E%2E/secret.txt'],
    ['half-encoded dot-dot', 'app://fieldbook/.%2e/secret.txt'],
    ['double-encoded dot-dot', 'app://fieldbook/%252e%252e/secret.txt'],
    ['single dot', 'app://fieldbook/./index.html'],
    ['encoded slash', 'app://fieldbook/assets%2f..%2f..%2fsecret.txt'],
    ['backslash', 'app://fieldbook/assets\\..\\..\\secret.txt'],
    ['encoded backslash', 'app://fieldbook/assets%5c..%5csecret.txt'],
    ['absolute path', 'app://fieldbook//etc/passwd'],
    ['encoded absolute path', 'app://fieldbook/%2fetc%2fpasswd'],
    ['drive letter', 'app://fieldbook/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://fieldbook/C%3a%5cWindows%5cwin.ini'],
    ['NUL', 'app://fieldbook/index.html%00.png'],
    ['raw NUL', 'app://fieldbook/index.html\0.png'],
    ['control character', 'app://fieldbook/a%0ab.js'],
    ['hidden file', 'app://fieldbook/.env'],
    ['malformed escape', 'app://fieldbook/%E0%A4%A.js'],
    ['other host', 'app://other/index.html'],
    ['lookalike host', 'app://fieldbook.evil/index.html'],
    ['userinfo', 'app://x@fieldbook/index.html'],
    ['file url', 'file:///etc/passwd'],
    ['http url', 'http://fieldbook/index.html'],
  ])('refuses %s', (_name, url) => {
    const result = resolveAppAsset(rendererDir, url);
    expect(result.ok).toBe(false);
  });

  it('never resolves outside the root, whatever the input', () => {
    const nasty = ['..', '%2e%2e', '.%2e', '%2e.', '%2f', '%5c', '\\', '%00', 'a', 'b.js', '', '%252e', '%c0%ae'];
    for (const a of nasty) {
      for (const b of nasty) {
        for (const c of nasty) {
          const result = resolveAppAsset(rendererDir, `app://fieldbook/${a}/${b}/${c}`);
          if (result.ok) {
            const rel = path.relative(rendererDir, result.filePath);
            expect(rel.startsWith('..') || path.isAbsolute(rel)).toBe(false);
          }
        }
      }
    }
  });
});

describe('content types and headers', () => {
  it('knows the renderer build outputs', () => {
    expect(contentTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/x.MJS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/x.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a/x.unknown')).toBe('application/octet-stream');
  });

  it('sends the CSP and nosniff with every response', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(appResponseHeaders()['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(appResponseHeaders()).not.toHaveProperty('Content-Type');
  });
});

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer, with no Node', () => {
    const prefs = secureWebPreferences({ preloadPath: '/app/dist/electron/preload.cjs', devTools: false });
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(secureWebPreferences({ preloadPath: 'p', devTools: true }).devTools).toBe(true);
  });
});

describe('safePdfFileName', () => {
  it('keeps a good name and makes any other into a bare .pdf name', () => {
    expect(safePdfFileName('feedback-ms-rivera-2026-11-23.pdf')).toBe('feedback-ms-rivera-2026-11-23.pdf');
    expect(safePdfFileName('Feedback Report')).toBe('Feedback Report.pdf');
    expect(safePdfFileName('report.PDF')).toBe('report.pdf');
    expect(safePdfFileName('../../etc/passwd')).toBe('passwd.pdf');
    expect(safePdfFileName('C:\\Windows\\system32\\x.pdf')).toBe('x.pdf');
    expect(safePdfFileName('a<b>c:d"e|f?g*h\u0000i.pdf')).toBe('abcdefghi.pdf');
    expect(safePdfFileName('  ..hidden.pdf. ')).toBe('hidden.pdf');
    expect(safePdfFileName('x'.repeat(500))).toBe(`${'x'.repeat(116)}.pdf`);
    for (const bad of ['', '...', '/', '.pdf', 42, null, undefined, { toString: () => 'x' }]) expect(safePdfFileName(bad)).toBe('feedback.pdf');
  });
});

describe('module boundaries', () => {
  it("the pure helpers import 'electron' for types only", () => {
    for (const file of ['electron/security.ts', 'electron/options.ts', 'electron/channel.ts']) {
      const source = readFileSync(path.join(root, file), 'utf8');
      const electronImports = source.match(/^import[^;]*from ['"]electron['"]/gm) ?? [];
      for (const statement of electronImports) expect(statement).toMatch(/^import type /);
    }
  });

  it('the preload bundles to code that requires nothing but electron (a sandboxed preload can require no Node module)', async () => {
    const result = await bundlePreload();
    const externals = new Set<string>();
    for (const output of Object.values(result.metafile.outputs)) {
      for (const imported of output.imports) if (imported.external) externals.add(imported.path);
    }
    expect([...externals]).toEqual(['electron']);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).toContain("exposeInMainWorld(\"fieldbook\"");
    expect(code).toContain("exposeInMainWorld(\"fieldbookShell\"");
    expect(code).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });

  it('the preload’s fieldbookShell.savePdf goes over its own channel and passes on only a well-formed answer', async () => {
    const code = (await bundlePreload()).outputFiles[0]?.text ?? '';
    const exposed = new Map<string, unknown>();
    const invoked: unknown[][] = [];
    let answer: () => Promise<unknown> = async () => null;
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
      ipcRenderer: { invoke: (...args: unknown[]) => (invoked.push(args), answer()) },
    };
    const module = { exports: {} };
    new Function('require', 'module', 'exports', code)(() => electron, module, module.exports);
    expect([...exposed.keys()]).toEqual(['fieldbook', 'fieldbookShell']);
    const shell = exposed.get('fieldbookShell') as ShellBridge;

    answer = async () => ({ saved: true, path: '/home/coach/feedback.pdf', extra: 'dropped' });
    expect(await shell.savePdf('feedback.pdf')).toEqual({ saved: true, path: '/home/coach/feedback.pdf' });
    expect(invoked).toEqual([['fieldbook:save-pdf', 'feedback.pdf']]);
    answer = async () => 'not a result';
    expect(await shell.savePdf('feedback.pdf')).toEqual({ saved: false, error: PDF_UNREACHABLE_MESSAGE });
    answer = () => Promise.reject(new Error('main process gone'));
    expect(await shell.savePdf('feedback.pdf')).toEqual({ saved: false, error: PDF_UNREACHABLE_MESSAGE });
  });

  it('the preload’s fieldbookShell.onDataChanged passes on only well-formed changes, never the IPC event, until it is stopped', async () => {
    const code = (await bundlePreload()).outputFiles[0]?.text ?? '';
    const exposed = new Map<string, unknown>();
    const channels = new EventEmitter();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
      ipcRenderer: { invoke: async () => null, on: channels.on.bind(channels), off: channels.off.bind(channels) },
    };
    const module = { exports: {} };
    new Function('require', 'module', 'exports', code)(() => electron, module, module.exports);
    const heard: unknown[][] = [];
    const stop = (exposed.get('fieldbookShell') as ShellBridge).onDataChanged((...args: unknown[]) => heard.push(args));
    const event = { sender: 'the IPC event, which must not reach the page' };
    channels.emit('fieldbook:data-changed', event, { tables: ['notes'], hub: false, extra: 'dropped' });
    channels.emit('fieldbook:data-changed', event, { tables: 'notes', hub: false });
    channels.emit('fieldbook:data-changed', event, null);
    stop();
    channels.emit('fieldbook:data-changed', event, { tables: ['schools'], hub: true });
    expect(heard).toEqual([[{ tables: ['notes'], hub: false }]]);
  });
});

function bundlePreload() {
  return build({
    entryPoints: [path.join(root, 'electron/preload.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
    external: ['electron'],
    metafile: true,
  });
}
