// Initial sync through the district hub (issue #7): a device holding 10,000
// generated observations (with their notes, scores and episodes) sends them
// to a real hub over HTTP on 127.0.0.1, and a brand-new device enrolled as a
// district leader takes the starting snapshot and pulls until it holds the
// same data (its digest must equal the source's). The alternative is what a
// PouchDB app would do to get the same observations from one device to
// another: replicate one local PouchDB (LevelDB on disk) to a new empty one.
//
// The PouchDB documents are modelled the way a PouchDB app would keep them:
// one document per observation with its notes, scores and episodes embedded
// (data read together lives in one document). That is also PouchDB's best
// case here, 10,000 documents rather than one per row (~160,000), so the ratio
// is measured against its fastest shape. Filling database A is not timed,
// just as generating the district is not. Ours carries more than PouchDB
// does: every field as its own op with its history (~1.26 million ops), plus
// the directory, calibration rounds and lesson study (about 1% of the ops),
// over a real HTTP hop with authentication and scope checks, and both SQLite
// files commit with synchronous=FULL (an fsync per page); PouchDB copies
// between two local databases in one process, and its LevelDB writes are not
// fsynced (leveldown's default, which PouchDB keeps).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PouchDB from 'pouchdb-node';
import { generateDemoDistrict } from '../db/demoScale/generate.js';
import { enrolWithHub } from '../db/hubSync/enrol.js';
import { syncOnce } from '../db/hubSync/syncOnce.js';
import { syncedDigest } from '../db/status.js';
import { openStore, type Store } from '../db/store.js';
import { createDistrict, issueCode } from '../hub/admin.js';
import { openHubStorage } from '../hub/openStorage.js';
import { startHub } from '../hub/serve.js';
import { median, type Benchmark } from './harness.js';

const OBSERVATIONS = 10_000;
const RUNS = 3;
const TARGET_SPEEDUP = 5;
/** The hub's default limiter would throttle one device's hundreds of back-to-back pages; a bench measures sync, not the limiter. */
const BENCH_RATE_LIMIT = { burst: 1_000_000, perSecond: 1_000_000 };
const BULK_BATCH = 500;

type Row = Record<string, unknown>;

interface ObservationDoc {
  _id: string;
  observation: Row;
  notes: Row[];
  scores: Row[];
  episodes: Row[];
}

/** The source's observations as PouchDB documents, each with its notes, scores and episodes. */
function observationDocs(store: Store): ObservationDoc[] {
  const docs = new Map<string, ObservationDoc>();
  for (const { id, ...observation } of store.db.prepare('SELECT * FROM observations ORDER BY id').all() as Row[]) {
    docs.set(id as string, { _id: id as string, observation, notes: [], scores: [], episodes: [] });
  }
  for (const part of ['notes', 'scores', 'episodes'] as const) {
    for (const row of store.db.prepare(`SELECT * FROM ${part} ORDER BY id`).all() as Row[]) {
      const doc = docs.get(row.observation_id as string);
      if (!doc) throw new Error(`A row of ${part} belongs to no observation: ${String(row.id)}.`);
      doc[part].push(row);
    }
  }
  return [...docs.values()];
}

function sizeOf(dir: string): number {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).reduce((sum, entry) => (entry.isFile() ? sum + fs.statSync(path.join(entry.parentPath, entry.name)).size : sum), 0);
}

interface HubRun {
  pushMs: number;
  sourceSyncMs: number;
  newDeviceMs: number;
  sent: number;
  received: number;
  hubBytes: number;
  deviceBytes: number;
}

/**
 * One run on a fresh hub database and a fresh new device. The source's
 * syncOnce pushes, then (as every first sync does) takes the starting
 * snapshot back; the push ends when the hub answers the last push, read from
 * the hub's request log.
 */
async function hubRun(source: Store, sourceDigest: string, dir: string): Promise<HubRun> {
  const hubDir = path.join(dir, 'hub');
  fs.mkdirSync(hubDir);
  const storage = await openHubStorage({ dbFile: path.join(hubDir, 'hub.sqlite'), databaseUrl: undefined });
  const districtId = await createDistrict(storage, 'Bench Unified', Date.now());
  const code = () => issueCode(storage, { districtId, userName: 'Bench lead', role: 'district_leader', schools: [], teams: [] }, Date.now());
  let lastPushAnswered = 0;
  const hub = await startHub({
    storage,
    port: 0,
    host: '127.0.0.1',
    rateLimit: BENCH_RATE_LIMIT,
    log: (line) => {
      if ((JSON.parse(line) as { path: string }).path === '/v1/push') lastPushAnswered = performance.now();
    },
  });
  const device = openStore({ dataDir: path.join(dir, 'new-device') });
  try {
    await enrolWithHub(source, hub.url, await code());
    const sourceStart = performance.now();
    const sourceSync = await syncOnce(source);
    const sourceSyncMs = performance.now() - sourceStart;

    await enrolWithHub(device, hub.url, await code());
    const deviceStart = performance.now();
    const deviceSync = await syncOnce(device);
    const newDeviceMs = performance.now() - deviceStart;
    if (syncedDigest(device) !== sourceDigest) throw new Error('The new device does not hold what the source holds: their digests differ.');
    return {
      pushMs: lastPushAnswered - sourceStart,
      sourceSyncMs,
      newDeviceMs,
      sent: sourceSync.sent,
      received: deviceSync.received,
      hubBytes: sizeOf(hubDir),
      deviceBytes: sizeOf(device.dataDir),
    };
  } finally {
    device.close();
    await hub.close();
  }
}

