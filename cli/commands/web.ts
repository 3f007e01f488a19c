// `fieldbook web [--port N] [--data-dir DIR] [--no-open]`: the browser host.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../../db/backend.js';
import { createHubSyncer } from '../../db/hubSync/syncer.js';
import { openStore } from '../../db/store.js';
import { startWebHost } from '../../host/server.js';
import { UsageError, type CommandContext } from '../context.js';

/**
 * The app's folder: the nearest one above this module that holds package.json.
 * This module runs from cli/commands/ (sources) or from the bundle's
 * dist/cli/chunks/ (npm run build), so no fixed number of "../" fits both.
 */
function appRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return here;
  }
}

const RENDERER_DIR = path.join(appRoot(), 'dist', 'renderer');

function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.error(`Could not open a browser; open ${url} yourself.`));
  child.unref();
}

export async function webCommand(ctx: CommandContext, opts: { port: string | undefined; open: boolean }): Promise<void> {
  const port = opts.port === undefined ? 0 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${opts.port}".`);
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new UsageError('The app is not built yet: run "npm run build" first.');
  }
  const store = openStore({ dataDir: ctx.dataDir });
  const syncer = createHubSyncer(store);
  let host;
  try {
    host = await startWebHost({ backend: createBackend(store, syncer), rendererDir: RENDERER_DIR, port, changes: store.changes });
  } catch (err) {
    store.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`Port ${port} is already in use; choose another with --port.`);
    throw err;
  }
  ctx.out(`Fieldbook is running in your browser at ${host.url}`);
  // Each start gives out a new key, so a tab left open from an earlier start needs this address (README, "Security model").
  ctx.out('A tab still open from an earlier start: paste this address into it.');
  ctx.out(`Data: ${ctx.dataDir}. Press Ctrl+C to stop.`);
  // With the district hub, whenever it can be reached, backing off when it cannot.
  syncer.startAutomatic();
  if (opts.open) openBrowser(host.url);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      syncer.stopAutomatic();
      void host.close().then(() => {
        store.close();
        ctx.out('Fieldbook stopped.');
        resolve();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
