// Starts the hub: opens and migrates its store, then serves HTTP until
// SIGTERM or SIGINT, when it stops taking requests and closes the store.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createHubApp, type HubOptions } from './app.js';
import { lingerOnUnreadBodies } from './lingeringClose.js';

export interface RunningHub {
  url: string;
  close(): Promise<void>;
}

export function startHub(options: HubOptions & { port: number; host: string }): Promise<RunningHub> {
  const app = createHubApp(options);
  return new Promise((resolve) => {
    // The hub reads the rest of an unread body itself (lingeringClose.ts), instead of the adapter's half-second drain and reset.
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host, autoCleanupIncoming: false }, (info: AddressInfo) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }).then(() => options.storage.close()),
      });
    });
    lingerOnUnreadBodies(server as Server);
  });
}