interface PouchRun {
  ms: number;
  bytes: number;
}

async function pouchRun(a: PouchDB, expected: number, dir: string): Promise<PouchRun> {
  const b = new PouchDB(dir);
  try {
    const start = performance.now();
    await a.replicate.to(b);
    const ms = performance.now() - start;
    const { doc_count: count } = await b.info();
    if (count !== expected) throw new Error(`PouchDB replication left ${count} documents in the new database, not ${expected}.`);
    return { ms, bytes: sizeOf(dir) };
  } finally {
    await b.close();
  }
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

export const hubInitialSyncBenchmark: Benchmark = {
  name: 'Hub initial sync: 10,000 observations device to hub to a new device',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-bench-hubsync-'));
    const source = openStore({ dataDir: path.join(dir, 'source') });
    let a: PouchDB | null = null;
    try {
      const generated = generateDemoDistrict(source, { observations: OBSERVATIONS });
      const sourceDigest = syncedDigest(source);
      const docs = observationDocs(source);
      a = new PouchDB(path.join(dir, 'pouch-a'));
      for (let i = 0; i < docs.length; i += BULK_BATCH) await a.bulkDocs(docs.slice(i, i + BULK_BATCH));
      // bulkDocs reports a refused document in its answer rather than failing.
      const filled = (await a.info()).doc_count;
      if (filled !== docs.length) throw new Error(`PouchDB database A holds ${filled} documents, not ${docs.length}.`);

      const hubRuns: HubRun[] = [];
      const pouchRuns: PouchRun[] = [];
      for (let run = 0; run < RUNS; run++) {
        const runDir = path.join(dir, `run${run}`);
        fs.mkdirSync(runDir);
        try {
          hubRuns.push(await hubRun(source, sourceDigest, runDir));
          pouchRuns.push(await pouchRun(a, docs.length, path.join(runDir, 'pouch-b')));
        } finally {
          fs.rmSync(runDir, { recursive: true, force: true });
        }
      }
      const pushMs = median(hubRuns.map((r) => r.pushMs));
      const newDeviceMs = median(hubRuns.map((r) => r.newDeviceMs));
      const oursMs = median(hubRuns.map((r) => r.pushMs + r.newDeviceMs));
      const pouchMs = median(pouchRuns.map((r) => r.ms));
      const ratio = oursMs / pouchMs;
      const { sent, received, hubBytes, deviceBytes } = hubRuns[0]!;
      return {
        name: this.name,
        description: `${OBSERVATIONS.toLocaleString('en')} generated observations with ${generated.scores.toLocaleString('en')} scores and their notes; median of ${RUNS} runs, each to a fresh hub database and a fresh new device.`,
        ours: { label: 'source pushes to the hub over HTTP (SQLite), then a new device enrolled as district leader takes the snapshot and pulls (syncOnce)', ms: oursMs },
        alternative: { label: `PouchDB replication (pouchdb-node, LevelDB) of ${docs.length.toLocaleString('en')} observation documents into a new local database`, ms: pouchMs },
        ratio,
        target: `at least ${TARGET_SPEEDUP}× faster than PouchDB replication`,
        met: pouchMs / oursMs >= TARGET_SPEEDUP,
        notes: [
          `Push ${pushMs.toFixed(0)} ms (${sent.toLocaleString('en')} ops, ${Math.round(sent / (pushMs / 1000)).toLocaleString('en')} ops/s); new device's sync ${newDeviceMs.toFixed(0)} ms (${received.toLocaleString('en')} ops applied, ${Math.round(received / (newDeviceMs / 1000)).toLocaleString('en')} ops/s). Medians of each part.`,
          `The source's whole first sync took ${median(hubRuns.map((r) => r.sourceSyncMs)).toFixed(0)} ms: after pushing, it takes the starting snapshot back (every op already held); only the push is counted above.`,
          `PouchDB: ${Math.round(docs.length / (pouchMs / 1000)).toLocaleString('en')} documents/s; default replication settings (batches of 100).`,
          `On disk after a run: hub ${mib(hubBytes)}, new device ${mib(deviceBytes)}; PouchDB's new database ${mib(pouchRuns[0]!.bytes)}.`,
          'The hub runs in the bench process (startHub on 127.0.0.1, port chosen by the OS) with its rate limit raised to 1,000,000 requests/s, so the limiter does not throttle the hundreds of back-to-back pages; enrolment (one request per device) is not timed.',
        ],
      };
    } finally {
      await a?.close();
      source.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
