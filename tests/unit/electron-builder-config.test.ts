// The packaging configuration, checked without running electron-builder: the
// fuses, the targets, asar with the native module unpacked, the rebuild for
// Electron, and electron-builder's own schema validation.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
// Resolve the glob matcher the way electron-builder itself does (it is app-builder-lib's dependency, not ours).
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));
const { minimatch } = builderRequire('minimatch') as { minimatch: (file: string, pattern: string, options?: { dot?: boolean }) => boolean };

interface TargetEntry {
  target: string;
  arch?: string[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string };
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  buildDependenciesFromSource: boolean;
  beforeBuild: unknown;
  afterAllArtifactBuild: unknown;
  electronFuses: Record<string, boolean>;
  win: { target: TargetEntry[] };
  mac: { target: TargetEntry[] };
  linux: { target: TargetEntry[]; category: string };
}

const config = require(path.join(root, 'build/electron-builder.config.cjs')) as BuilderConfig;
const targets = (entries: TargetEntry[]) => entries.map((entry) => entry.target);

/** What electron-builder's `files` patterns keep: matched by an include, not by a later exclude. */
function isPackaged(file: string): boolean {
  let included = file.startsWith('node_modules/'); // production dependencies are added by electron-builder
  for (const pattern of config.files) {
    if (pattern.startsWith('!')) {
      if (minimatch(file, pattern.slice(1), { dot: true })) included = false;
    } else if (minimatch(file, pattern, { dot: true })) {
      included = true;
    }
  }
  return included;
}

describe('electron-builder configuration', () => {
  it('names the app and writes to out/', () => {
    expect(config.appId).toBe('org.fieldbook.app');
    expect(config.productName).toBe('Fieldbook');
    expect(config.directories.output).toBe('out');
  });

  it('builds nsis for Windows, dmg for macOS, AppImage and deb for Linux (Education)', () => {
    expect(targets(config.win.target)).toEqual(['nsis']);
    expect(targets(config.mac.target)).toEqual(['dmg']);
    expect(targets(config.linux.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Education');
  });

  it('flips the fuses: no RunAsNode, no NODE_OPTIONS, no --inspect, app only from a validated asar, encrypted cookies', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs into asar, with better-sqlite3’s native module unpacked', () => {
    expect(config.asar).toBe(true);
    const nodeFile = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(config.asarUnpack.some((pattern) => minimatch(nodeFile, pattern, { dot: true }))).toBe(true);
    expect(config.asarUnpack.some((pattern) => minimatch('dist/electron/main.cjs', pattern, { dot: true }))).toBe(false);
  });

  it('packages the built app and the native binary, not sources or build leftovers', () => {
    for (const file of [
      'package.json',
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/renderer/index.html',
      'dist/renderer/assets/index-abc.js',
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/better-sqlite3/lib/index.js',
      'node_modules/zod/index.js',
    ]) {
      expect(isPackaged(file), file).toBe(true);
    }
    for (const file of [
      'electron/main.ts',
      'db/store.ts',
      'tests/unit/electron-security.test.ts',
      'dist/electron/main.cjs.map',
      'dist/cli/fieldbook.mjs',
      'dist/cli/chunks/status-ABC.mjs',
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/src/better_sqlite3.cpp',
      'node_modules/better-sqlite3/build/Release/obj.target/better_sqlite3/src/better_sqlite3.o',
      'node_modules/better-sqlite3/build/Release/test_extension.node',
    ]) {
      expect(isPackaged(file), file).toBe(false);
    }
  });

  it('rebuilds native dependencies for Electron, from source, and guards the Node build in node_modules', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.buildDependenciesFromSource).toBe(true);
    expect(typeof config.beforeBuild).toBe('function');
    expect(typeof config.afterAllArtifactBuild).toBe('function');
  });

  it('is accepted by electron-builder’s own schema', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (config: unknown, logger: { isEnabled: boolean; add: () => void }) => Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false, add: () => {} })).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, electronFuses: { runAsNode: 'off' } }, { isEnabled: false, add: () => {} })).rejects.toThrow();
  });
});

describe('native ABI guard', () => {
  it('recognises a binary built for this Node, and refuses a missing one', () => {
    const guard = require(path.join(root, 'build/native-abi-guard.cjs')) as {
      loadsInNode: (file: string) => boolean;
      paths: { binary: string; forgeMeta: string; backup: string };
    };
    expect(guard.paths.binary).toBe(path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'));
    expect(guard.paths.forgeMeta).toBe(path.join(root, 'node_modules/better-sqlite3/build/Release/.forge-meta'));
    expect(guard.loadsInNode(guard.paths.binary)).toBe(true); // the tests run on the Node build
    expect(guard.loadsInNode(path.join(root, 'does-not-exist.node'))).toBe(false);
  });

  it("keeps npm's nodedir (and other header overrides) away from the Electron rebuild", () => {
    const guard = require(path.join(root, 'build/native-abi-guard.cjs')) as { dropNodeHeaderOverrides: (env: Record<string, string>) => void };
    const env = { npm_config_nodedir: '/usr', NPM_CONFIG_TARGET: '20.0.0', npm_config_cache: '/tmp/npm', PATH: '/usr/bin' };
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    guard.dropNodeHeaderOverrides(env);
    log.mockRestore();
    expect(env).toEqual({ npm_config_cache: '/tmp/npm', PATH: '/usr/bin' });
  });
});
