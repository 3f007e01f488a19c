// Request guards of the browser host. The API listens on 127.0.0.1, which any
// web page the user visits can also reach, so every call must prove it comes
// from our own page: the Host header must name our address (no DNS
// rebinding), a browser's Origin must be ours (no calls from other sites), and
// the per-launch secret must be present (it is only in the URL we print).
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

export function hasSecret(headers: IncomingHttpHeaders, secret: string): boolean {
  const auth = headers.authorization;
  if (typeof auth !== 'string' || !auth.startsWith('Bearer ')) return false;
  const given = Buffer.from(auth.slice('Bearer '.length));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
