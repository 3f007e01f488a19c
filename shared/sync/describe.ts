// What a bundle export or import, or a sync with the hub, did, in words: the
// CLI prints these and the Sync screen shows them, so both say the same thing.
import type { BundleImportResult } from './bundles.js';
import type { HubSyncResult } from './hub.js';

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

export function deviceLabel(node: string, userName: string): string {
  return userName ? `${userName}'s device (${node})` : `device ${node}`;
}

export function describeExport(bundle: { ops: number; rubrics: number; sincePeer: string | null }, peerName = ''): string {
  const what = `${count(bundle.ops, 'change', 'changes')} and ${count(bundle.rubrics, 'rubric version', 'rubric versions')}`;
  const scope = bundle.sincePeer ? `what ${deviceLabel(bundle.sincePeer, peerName)} has not seen` : 'everything this device holds';
  return `The bundle holds ${what}: ${scope}.`;
}

export function describeImport(result: BundleImportResult): string {
  const from = deviceLabel(result.fromDevice, result.fromName);
  if (result.applied === 0 && result.rubricsAdded === 0) {
    return `Nothing new from ${from}: this device already had all ${count(result.ops, 'change', 'changes')} in the bundle.`;
  }
  const parts = [`${count(result.applied, 'change', 'changes')} applied`];
  if (result.alreadyHad > 0) parts.push(`${count(result.alreadyHad, 'change', 'changes')} already here`);
  if (result.rubricsAdded > 0) parts.push(`${count(result.rubricsAdded, 'rubric version', 'rubric versions')} added`);
  return `Imported the bundle from ${from}: ${parts.join(', ')}.${describeConflicts(result.conflicts)}`;
}

function describeConflicts(conflicts: number): string {
  return conflicts > 0 ? ` ${count(conflicts, 'field was', 'fields were')} edited on two devices; both values are kept, and the newer one shows until you choose.` : '';
}

export function describeHubSync(r: HubSyncResult): string {
  return `Synced with the hub: sent ${count(r.sent, 'change', 'changes')}, received ${count(r.received, 'new change', 'new changes')} (${r.alreadyHad.toLocaleString('en-US')} already here).${describeConflicts(r.conflicts)}`;
}
