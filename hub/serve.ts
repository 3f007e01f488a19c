// Starts the hub: opens and migrates its store, then serves HTTP until
// SIGTERM or SIGINT, when it stops taking requests and closes the store.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createHubApp, type HubOptions } from './app.js';

export interface RunningHub {
  url: string;
  close(): Promise<void>;
}

export function startHub(options: HubOptions & { port: number; host: string }): Promise<RunningHub> {
  const app = createHubApp(options);
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
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
  });
}
