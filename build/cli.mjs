// The command line as plain JavaScript: build.mjs bundles cli/main.ts with
// esbuild into dist/cli/fieldbook.mjs (ESM for Node 20; one chunk per command
// under dist/cli/chunks/, so a command loads only what it uses), and
// bin/fieldbook runs it, so a start costs no TypeScript compile. Packages stay
// external: better-sqlite3, pg, hono and zod load from node_modules.
//
// dist/cli/sources.json is the bundle's stamp: every source file it was built
// from, with the file's modification time. bin/fieldbook compares those
// (a few hundred stat calls, about a millisecond) and refuses a bundle older
// than its sources, or missing, in one sentence, instead of running stale code.
import fs from 'node:fs';
import path from 'node:path';

const CLI_DIR = path.join('dist', 'cli');
/** The bundle's entry, relative to the repository. */
export const CLI_BUNDLE = path.join(CLI_DIR, 'fieldbook.mjs');
const STAMP = path.join(CLI_DIR, 'sources.json');

/** Bundles the command line into root/dist/cli and writes its stamp. */
export async function buildCli(root) {
  const { build } = await import('esbuild');
  const outdir = path.join(root, CLI_DIR);
  fs.rmSync(outdir, { recursive: true, force: true });
  const startedAt = Date.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: { fieldbook: 'cli/main.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
  });
  const sources = {};
  for (const file of Object.keys(result.metafile.inputs).sort()) {
    const { mtimeMs } = fs.statSync(path.join(root, file));
    // Changed while esbuild was reading it: which version went in is unknown, so the next start asks for a build.
    sources[file] = mtimeMs >= startedAt ? 0 : mtimeMs;
  }
  fs.writeFileSync(path.join(root, STAMP), `${JSON.stringify({ sources }, null, 1)}\n`);
}

/**
 * Why root's bundle cannot run, as one sentence, or null when it is current:
 * missing, or a source file changed or gone since the build.
 */
export function cliBundleProblem(root) {
  let sources;
  try {
    if (!fs.existsSync(path.join(root, CLI_BUNDLE))) throw new Error('no bundle');
    sources = JSON.parse(fs.readFileSync(path.join(root, STAMP), 'utf8')).sources;
  } catch {
    return 'The fieldbook command line is not built yet: run "npm run build" first.';
  }
  for (const [file, mtimeMs] of Object.entries(sources)) {
    const stat = fs.statSync(path.join(root, file), { throwIfNoEntry: false });
    if (stat?.mtimeMs !== mtimeMs) {
      return `The fieldbook command line was built before ${file} ${stat ? 'last changed' : 'was removed'}: run "npm run build" again.`;
    }
  }
  return null;
}

export function cliBundleFile(root) {
  return path.join(root, CLI_BUNDLE);
}
