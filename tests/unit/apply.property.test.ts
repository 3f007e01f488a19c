// Convergence: replicas that receive the same ops, in any order, in any
// batches, with duplicates, end with identical synced data and field versions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOps } from '../../db/apply.js';
import type { Op } from '../../db/ops.js';
import { syncedDigest } from '../../db/status.js';
import type { Store } from '../../db/store.js';
import { formatHlc } from '../../shared/hlc.js';
import { uuidv7 } from '../../shared/ids.js';
import { tempStore } from '../support/stores.js';

const NODES = ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc'];
const ROWS = [uuidv7(), uuidv7(), uuidv7()];
const T = Date.now() - 60_000;

const FIELDS = [
  { column: 'name', value: fc.constantFrom('Alder', 'Juniper', 'Riverbend', '') },
  { column: 'code', value: fc.option(fc.constantFrom('A', 'B'), { nil: null }) },
  { column: 'archived', value: fc.constantFrom(0, 1) },
  { column: 'deleted', value: fc.constantFrom(0, 1) },
] as const;

const draftOp = fc.record({
  node: fc.integer({ min: 0, max: NODES.length - 1 }),
  ms: fc.integer({ min: 0, max: 5 }), // few distinct times: many ties on ms
  counter: fc.integer({ min: 0, max: 2 }),
  row: fc.integer({ min: 0, max: ROWS.length - 1 }),
  field: fc.integer({ min: 0, max: FIELDS.length - 1 }).chain((f) => fc.tuple(fc.constant(f), FIELDS[f]!.value)),
  baseChoice: fc.nat(),
});

/** Ops whose bases point at earlier ops of the same field (or none), as real edits would. */
const opsArb = fc.array(draftOp, { minLength: 1, maxLength: 25 }).map((drafts) => {
  const ops: Op[] = [];
  for (const d of drafts) {
    const [f, value] = d.field;
    const column = FIELDS[f]!.column;
    const row = ROWS[d.row]!;
    const earlier = ops.filter((o) => o.row === row && o.column === column);
    const base = earlier.length > 0 && d.baseChoice % 3 !== 0 ? earlier[d.baseChoice % earlier.length]!.opId : null;
    const node = NODES[d.node]!;
    ops.push({ opId: uuidv7(T + d.ms), hlc: formatHlc({ ms: T + d.ms, counter: d.counter, node }), node, table: 'schools', row, column, value, base });
  }
  return ops;
});

/** A delivery: every op at least once, in some order, split into batches. */
function deliveryArb(n: number) {
  const indices = Array.from({ length: n }, (_, i) => i);
  return fc.record({
    order: fc.shuffledSubarray(indices, { minLength: n, maxLength: n }),
    duplicates: fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 5 }),
    cuts: fc.array(fc.integer({ min: 1, max: n + 5 }), { maxLength: 4 }),
  });
}

function deliver(store: Store, ops: Op[], plan: { order: number[]; duplicates: number[]; cuts: number[] }): void {
  const sequence = [...plan.order, ...plan.duplicates].map((i) => ops[i]!);
  const cuts = [...new Set(plan.cuts.filter((c) => c < sequence.length))].sort((a, b) => a - b);
  let start = 0;
  for (const cut of [...cuts, sequence.length]) {
    applyOps(store, sequence.slice(start, cut));
    start = cut;
  }
}

function reset(store: Store): void {
  store.db.exec('DELETE FROM ops; DELETE FROM field_versions; DELETE FROM conflicts; DELETE FROM schools; DELETE FROM people;');
}

const fieldState = (store: Store) =>
  store.db.prepare('SELECT tbl, row_id, col, op_id, value FROM field_versions ORDER BY tbl, row_id, col').all();

describe('convergence of replicas', () => {
  it('ends identical for the same ops in any order, batching and duplication (1,000 runs)', () => {
    const replicas = [tempStore(), tempStore(), tempStore()];
    const scenario = opsArb.chain((ops) => fc.tuple(fc.constant(ops), deliveryArb(ops.length), deliveryArb(ops.length), deliveryArb(ops.length)));
    fc.assert(
      fc.property(scenario, ([ops, ...plans]) => {
        replicas.forEach(reset);
        replicas.forEach((r, i) => deliver(r, ops, plans[i]!));
        const digests = replicas.map((r) => syncedDigest(r));
        expect(new Set(digests).size).toBe(1);
        const states = replicas.map(fieldState);
        expect(states[1]).toEqual(states[0]);
        expect(states[2]).toEqual(states[0]);
        // Each field holds the value of its highest (hlc, op id) op.
        for (const row of states[0] as { row_id: string; col: string; op_id: string }[]) {
          const winner = ops
            .filter((o) => o.row === row.row_id && o.column === row.col)
            .sort((a, b) => (a.hlc === b.hlc ? (a.opId < b.opId ? 1 : -1) : a.hlc < b.hlc ? 1 : -1))[0]!;
          expect(row.op_id).toBe(winner.opId);
        }
      }),
      { numRuns: 1000 },
    );
    // A thousand runs of three replicas, each digesting every synced table: minutes on a loaded 2-core machine.
  }, 180_000);
});
