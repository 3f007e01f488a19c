// `fieldbook bundle export --out FILE [--since-peer NODE]` and
// `fieldbook bundle import FILE`: sync by file, for a USB stick or an email.
// A file over BUNDLE_FILE_MAX_BYTES is refused unread; the sending device's
// user name comes from the file, so the result is printed terminal-safe.
import fs from 'node:fs';
import path from 'node:path';
import { exportBundle } from '../../db/bundles/exportBundle.js';
import { applyBundle } from '../../db/bundles/importBundle.js';
import { BUNDLE_FILE_MAX_BYTES, readBundle } from '../../db/bundles/readBundle.js';
import { describeExport, describeImport } from '../../shared/sync/describe.js';
import { readFileBytes, UsageError, type CommandContext } from '../context.js';
import { terminalSafe } from '../terminalText.js';
import { withStore } from '../withStore.js';

export interface BundleOptions {
  out: string | undefined;
  sincePeer: string | undefined;
  json: boolean;
}

const USAGE = 'Usage: fieldbook bundle export --out FILE [--since-peer DEVICE] | fieldbook bundle import FILE';

export async function bundleCommand(ctx: CommandContext, options: BundleOptions): Promise<number> {
  const [sub, target, ...extra] = ctx.args;
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}". ${USAGE}`);
  if (sub === 'export') {
    if (target !== undefined) throw new UsageError(`Unexpected argument "${target}". ${USAGE}`);
    exportCommand(ctx, options);
  } else if (sub === 'import') {
    if (!target) throw new UsageError(`Name the bundle file to import. ${USAGE}`);
    await importCommand(ctx, target, options.json);
  } else {
    throw new UsageError(sub ? `Unknown bundle command "${sub}". ${USAGE}` : USAGE);
  }
  return 0;
}

function exportCommand(ctx: CommandContext, options: BundleOptions): void {
  if (!options.out) throw new UsageError(`Name the bundle file with --out FILE. ${USAGE}`);
  const file = path.resolve(options.out);
  if (fs.existsSync(file)) throw new UsageError(`${file} already exists; choose another file name.`);
  if (!fs.existsSync(path.dirname(file))) throw new UsageError(`The folder ${path.dirname(file)} does not exist.`);
  const sincePeer = options.sincePeer ?? null;
  const { manifest, peerName } = withStore(ctx, (store) => exportBundle(store, file, { sincePeer }));
  ctx.out(`Wrote ${file}. ${describeExport(manifest, peerName)}`);
}

async function importCommand(ctx: CommandContext, target: string, json: boolean): Promise<void> {
  const file = path.resolve(target);
  const bytes = readFileBytes(file, { maxBytes: BUNDLE_FILE_MAX_BYTES, kind: 'a bundle file', nothing: ', and nothing was imported' });
  // Read before the store is opened: withStore closes the store when its callback returns, so the callback cannot wait.
  const bundle = await readBundle(bytes);
  const result = withStore(ctx, (store) => applyBundle(store, bundle, file));
  ctx.out(json ? JSON.stringify(result, null, 2) : terminalSafe(describeImport(result)));
}
