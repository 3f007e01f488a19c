// Request guards of the browser host. The API listens on 127.0.0.1, which any
// web page the user visits can also reach, so every call must prove it comes
// from our own page: the Host header must name our address (no DNS
// rebinding), a browser's Origin must be ours (no calls from other sites), and
// the per-launch secret must be present (it is only in the URL we print). A
// key that is present but not this launch's is told apart from none at all:
// it is what a tab left open across a restart sends.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(headers: IncomingHttpHeaders, port: number): boolean {
  const host = headers.host?.toLowerCase();
  return host !== undefined && allowedHosts(port).includes(host);
}

/** Requests without an Origin (curl, the CLI) pass; a browser's Origin must be ours. */
export function isAllowedOrigin(headers: IncomingHttpHeaders, port: number): boolean {
  const origin = headers.origin;
  if (origin !== undefined && !allowedHosts(port).some((h) => origin === `http://${h}`)) return false;
  const site = headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

/**
 * A tab moving itself to this address from another port of this computer: the
 * reconnect box (renderer ReconnectNotice), when Fieldbook started again on a
 * port of its own; a browser counts every port of 127.0.0.1 as the same site.
 * Only a top-level GET of the page passes: nothing of it reaches the page that
 * asked, and the API and the change stream still need our Origin and the key.
 */
export function isPageNavigationFromThisComputer(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  return (
    (method === 'GET' || method === 'HEAD') &&
    headers.origin === undefined &&
    headers['sec-fetch-site'] === 'same-site' &&
    headers['sec-fetch-mode'] === 'navigate' &&
    headers['sec-fetch-dest'] === 'document'
  );
}

/** `valid`: this launch's secret; `wrong`: a Bearer key that is not (an earlier launch's, in practice); `missing`: no Bearer key. */
export type SecretCheck = 'valid' | 'wrong' | 'missing';

export function checkSecret(headers: IncomingHttpHeaders, secret: string): SecretCheck {
  const auth = headers.authorization;
  if (typeof auth !== 'string' || !auth.startsWith('Bearer ') || auth.length === 'Bearer '.length) return 'missing';
  const given = Buffer.from(auth.slice('Bearer '.length));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'valid' : 'wrong';
}
