// The browser host: the built renderer and the same backend as Electron's,
// over HTTP on 127.0.0.1 only. GET serves the renderer's files; POST
// /api/<method> calls the contract with a JSON body and answers a CallResult;
// GET /events is a stream of what changed in the store (server-sent events),
// which open screens follow.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.js';
import { DEFAULT_MAX_REQUEST_BYTES, contract, isMethodName, type CallResult } from '../shared/contract.js';
import type { ErrorCode } from '../shared/errors.js';
import { randomHex } from '../shared/ids.js';
import { callMethod, type Backend } from '../db/backend.js';
import type { ChangeFeed } from '../db/changeFeed.js';
import { resolveAssetPath } from './assetPath.js';
import { checkSecret, isAllowedHost, isAllowedOrigin, isPageNavigationFromThisComputer, type SecretCheck } from './guards.js';


const STATUS_FOR: Record<ErrorCode, number> = {
  invalid_input: 400,
  unknown_method: 404,
  not_found: 404,
  clock_wrong: 409,
  database_from_future: 409,
  database_corrupt: 500,
  unauthorized: 401,
  forbidden: 403,
  hub_unreachable: 502,
  internal: 500,
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export interface WebHostOptions {
  backend: Backend;
  rendererDir: string;
  port?: number;
  secret?: string;
  /** The store's announcements, streamed to open pages at GET /events. */
  changes?: ChangeFeed;
}

/** A comment line now and then keeps the stream's connection from looking idle to anything between. */
export const EVENTS_HEARTBEAT_MS = 20_000;

export interface WebHost {
  port: number;
  secret: string;
  /** The address to open: carries the secret in the fragment, which browsers never send to servers. */
  url: string;
  close(): Promise<void>;
}

function sendJson(res: http.ServerResponse, status: number, body: CallResult, headers: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

const KEY_MISSING_MESSAGE =
  'This request does not carry the key of this Fieldbook session; open the address Fieldbook printed when it started (it ends in #secret=…).';
const KEY_WRONG_MESSAGE =
  "This key is from an earlier start of Fieldbook: it was restarted, and each start gives out a new key. Paste the address it printed this time (it ends in #secret=…) into this tab's address bar.";

/**
 * A request without this launch's key. The WWW-Authenticate header (RFC 6750)
 * is how the page tells this refusal apart from a backend answer with the same
 * code (a hub that no longer knows the device) and asks for the new address.
 */
function refuseKey(res: http.ServerResponse, check: Exclude<SecretCheck, 'valid'>): void {
  const challenge = check === 'wrong' ? 'Bearer realm="Fieldbook", error="invalid_token"' : 'Bearer realm="Fieldbook"';
  const message = check === 'wrong' ? KEY_WRONG_MESSAGE : KEY_MISSING_MESSAGE;
  sendJson(res, STATUS_FOR.unauthorized, { ok: false, error: { code: 'unauthorized', message } }, { 'WWW-Authenticate': challenge });
}

function refuse(res: http.ServerResponse, code: ErrorCode, message: string): void {
  sendJson(res, STATUS_FOR[code], { ok: false, error: { code, message } });
}

/** The most a request to this method may carry: an upload more than a form. */
export function requestLimit(method: string): number {
  return isMethodName(method) ? contract[method].maxRequestBytes : DEFAULT_MAX_REQUEST_BYTES;
}

/** The body as text, or null once it passes the limit (the rest is read and dropped, so the answer can still be sent). */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function refuseTooLarge(req: http.IncomingMessage, res: http.ServerResponse, limit: number): void {
  const size = limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${limit / 1024} KiB`;
  const body: CallResult = { ok: false, error: { code: 'invalid_input', message: `The request is larger than ${size}.` } };
  res.writeHead(413, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' });
  res.end(JSON.stringify(body), () => req.destroy());
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string, options: Required<WebHostOptions>): Promise<void> {
  if (req.method !== 'POST') return refuse(res, 'invalid_input', 'API calls must be POST requests.');
  const key = checkSecret(req.headers, options.secret);
  if (key !== 'valid') return refuseKey(res, key);
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return refuse(res, 'invalid_input', 'API calls must send JSON (Content-Type: application/json).');
  }
  const limit = requestLimit(method);
  if (Number(req.headers['content-length'] ?? 0) > limit) return refuseTooLarge(req, res, limit);
  const body = await readBody(req, limit);
  if (body === null) return refuseTooLarge(req, res, limit);
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    return refuse(res, 'invalid_input', 'The request body is not valid JSON.');
  }
  const result = await callMethod(options.backend, method, input);
  sendJson(res, result.ok ? 200 : STATUS_FOR[result.error.code], result);
}

/** GET /events: one `data:` line of JSON (a DataChange) per announcement, for as long as the page listens. */
function streamChanges(req: http.IncomingMessage, res: http.ServerResponse, options: Required<WebHostOptions>): void {
  if (req.method !== 'GET') return refuse(res, 'invalid_input', 'The change stream is read with GET.');
  const key = checkSecret(req.headers, options.secret);
  if (key !== 'valid') return refuseKey(res, key);
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' });
  res.write(': listening\n\n');
  const stop = options.changes.subscribe((change) => res.write(`data: ${JSON.stringify(change)}\n\n`));
  const heartbeat = setInterval(() => res.write(': still here\n\n'), EVENTS_HEARTBEAT_MS);
  heartbeat.unref();
  res.on('close', () => {
    stop();
    clearInterval(heartbeat);
  });
}

function serveAsset(req: http.IncomingMessage, res: http.ServerResponse, pathname: string, rendererDir: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end();
    return;
  }
  const asset = resolveAssetPath(rendererDir, pathname.slice(1));
  if (!asset.ok) {
    res.writeHead(asset.status, SECURITY_HEADERS).end();
    return;
  }
  fs.readFile(asset.filePath, (err, data) => {
    if (err) {
      res.writeHead(404, SECURITY_HEADERS).end();
      return;
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': asset.contentType, 'Cache-Control': asset.isIndex ? 'no-cache' : 'max-age=3600' });
    res.end(req.method === 'HEAD' ? undefined : data);
  });
}

export function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const secret = options.secret ?? randomHex(32);
  let port = options.port ?? 0;
  const changes = options.changes ?? { announce: () => undefined, subscribe: () => () => undefined };
  const opts = (): Required<WebHostOptions> => ({ ...options, port, secret, changes });

  const server = http.createServer((req, res) => {
    if (!isAllowedHost(req.headers, port)) return refuse(res, 'forbidden', 'This address is not the one Fieldbook is serving.');
    const pathname = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    const isPage = !pathname.startsWith('/api/') && pathname !== '/events';
    if (!isAllowedOrigin(req.headers, port) && !(isPage && isPageNavigationFromThisComputer(req.method, req.headers))) {
      return refuse(res, 'forbidden', 'Calls from other web sites are not allowed.');
    }
    if (pathname.startsWith('/api/')) {
      handleApi(req, res, pathname.slice('/api/'.length), opts()).catch(() =>
        refuse(res, 'internal', 'Fieldbook could not read this request. Please try again.'),
      );
      return;
    }
    if (pathname === '/events') return streamChanges(req, res, opts());
    serveAsset(req, res, pathname, options.rendererDir);
  });
  server.requestTimeout = 30_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        port,
        secret,
        url: `http://127.0.0.1:${port}/#secret=${secret}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
