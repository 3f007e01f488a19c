// A request the hub answered before reading all of its body (a 413 for an
// oversized push, a 401 before the upload ended): the client is still
// sending. Closing the socket now would reset the connection, and many
// clients then report the reset instead of the answer they were sent. So the
// rest of the body is read and thrown away, as a web server's lingering
// close does, up to a limit in bytes and time, after which the connection is
// cut: a client may not use the hub as a sink.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface LingerLimits {
  /** Bytes of an unread body the hub discards before cutting the connection. */
  maxBytes: number;
  /** How long it waits for the rest of the body. */
  maxMs: number;
}

export const DEFAULT_LINGER: LingerLimits = { maxBytes: 256 * 1024 * 1024, maxMs: 30_000 };

/** From now on, every response the server finishes before its request's body was read is followed by reading that body to its end (within the limits). */
export function lingerOnUnreadBodies(server: Server, limits: LingerLimits = DEFAULT_LINGER): void {
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    res.once('finish', () => {
      if (req.readableEnded || req.destroyed) return;
      // Whatever was reading the body (hono's stream adapter) no longer will.
      req.removeAllListeners('data');
      let discarded = 0;
      const cut = () => req.socket.destroy();
      const timer = setTimeout(cut, limits.maxMs);
      timer.unref();
      req.on('data', (chunk: Buffer) => {
        discarded += chunk.length;
        if (discarded > limits.maxBytes) cut();
      });
      req.once('end', () => clearTimeout(timer));
      req.once('close', () => clearTimeout(timer));
      req.resume();
    });
  });
}
