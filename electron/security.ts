// Pure security helpers for the Electron shell. Nothing here imports
// 'electron' at runtime (type imports only), so every rule is unit-tested in
// plain Node: tests/unit/electron-security.test.ts.
import type { WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.js';
import { resolveAssetPath, type AssetResolution } from '../host/assetPath.js';

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

export { contentTypeFor, type AssetResolution } from '../host/assetPath.js';

/**
 * Maps app://fieldbook/<path> to a file inside rootDir (dist/renderer), with
 * the same traversal-proof rules as the browser host (host/assetPath.ts).
 * Works on the raw URL string, so the checks do not depend on who normalised what.
 */
export function resolveAppAsset(rootDir: string, requestUrl: string): AssetResolution {
  if (typeof requestUrl !== 'string' || requestUrl.length > MAX_URL_LENGTH) return { ok: false, status: 400 };
  const prefix = `${APP_ORIGIN}/`;
  if (!requestUrl.startsWith(prefix) || !isTrustedSenderUrl(requestUrl)) return { ok: false, status: 404 };
  return resolveAssetPath(rootDir, requestUrl.slice(prefix.length).split(/[?#]/, 1)[0] ?? '');
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

const PDF_NAME_MAX = 120;
const FALLBACK_PDF_NAME = 'feedback.pdf';

/**
 * The file name offered in the save dialog, from what the renderer
 * suggested: a bare name (any folder part dropped), without characters that
 * Windows, macOS or Linux refuse, at most 120 characters, ending in .pdf.
 */
export function safePdfFileName(suggested: unknown): string {
  if (typeof suggested !== 'string') return FALLBACK_PDF_NAME;
  const base = suggested.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').replace(/[\s.]+$/, '');
  const stem = cleaned.replace(/\.pdf$/i, '').replace(/^[\s.]+/, '').slice(0, PDF_NAME_MAX - 4).replace(/[\s.]+$/, '');
  return stem === '' ? FALLBACK_PDF_NAME : `${stem}.pdf`;
}
