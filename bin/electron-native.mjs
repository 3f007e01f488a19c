#!/usr/bin/env node
// Builds a SEPARATE copy of better-sqlite3 for Electron's ABI in
// .electron-native/better-sqlite3, and prints the path of its .node file.
//
// Why a copy: node_modules/better-sqlite3 is built for Node and used by the
// tests, the CLI and the browser host; rebuilding it in place for Electron
// would break all of them. The Electron shell loads the copy's binary through
// better-sqlite3's `nativeBinding` option (FIELDBOOK_NATIVE_BINDING, set by
// bin/start.mjs). Packaged apps do not use this: electron-builder rebuilds the
// module for Electron at packaging time.
//
// Usage: node bin/electron-native.mjs [--force]
// stdout: the .node path only; progress and errors go to stderr.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const nativeDir = path.join(root, '.electron-native');
const moduleDir = path.join(nativeDir, 'better-sqlite3');
const STAMP = '.fieldbook-electron-build.json';
const RELATIVE_NODE_FILE = path.join('build', 'Release', 'better_sqlite3.node');

export const electronNativeBinding = path.join(moduleDir, RELATIVE_NODE_FILE);

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function wanted() {
  return {
    electron: readJson(path.join(root, 'node_modules', 'electron', 'package.json')).version,
    betterSqlite3: readJson(path.join(root, 'node_modules', 'better-sqlite3', 'package.json')).version,
    platform: process.platform,
    arch: process.arch,
  };
}

function isBuilt(dir, want) {
  try {
    const stamp = readJson(path.join(dir, STAMP));
    return fs.existsSync(path.join(dir, RELATIVE_NODE_FILE)) && Object.entries(want).every(([key, value]) => stamp[key] === value);
  } catch {
    return false;
  }
}

/**
 * npm passes its config to child processes as npm_config_* variables, and
 * node-gyp and prebuild-install read them: a `nodedir` (set on this machine)
 * or `target`/`runtime` meant for Node would silently build for the wrong
 * ABI. The build gets only what we pass on its command line.
 */
function buildEnv() {
  const env = { ...process.env };
  const strip = /^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch|platform|build_from_source|node_gyp)$/i;
  for (const key of Object.keys(env)) if (strip.test(key)) delete env[key];
  return env;
}

function run(label, args, cwd, log) {
  log(`electron-native: ${label}…`);
  const result = spawnSync(process.execPath, args, {
    cwd,
    env: buildEnv(),
    // Keep our stdout for the path: the tools' output goes to stderr.
    stdio: ['ignore', process.stderr, process.stderr],
    timeout: 20 * 60_000,
  });
  return result.status === 0;
}

/** Returns the path of a better_sqlite3.node built for the installed Electron, building it if needed. */
export function ensureElectronNative({ force = false, log = (message) => process.stderr.write(`${message}\n`) } = {}) {
  const want = wanted();
  if (!force && isBuilt(moduleDir, want)) return electronNativeBinding;

  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const sourceBuild = path.join(source, 'build');
  const staging = path.join(nativeDir, `better-sqlite3.building-${process.pid}`);
  fs.mkdirSync(nativeDir, { recursive: true });
  fs.rmSync(staging, { recursive: true, force: true });
  // Everything but the Node build output; node_modules/better-sqlite3 itself is only read.
  fs.cpSync(source, staging, {
    recursive: true,
    filter: (file) => file !== sourceBuild && !file.startsWith(sourceBuild + path.sep),
  });

  try {
    const target = [`--target=${want.electron}`, `--arch=${want.arch}`];
    const prebuilt = path.join(root, 'node_modules', 'prebuild-install', 'bin.js');
    const gyp = path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    const built =
      (fs.existsSync(prebuilt) &&
        run(`downloading the prebuilt better-sqlite3 ${want.betterSqlite3} for Electron ${want.electron}`, [prebuilt, '--runtime=electron', ...target, `--platform=${want.platform}`], staging, log) &&
        fs.existsSync(path.join(staging, RELATIVE_NODE_FILE))) ||
      (fs.existsSync(gyp) &&
        run(`compiling better-sqlite3 ${want.betterSqlite3} against Electron ${want.electron}'s headers`, [gyp, 'rebuild', '--release', '--runtime=electron', ...target, '--dist-url=https://electronjs.org/headers'], staging, log) &&
        fs.existsSync(path.join(staging, RELATIVE_NODE_FILE)));
    if (!built) {
      throw new Error(
        `Could not build better-sqlite3 for Electron ${want.electron}: the prebuilt binary could not be downloaded and node-gyp could not compile it (it needs Electron's headers from electronjs.org and a C++ toolchain).`,
      );
    }
    fs.writeFileSync(path.join(staging, STAMP), `${JSON.stringify({ ...want, builtAt: new Date().toISOString() }, null, 2)}\n`);
    fs.rmSync(moduleDir, { recursive: true, force: true });
    fs.renameSync(staging, moduleDir);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return electronNativeBinding;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    process.stdout.write(`${ensureElectronNative({ force: process.argv.includes('--force') })}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
