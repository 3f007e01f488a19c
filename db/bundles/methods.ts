// Bundles in the backend: an export is written into the data directory's
// bundles folder (this device keeps its copy) and its bytes handed back for
// the page to save where the person chooses; an import arrives as bytes.
// db/backend.ts spreads these into the backend.
import fs from 'node:fs';
import path from 'node:path';
import type { Backend } from '../backend.js';
import type { Store } from '../store.js';
import { bundleFileName, exportBundle } from './exportBundle.js';
import { listBundleHistory, listBundlePeers } from './history.js';
import { importBundle } from './importBundle.js';

type BundleMethod = 'exportBundle' | 'importBundle' | 'listBundleHistory';

export function bundlesDir(dataDir: string): string {
  return path.join(dataDir, 'bundles');
}

export function bundleMethods(store: Store): Pick<Backend, BundleMethod> {
  return {
    exportBundle: ({ sincePeer }) => {
      const fileName = bundleFileName(store, { sincePeer });
      const file = path.join(bundlesDir(store.dataDir), fileName);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const bundle = exportBundle(store, file, { sincePeer });
      const { manifest } = bundle;
      return { bundleId: manifest.bundleId, fileName, path: file, dataBase64: bundle.bytes.toString('base64'), ops: manifest.ops, rubrics: manifest.rubrics, sincePeer, peerName: bundle.peerName };
    },
    importBundle: ({ fileName, dataBase64 }) => importBundle(store, Buffer.from(dataBase64, 'base64'), fileName),
    listBundleHistory: () => ({ entries: listBundleHistory(store.db), peers: listBundlePeers(store.db) }),
  };
}
