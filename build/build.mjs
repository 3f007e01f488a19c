// Builds what the shells serve: the renderer with Vite into dist/renderer, and
// Electron's main process and preload with esbuild into dist/electron (the
// preload as CommonJS, because sandboxed preloads cannot be ES modules); and
// the command line bin/fieldbook runs, with esbuild into dist/cli (build/cli.mjs).
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { buildCli } from './cli.mjs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
};
await esbuild({ ...common, entryPoints: [path.join(root, 'electron/main.ts')], outfile: path.join(root, 'dist/electron/main.cjs') });
await esbuild({ ...common, entryPoints: [path.join(root, 'electron/preload.ts')], outfile: path.join(root, 'dist/electron/preload.cjs') });
await buildCli(root);
console.log('Built dist/renderer, dist/electron and dist/cli.');
