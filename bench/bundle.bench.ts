// Sync by file: exporting 100,000 ops as a bundle and importing it into a new
// replica, against what a person would otherwise do to move the same changes
// between two devices' Fieldbooks: dump every op as JSON (JSON.stringify), copy
// the file, JSON.parse it and apply the ops. Both end in the same apply path,
// so the ratio is the price of what a bundle adds: gzip, SHA-256 per part, an
// Ed25519 signature, a durable write read back and verified, and every op
// checked before the one transaction. Copying the SQLite file with the backup
// API is faster still but is not an alternative: it replaces the other
// device's data instead of merging into it; its time is given as a note.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyOps } from '../db/apply.js';
import { exportBundle } from '../db/bundles/exportBundle.js';
import { importBundle } from '../db/bundles/importBundle.js';
import { opsAbove } from '../db/bundles/vectors.js';
import type { Op } from '../db/ops.js';
import { openStore, type Store } from '../db/store.js';
import { formatHlc, type HlcState } from '../shared/hlc.js';
import { randomHex, uuidv7 } from '../shared/ids.js';
import { median, type Benchmark } from './harness.js';

const OPS = 100_000;
const RUNS = 3;
const TARGET_RATIO = 2;

const PHRASES = ['explains the number line', 'compares two strategies', 'asks why 3/4 is past 1/2', 'revises her estimate', 'draws an area model'];

/** Notes of observations as another device wrote them: every field of each note, text that differs from note to note. */
function makeOps(): Op[] {
  const node = randomHex(8);
  const ops: Op[] = [];
  let clock: HlcState = { ms: Date.now() - 3_600_000, counter: 0, node };
  const observation = uuidv7(clock.ms);
  for (let i = 0; ops.length < OPS; i++) {
    clock = { ...clock, ms: clock.ms + 1 };
    const hlc = formatHlc(clock);
    const row = uuidv7(clock.ms);
    const values: Record<string, string | number | null> = {
      observation_id: observation,
      at_ms: i * 1_000,
      created_at: clock.ms,
      text: `S${i % 30} ${PHRASES[i % PHRASES.length]} (note ${i})`,
      dimensions: '["cognitive-demand"]',
      tags: '[]',
      student_id: null,
      episode_id: null,
      plan_step_id: null,
      deleted: 0,
    };
    for (const [column, value] of Object.entries(values)) {
      if (ops.length === OPS) break;
      ops.push({ opId: uuidv7(clock.ms), hlc, node, table: 'notes', row, column, value, base: null });
    }
  }
  return ops;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

export const bundleBenchmark: Benchmark = {
  name: 'Bundle: export and import of 100,000 ops',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-bench-bundle-'));
    const open = (name: string): Store => openStore({ dataDir: path.join(dir, name) });
    try {
      const source = open('source');
      applyOps(source, makeOps());
      const exports: number[] = [];
      const imports: number[] = [];
      const json: number[] = [];
      const backups: number[] = [];
      let bundleBytes = 0;
      let jsonBytes = 0;
      for (let run = 0; run < RUNS; run++) {
        const file = path.join(dir, `run${run}.fbundle`);
        exports.push(time(() => exportBundle(source, file, { sincePeer: null })).ms);
        bundleBytes = fs.statSync(file).size;
        const target = open(`bundle${run}`);
        const importStart = performance.now();
        const imported = await importBundle(target, fs.readFileSync(file), file);
        imports.push(performance.now() - importStart);
        if (imported.applied !== OPS) throw new Error(`The bundle applied ${imported.applied} ops, not ${OPS}.`);
        target.close();

        const jsonFile = path.join(dir, `run${run}.json`);
        const naive = open(`json${run}`);
        json.push(
          time(() => {
            fs.writeFileSync(jsonFile, JSON.stringify(opsAbove(source.db, {})));
            applyOps(naive, JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as Op[]);
          }).ms,
        );
        jsonBytes = fs.statSync(jsonFile).size;
        naive.close();

        const start = performance.now();
        await source.db.backup(path.join(dir, `run${run}.sqlite`));
        backups.push(performance.now() - start);
      }
      source.close();
      const [exportMs, importMs, jsonMs] = [median(exports), median(imports), median(json)];
      const oursMs = exportMs + importMs;
      const ratio = oursMs / jsonMs;
      return {
        name: this.name,
        description: `${OPS.toLocaleString('en')} ops (every field of 10,000 notes from another device), exported from one replica and imported into a new one; median of ${RUNS} runs.`,
        ours: { label: 'bundle export (gzip, hashes, signature, durable write, read back and verify) + import (verify, validate, apply in one transaction)', ms: oursMs },
        alternative: { label: 'JSON.stringify of every op to a file, JSON.parse, applyOps', ms: jsonMs },
        ratio,
        target: `at most ${TARGET_RATIO}× the JSON round trip`,
        met: ratio <= TARGET_RATIO,
        notes: [
          `Export ${exportMs.toFixed(0)} ms, import ${importMs.toFixed(0)} ms: ${Math.round(OPS / (oursMs / 1000)).toLocaleString('en')} ops/s end to end.`,
          `File size: bundle ${(bundleBytes / 1024 / 1024).toFixed(1)} MiB, JSON ${(jsonBytes / 1024 / 1024).toFixed(1)} MiB.`,
          `Copying the whole database with SQLite's backup API took ${median(backups).toFixed(0)} ms; it replaces the other device's data rather than merging into it.`,
        ],
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
