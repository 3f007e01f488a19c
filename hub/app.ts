// The hub's HTTP routes (hono). Stateless: everything lives in the storage,
// so several hub processes may serve one PostgreSQL database. Every request
// is logged as one JSON line (method, path, status, time, device; never a
// token, a code or an op's value); every error is JSON { code, message }.
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { HUB_API_VERSION } from '../shared/sync/hubProtocol.js';
import { enrolDevice } from './enrol.js';
import { HUB_INTERNAL_MESSAGE, HubError } from './errors.js';
import { pageSize, pullOps, snapshotPage } from './pull.js';
import { pushOps } from './push.js';
import { createBuckets, type RateLimit } from './rateLimit.js';
import { tokenHash } from './secrets.js';
import type { DeviceRecord, HubStorage } from './storage/types.js';

export interface HubOptions {
  storage: HubStorage;
  now?: () => number;
  log?: (line: string) => void;
  /** Largest request body in bytes (413 above it). */
  maxBodyBytes?: number;
  /** Requests per device token. */
  rateLimit?: RateLimit;
  /** Failed authentications (unknown or withdrawn token, wrong code) per network address. */
  authFailureLimit?: RateLimit;
}

type Env = { Variables: { device: DeviceRecord } };

export const DEFAULT_MAX_BODY = 8 * 1024 * 1024;
export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 120, perSecond: 20 };
/** 30 failures at once, then one every 10 seconds: a device with a typo retries freely, a guesser gets 360 tries an hour. */
export const DEFAULT_AUTH_FAILURE_LIMIT: RateLimit = { burst: 30, perSecond: 0.1 };

/** The peer's address (a proxy in front of the hub would need its own limit: X-Forwarded-For is not trusted). */
function peerAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function errorBody(c: Context, err: HubError) {
  return c.json({ code: err.code, message: err.message }, err.status);
}

async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new HubError(400, 'invalid_input', 'The request body is not JSON.');
  }
}

export function createHubApp(options: HubOptions): Hono<Env> {
  const { storage } = options;
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const perToken = createBuckets(options.rateLimit ?? DEFAULT_RATE_LIMIT, now);
  const authFailures = createBuckets(options.authFailureLimit ?? DEFAULT_AUTH_FAILURE_LIMIT, now);
  const app = new Hono<Env>();

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    const device = c.get('device') as DeviceRecord | undefined;
    log(JSON.stringify({ at: new Date(now()).toISOString(), method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started), device: device?.id ?? null }));
  });
  app.use(compress());
  app.use(
    bodyLimit({
      maxSize: options.maxBodyBytes ?? DEFAULT_MAX_BODY,
      onError: (c) => errorBody(c, new HubError(413, 'too_large', 'This request is larger than the hub accepts; send the changes in smaller batches.')),
    }),
  );
  app.onError((err, c) => {
    if (err instanceof HubError) return errorBody(c, err);
    console.error(JSON.stringify({ level: 'error', path: c.req.path, error: err.stack ?? String(err) }));
    return errorBody(c, new HubError(500, 'internal', HUB_INTERNAL_MESSAGE));
  });
  app.notFound((c) => errorBody(c, new HubError(404, 'not_found', `The hub has no address ${c.req.path}; check the hub address in Fieldbook.`)));

  app.get('/health', (c) => c.json({ ok: true, api: HUB_API_VERSION, storage: storage.kind }));
  // Before any code or token is looked at: an address that has failed too often waits, and each 401 uses up its allowance.
  app.use('/v1/*', async (c, next) => {
    const address = peerAddress(c);
    if (!authFailures.hasRoom(address)) {
      throw new HubError(429, 'too_many_requests', 'Too many failed enrolments or unknown device keys came from this network address; wait a few minutes, then check the code or enrol the device again.');
    }
    await next();
    if (c.res.status === 401) authFailures.take(address);
  });
  app.post('/v1/enrol', async (c) => c.json(await enrolDevice(storage, await jsonBody(c), now())));

  app.use('/v1/*', async (c, next) => {
    if (c.req.path === '/v1/enrol') return next();
    const header = c.req.header('authorization') ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!token) throw new HubError(401, 'token_unknown', 'This device is not enrolled with the hub; enrol it with a code from the district office.');
    const device = await storage.deviceByToken(tokenHash(token));
    if (!device) throw new HubError(401, 'token_unknown', 'The hub does not recognise this device\u2019s key; enrol the device again with a new code from the district office.');
    if (device.revokedAt !== null) throw new HubError(401, 'token_revoked', 'The district office has withdrawn this device\u2019s access to the hub; ask them for a new enrolment code.');
    if (!perToken.take(token)) throw new HubError(429, 'too_many_requests', 'This device is syncing too often; wait a minute and sync again.');
    c.set('device', device);
    return next();
  });
  app.post('/v1/push', async (c) => c.json(await pushOps(storage, c.get('device'), await jsonBody(c), now())));
  app.get('/v1/pull', async (c) => c.json(await pullOps(storage, c.get('device'), c.req.query('cursor'), pageSize(c.req.query('limit')))));
  app.get('/v1/snapshot', async (c) => c.json(await snapshotPage(storage, c.get('device'), c.req.query('cursor'), pageSize(c.req.query('limit')))));
  return app;
}
