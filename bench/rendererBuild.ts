// The browser benchmarks measure the built app (dist/renderer, what
// `fieldbook web` serves). A missing build is made with `npm run build`; a
// build older than the renderer's sources is measured as it is, with a
// warning, since rebuilding would also take in whatever half-made changes
// are in the working tree.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../tests/e2e/support/webHost.js';

const BUILT_INDEX = path.join(REPO_ROOT, 'dist', 'renderer', 'index.html');
const SOURCES = ['renderer', 'shared'];

/** The most recently changed file below these folders of the repository. */
function newestSource(): { file: string; mtimeMs: number } {
  let newest = { file: '', mtimeMs: 0 };
  for (const dir of SOURCES) {
    for (const entry of fs.readdirSync(path.join(REPO_ROOT, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const { mtimeMs } = fs.statSync(file);
      if (mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
    }
  }
  return newest;
}

export function ensureRendererBuilt(): void {
  if (!fs.existsSync(BUILT_INDEX)) {
    console.log('  dist/renderer is missing: running npm run build.');
    execFileSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
    return;
  }
  const newest = newestSource();
  if (newest.mtimeMs > fs.statSync(BUILT_INDEX).mtimeMs) {
    console.warn(`  Warning: dist/renderer is older than ${path.relative(REPO_ROOT, newest.file)}; measuring the last build. Run "npm run build" first to measure the sources.`);
  }
}
