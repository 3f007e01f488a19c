// Options of the Electron shell (--data-dir, FIELDBOOK_DATA_DIR and the
// development-only native binding), tested without Electron.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShellOptions, ShellOptionsError } from '../../electron/options.js';

const dev = { packaged: false, cwd: '/home/coach/fieldbook' };
const packaged = { packaged: true, cwd: '/home/coach' };

describe('parseShellOptions', () => {
  it('defaults to the userData directory and the default binding', () => {
    expect(parseShellOptions(['.'], {}, dev)).toEqual({ dataDir: null, nativeBinding: null });
  });

  it('reads --data-dir DIR and --data-dir=DIR, relative to the working directory', () => {
    expect(parseShellOptions(['.', '--data-dir', 'data'], {}, dev).dataDir).toBe(path.resolve('/home/coach/fieldbook', 'data'));
    expect(parseShellOptions(['--data-dir=/tmp/fb'], {}, packaged).dataDir).toBe(path.resolve('/tmp/fb'));
  });

  it('falls back to FIELDBOOK_DATA_DIR, and the flag wins over it', () => {
    expect(parseShellOptions([], { FIELDBOOK_DATA_DIR: '/tmp/env' }, dev).dataDir).toBe(path.resolve('/tmp/env'));
    expect(parseShellOptions(['--data-dir', '/tmp/flag'], { FIELDBOOK_DATA_DIR: '/tmp/env' }, dev).dataDir).toBe(path.resolve('/tmp/flag'));
    expect(parseShellOptions([], { FIELDBOOK_DATA_DIR: '' }, dev).dataDir).toBeNull();
  });

  it('refuses --data-dir without a directory, in one sentence', () => {
    for (const argv of [['--data-dir'], ['--data-dir', '--no-open'], ['--data-dir=']]) {
      expect(() => parseShellOptions(argv, {}, dev)).toThrow(ShellOptionsError);
      expect(() => parseShellOptions(argv, {}, dev)).toThrow(/^--data-dir needs a directory/);
    }
  });

  it('honours FIELDBOOK_NATIVE_BINDING in development only', () => {
    const env = { FIELDBOOK_NATIVE_BINDING: '.electron-native/better-sqlite3/build/Release/better_sqlite3.node' };
    expect(parseShellOptions([], env, dev).nativeBinding).toBe(path.resolve('/home/coach/fieldbook', env.FIELDBOOK_NATIVE_BINDING));
    expect(parseShellOptions([], env, packaged).nativeBinding).toBeNull();
  });
});
