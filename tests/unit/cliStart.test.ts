// bin/fieldbook starts from the bundle `npm run build` makes (build/cli.mjs)
// and never runs one older than its sources: a copy of the launcher in a
// temp folder, with a stand-in bundle and its stamp, shows each case. The
// real bundle's entry must load no package, so `fieldbook --help` starts at
// once whatever the commands need.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/cli.js';
import { tempDirsFor } from '../support/inProcessApi.js';

const tempDir = tempDirsFor('fieldbook-cli-start-');
const SOURCE = 'cli/x.ts';
const SOURCE_MTIME = new Date('2025-01-02T03:04:05Z');

/** The launcher and build/cli.mjs in a fresh folder, with a stand-in bundle built from cli/x.ts. */
function layout(): string {
  const root = tempDir();
  for (const file of ['bin/fieldbook', 'build/cli.mjs', SOURCE, 'dist/cli/fieldbook.mjs']) fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.copyFileSync(path.join(REPO_ROOT, 'bin/fieldbook'), path.join(root, 'bin/fieldbook'));
  fs.copyFileSync(path.join(REPO_ROOT, 'build/cli.mjs'), path.join(root, 'build/cli.mjs'));
  fs.writeFileSync(path.join(root, SOURCE), 'export {};\n');
  fs.utimesSync(path.join(root, SOURCE), SOURCE_MTIME, SOURCE_MTIME);
  fs.writeFileSync(path.join(root, 'dist/cli/fieldbook.mjs'), 'export async function run(argv) { console.log(`ran ${argv.join(" ")}`); }\n');
  fs.writeFileSync(path.join(root, 'dist/cli/sources.json'), JSON.stringify({ sources: { [SOURCE]: fs.statSync(path.join(root, SOURCE)).mtimeMs } }));
  return root;
}

function launch(root: string, ...args: string[]) {
  const env = { ...process.env };
  delete env.FIELDBOOK_FROM_SOURCE;
  const result = spawnSync(process.execPath, [path.join(root, 'bin/fieldbook'), ...args], { encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bin/fieldbook runs the built bundle, and only a current one', () => {
  it('runs the bundle with the arguments when every source is as it was built', () => {
    expect(launch(layout(), 'status', '--json')).toEqual({ code: 0, stdout: 'ran status --json\n', stderr: '' });
  });

  it('refuses in one sentence when a source changed since the build, naming it', () => {
    const root = layout();
    fs.appendFileSync(path.join(root, SOURCE), '// edited\n');
    expect(launch(root, '--help')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'The fieldbook command line was built before cli/x.ts last changed: run "npm run build" again.\n',
    });
  });

  it('refuses when a source it was built from is gone', () => {
    const root = layout();
    fs.rmSync(path.join(root, SOURCE));
    expect(launch(root, '--help').stderr).toBe('The fieldbook command line was built before cli/x.ts was removed: run "npm run build" again.\n');
  });

  it('refuses when there is no bundle, or no stamp', () => {
    const noBundle = layout();
    fs.rmSync(path.join(noBundle, 'dist'), { recursive: true });
    const noStamp = layout();
    fs.rmSync(path.join(noStamp, 'dist/cli/sources.json'));
    for (const root of [noBundle, noStamp]) {
      expect(launch(root, '--help')).toEqual({ code: 1, stdout: '', stderr: 'The fieldbook command line is not built yet: run "npm run build" first.\n' });
    }
  });
});

describe('the real bundle', () => {
  /** Every module the entry loads before any command runs (static imports, followed through the chunks). */
  function staticImports(file: string, seen = new Set<string>()): Set<string> {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^import\s+(?:[^;]*?\s+from\s+)?"([^"]+)";/gms)) {
      const specifier = match[1]!;
      if (!specifier.startsWith('.')) {
        seen.add(specifier);
        continue;
      }
      const chunk = path.resolve(path.dirname(file), specifier);
      if (!seen.has(chunk)) staticImports(chunk, seen.add(chunk));
    }
    return seen;
  }

  it('loads no package before it knows the command: only Node built-ins and its own chunks', () => {
    const entry = path.join(REPO_ROOT, 'dist/cli/fieldbook.mjs');
    expect(fs.existsSync(entry), 'dist/cli is built by "npm run build"').toBe(true);
    const loaded = [...staticImports(entry)];
    expect(loaded.filter((m) => !m.startsWith('node:') && !m.startsWith(path.join(REPO_ROOT, 'dist/cli')))).toEqual([]);
    expect(loaded.length).toBeGreaterThan(0);
  });
});
