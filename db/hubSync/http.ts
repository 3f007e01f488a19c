// Talking to the hub over HTTP: JSON in, JSON out, checked against the
// protocol's schemas, and every failure turned into a sentence a person can
// act on (the hub is unreachable, the clock is wrong, access was withdrawn).
import type { z } from 'zod';
import { AppError, type ErrorCode } from '../../shared/errors.js';
import { HubErrorBodySchema } from '../../shared/sync/hubProtocol.js';

export const HUB_TIMEOUT_MS = 30_000;

/** How a refusal by the hub reaches the app: its code, with the hub's own sentence. */
const APP_CODES: Record<string, ErrorCode> = {
  clock_ahead: 'clock_wrong',
  code_unknown: 'unauthorized',
  token_unknown: 'unauthorized',
  token_revoked: 'unauthorized',
  forged_device: 'unauthorized',
  node_taken: 'unauthorized',
  rubric_refused: 'forbidden',
  out_of_scope: 'forbidden',
  too_many_requests: 'hub_unreachable',
  internal: 'hub_unreachable',
};

function unreachable(url: string, why: string): AppError {
  return new AppError('hub_unreachable', `Fieldbook could not reach the hub at ${url} (${why}). Check the network connection and the hub address, then sync again; nothing was lost.`);
}

export interface HubCall {
  baseUrl: string;
  path: string;
  token?: string;
  body?: unknown;
}

export async function callHub<T>(call: HubCall, schema: z.ZodType<T>): Promise<T> {
  const url = new URL(call.path, call.baseUrl.endsWith('/') ? call.baseUrl : `${call.baseUrl}/`).toString();
  // A new connection per call: a kept-alive one that the hub closed while
  // this process was busy (applying a page, importing a bundle) would fail
  // the next call with "other side closed". Calls are few (pages of
  // thousands of ops), so the handshakes cost little.
  const headers: Record<string, string> = { accept: 'application/json', connection: 'close' };
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  let status: number;
  let text: string;
  try {
    const response = await fetch(url, {
      method: call.body === undefined ? 'GET' : 'POST',
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal: AbortSignal.timeout(HUB_TIMEOUT_MS),
    });
    status = response.status;
    text = await response.text();
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    throw unreachable(call.baseUrl, cause === 'ECONNREFUSED' ? 'nothing answers there' : (err as Error).name === 'TimeoutError' ? 'it did not answer in time' : 'the connection failed');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw unreachable(call.baseUrl, status === 200 ? 'the answer was cut off' : `it answered with HTTP ${status}, not a Fieldbook hub answer`);
  }
  if (status !== 200) {
    const refusal = HubErrorBodySchema.safeParse(json);
    if (!refusal.success) throw unreachable(call.baseUrl, `it answered with HTTP ${status}`);
    throw new AppError(APP_CODES[refusal.data.code] ?? 'invalid_input', refusal.data.message);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw unreachable(call.baseUrl, 'its answer is not one this Fieldbook understands; the hub may be a different version');
  return parsed.data;
}
