// Pure security helpers for the Electron shell. Nothing here imports
// 'electron' at runtime (type imports only), so every rule is unit-tested in
// plain Node: tests/unit/electron-security.test.ts.
import path from 'node:path';
import type { WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.js';

/** The renderer is served from this custom scheme, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'fieldbook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

/** URLs longer than this are refused outright; none of ours comes close. */
const MAX_URL_LENGTH = 4096;

/**
 * Hosts that external links may open in the user's browser: documentation
 * only. Exact host names, https only, default port. Add a host here (and a
 * test) rather than loosening the rule.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = ['truframework.org', 'www.truframework.org', 'www.cde.ca.gov'];

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  // Control characters and whitespace are silently stripped by URL parsers;
  // a URL that needs stripping is not one we produced.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f\\]/.test(url)) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for a page of our own origin (app://fieldbook/...). Chromium hands
 * us canonical URLs, so anything that is not literally our origin followed by
 * "/" is refused: file:, http(s):, devtools:, about:blank, other app:// hosts,
 * app://fieldbook.evil, userinfo (app://fieldbook@evil), ports.
 */
export function isTrustedSenderUrl(url: unknown): boolean {
  if (typeof url !== 'string' || !url.startsWith(`${APP_ORIGIN}/`)) return false;
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The allow rule for links that leave the app: https, no userinfo, no port, an allow-listed host. */
export function isAllowedExternalUrl(url: unknown, hosts: readonly string[] = EXTERNAL_LINK_HOSTS): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    hosts.includes(parsed.hostname)
  );
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AssetResolution =
  | { ok: true; filePath: string; contentType: string; isIndex: boolean }
  | { ok: false; status: 400 | 404 };

const BAD_REQUEST = { ok: false, status: 400 } as const;
const NOT_FOUND = { ok: false, status: 404 } as const;

/**
 * Maps app://fieldbook/<path> to a file inside rootDir (dist/renderer).
 * Refuses anything that could leave rootDir or that is not a plain file name:
 * "..", "." and their percent-encodings (single or double), backslashes,
 * NUL, drive letters, empty segments, hidden files. Extensionless paths are client-side routes and
 * get index.html. Works on the raw URL string, not only on a parser's
 * normalised form, so the checks do not depend on who normalised what.
 */
export function resolveAppAsset(rootDir: string, requestUrl: string): AssetResolution {
  if (typeof requestUrl !== 'string' || requestUrl.length > MAX_URL_LENGTH) return BAD_REQUEST;
  const prefix = `${APP_ORIGIN}/`;
  if (!requestUrl.startsWith(prefix) || !isTrustedSenderUrl(requestUrl)) return NOT_FOUND;

  const rawPath = requestUrl.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  if (rawPath.includes('\\') || rawPath.includes('\0')) return BAD_REQUEST;

  const segments: string[] = [];
  if (rawPath !== '') {
    for (const raw of rawPath.split('/')) {
      let segment: string;
      try {
        segment = decodeURIComponent(raw);
      } catch {
        return BAD_REQUEST;
      }
      if (
        segment === '' ||
        segment.startsWith('.') || // "..", ".", and hidden files
        /[/\\:%\0]/.test(segment) || // encoded separators, drive letters, double encoding, NUL
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u001f\u007f]/.test(segment)
      ) {
        return BAD_REQUEST;
      }
      segments.push(segment);
    }
  }

  const root = path.resolve(rootDir);
  const last = segments[segments.length - 1];
  const isIndex = last === undefined || path.extname(last) === '';
  const filePath = isIndex ? path.join(root, 'index.html') : path.join(root, ...segments);

  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return BAD_REQUEST;
  return { ok: true, filePath, contentType: contentTypeFor(filePath), isIndex };
}

/** Headers on every response of the app:// protocol. */
export function appResponseHeaders(contentType?: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
  if (contentType) headers['Content-Type'] = contentType;
  return headers;
}

/** The webPreferences of every Fieldbook window. */
export function secureWebPreferences(options: { preloadPath: string; devTools: boolean }): WebPreferences {
  return {
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    devTools: options.devTools,
  };
}
