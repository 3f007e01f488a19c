// The Content-Security-Policy for the renderer, sent by both shells (Electron's
// app:// protocol and the browser host). No inline script or style, no eval,
// no remote origins: the renderer only loads its own files and talks to its own
// backend.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
