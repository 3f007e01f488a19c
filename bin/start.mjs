#!/usr/bin/env node
// `npm start`: the Electron app where Electron's runtime is installed, and the
// browser host (bin/fieldbook web) where it is not, saying why in one
// sentence. Arguments pass through to either: npm start -- --data-dir DIR
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './electron-native.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);

/** The Electron executable, or null when its runtime was never downloaded. */
function electronBinary() {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  const binary = path.join(distDir, relative);
  return fs.existsSync(binary) ? binary : null;
}

/** Builds dist/ (renderer, main, preload, command line) when any of the given outputs is missing. */
function ensureBuilt(outputs) {
  if (outputs.every((file) => fs.existsSync(path.join(root, file)))) return;
  console.error('Building Fieldbook (first start)…');
  const result = spawnSync(process.execPath, [path.join(root, 'build', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('Fieldbook could not be built; fix the errors above and run `npm start` again.');
    process.exit(result.status ?? 1);
  }
}

/** Runs a child in the foreground: signals go to it, its exit code becomes ours. */
function runForeground(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => forward(signal));
  child.on('error', (error) => {
    console.error(`Could not start ${path.basename(command)}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startBrowserHost(reason) {
  console.error(reason);
  ensureBuilt(['dist/renderer/index.html', 'dist/cli/fieldbook.mjs']);
  runForeground(process.execPath, [path.join(root, 'bin', 'fieldbook'), 'web', ...args]);
}

const electron = electronBinary();
if (electron === null) {
  startBrowserHost(
    "Electron's runtime is not installed here (it is downloaded at install time and this network blocks it), so Fieldbook is starting in your browser instead; run `npm run electron:fetch` where the download is allowed to get the desktop app.",
  );
} else {
  let nativeBinding = null;
  try {
    nativeBinding = ensureElectronNative();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    startBrowserHost(
      "Fieldbook's database driver could not be built for Electron (see above), so Fieldbook is starting in your browser instead; run `node bin/electron-native.mjs` where electronjs.org is reachable to get the desktop app.",
    );
  }
  if (nativeBinding !== null) {
    ensureBuilt(['dist/renderer/index.html', 'dist/electron/main.cjs', 'dist/electron/preload.cjs']);
    const env = { ...process.env, FIELDBOOK_NATIVE_BINDING: nativeBinding };
    // Electron started with this set would behave as plain Node.
    delete env.ELECTRON_RUN_AS_NODE;
    runForeground(electron, [root, ...args], env);
  }
}
