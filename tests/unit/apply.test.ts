import { describe, expect, it } from 'vitest';
import { applyOps, writeChanges } from '../../db/apply.js';
import type { Op } from '../../db/ops.js';
import { readStatus } from '../../db/status.js';
import { AppError } from '../../shared/errors.js';
import { formatHlc } from '../../shared/hlc.js';
import { uuidv7 } from '../../shared/ids.js';
import { readOps, tempStore } from '../support/stores.js';

const NODE_A = 'aaaaaaaaaaaaaaaa';
const NODE_B = 'bbbbbbbbbbbbbbbb';
const T = Date.now();

function op(node: string, ms: number, row: string, column: string, value: Op['value'], base: string | null = null): Op {
  return { opId: uuidv7(ms), hlc: formatHlc({ ms, counter: 0, node }), node, table: 'schools', row, column, value, base };
}

const schoolName = (store: ReturnType<typeof tempStore>, id: string) =>
  store.db.prepare('SELECT name FROM schools WHERE id = ?').pluck().get(id);

describe('the apply path', () => {
  it('turns a local edit into field ops and a materialised row, persisting the clock', () => {
    const store = tempStore();
    const id = uuidv7();
    const result = writeChanges(store, [{ table: 'schools', row: id, values: { name: 'Alder Creek', code: 'ACE', archived: 0 } }]);
    expect(result).toEqual({ applied: 3, alreadyHad: 0, conflicts: 0 });
    expect(store.db.prepare('SELECT name, code, archived FROM schools WHERE id = ?').get(id)).toEqual({ name: 'Alder Creek', code: 'ACE', archived: 0 });
    const ops = readOps(store);
    expect(ops.every((o) => o.node === store.nodeId && o.base === null)).toBe(true);
    expect(store.db.prepare("SELECT value FROM meta WHERE key = 'hlc'").pluck().get()).toBe(ops[0]!.hlc);
  });

  it('makes no op for a field whose value did not change, and bases an edit on the op it overwrites', () => {
    const store = tempStore();
    const id = uuidv7();
    writeChanges(store, [{ table: 'schools', row: id, values: { name: 'A', code: 'X' } }]);
    const first = readOps(store).find((o) => o.column === 'name')!;
    const result = writeChanges(store, [{ table: 'schools', row: id, values: { name: 'B', code: 'X' } }]);
    expect(result.applied).toBe(1);
    const edit = readOps(store).at(-1)!;
    expect(edit).toMatchObject({ column: 'name', value: 'B', base: first.opId });
    expect(edit.hlc > first.hlc).toBe(true);
  });

  it('gives each field the value of its highest-HLC op, whatever the arrival order', () => {
    const row = uuidv7();
    const older = op(NODE_A, T - 2000, row, 'name', 'older');
    const newer = op(NODE_B, T - 1000, row, 'name', 'newer');
    const s1 = tempStore();
    const s2 = tempStore();
    applyOps(s1, [older, newer]);
    applyOps(s2, [newer]);
    applyOps(s2, [older]);
    expect(schoolName(s1, row)).toBe('newer');
    expect(schoolName(s2, row)).toBe('newer');
  });

  it('merges different fields of one row edited on two devices', () => {
    const store = tempStore();
    const row = uuidv7();
    applyOps(store, [op(NODE_A, T - 3000, row, 'name', 'Juniper'), op(NODE_A, T - 3000, row, 'code', 'J')]);
    applyOps(store, [op(NODE_B, T - 2000, row, 'code', 'JMS')]);
    expect(store.db.prepare('SELECT name, code FROM schools WHERE id = ?').get(row)).toEqual({ name: 'Juniper', code: 'JMS' });
  });

  it('is idempotent by op id: re-applying changes nothing and is reported as already had', () => {
    const store = tempStore();
    const row = uuidv7();
    const ops = [op(NODE_A, T - 1000, row, 'name', 'A'), op(NODE_A, T - 1000, row, 'code', 'C')];
    expect(applyOps(store, ops)).toEqual({ applied: 2, alreadyHad: 0, conflicts: 0 });
    const digest = readStatus(store).digest;
    expect(applyOps(store, [...ops, ops[0]!])).toEqual({ applied: 0, alreadyHad: 3, conflicts: 0 });
    expect(readStatus(store).digest).toBe(digest);
    expect(store.db.prepare('SELECT count(*) FROM ops').pluck().get()).toBe(2);
  });

  it('deletes by tombstone: the row stays, marked deleted, and a later edit cannot resurrect it by accident', () => {
    const store = tempStore();
    const row = uuidv7();
    applyOps(store, [op(NODE_A, T - 3000, row, 'name', 'Gone'), op(NODE_A, T - 2000, row, 'deleted', 1)]);
    applyOps(store, [op(NODE_B, T - 2500, row, 'name', 'Renamed')]);
    expect(store.db.prepare('SELECT name, deleted FROM schools WHERE id = ?').get(row)).toEqual({ name: 'Renamed', deleted: 1 });
  });

  it('records concurrent edits of one field on two devices as a conflict, keeping both values in the log', () => {
    const store = tempStore();
    const row = uuidv7();
    const start = op(NODE_A, T - 5000, row, 'name', 'Riverbend');
    applyOps(store, [start]);
    const a = op(NODE_A, T - 4000, row, 'name', 'Riverbend High', start.opId);
    const b = op(NODE_B, T - 3000, row, 'name', 'Riverbend HS', start.opId);
    expect(applyOps(store, [a]).conflicts).toBe(0);
    expect(applyOps(store, [b]).conflicts).toBe(1);
    expect(schoolName(store, row)).toBe('Riverbend HS');
    const conflict = store.db.prepare('SELECT kept_op, other_op FROM conflicts').get();
    expect(conflict).toEqual({ kept_op: b.opId, other_op: a.opId });
    expect(store.db.prepare('SELECT count(*) FROM ops WHERE row_id = ?').pluck().get(row)).toBe(3);
  });

  it('does not call a sequential edit a conflict, nor a concurrent edit to the same value', () => {
    const store = tempStore();
    const row = uuidv7();
    const first = op(NODE_A, T - 5000, row, 'name', 'One');
    const second = op(NODE_B, T - 4000, row, 'name', 'Two', first.opId);
    const same1 = op(NODE_A, T - 3000, row, 'code', 'X');
    const same2 = op(NODE_B, T - 2000, row, 'code', 'X');
    expect(applyOps(store, [first, second, same1, same2]).conflicts).toBe(0);
  });

  it('finds a conflict between two concurrent ops that arrive in one batch', () => {
    const store = tempStore();
    const row = uuidv7();
    const a = op(NODE_A, T - 4000, row, 'name', 'A');
    const b = op(NODE_B, T - 3000, row, 'name', 'B');
    expect(applyOps(store, [a, b]).conflicts).toBe(1);
    expect(schoolName(store, row)).toBe('B');
  });

  it('rejects unknown tables and columns, wrong value kinds and malformed ops, changing nothing', () => {
    const store = tempStore();
    const row = uuidv7();
    const good = op(NODE_A, T - 1000, row, 'name', 'ok');
    const bad: unknown[] = [
      { ...good, opId: uuidv7(), table: 'sqlite_master' },
      { ...good, opId: uuidv7(), column: 'name"; DROP TABLE schools; --' },
      { ...good, opId: uuidv7(), column: 'archived', value: 'yes' },
      { ...good, opId: 'not-an-id' },
      { ...good, opId: uuidv7(), hlc: formatHlc({ ms: T, counter: 0, node: NODE_B }) },
      { ...good, opId: uuidv7(), extra: 1 },
      null,
    ];
    for (const b of bad) {
      const before = readStatus(store);
      expect(() => applyOps(store, [good, b])).toThrow(AppError);
      expect(readStatus(store)).toEqual(before);
    }
    expect(store.db.prepare('SELECT count(*) FROM ops').pluck().get()).toBe(0);
  });

  it('refuses ops dated more than a day ahead with "clock is wrong", applying none of the batch', () => {
    const store = tempStore();
    const row = uuidv7();
    const fine = op(NODE_A, T - 1000, row, 'name', 'fine');
    const future = op(NODE_B, T + 2 * 86_400_000, row, 'code', 'future');
    let error: AppError | undefined;
    try {
      applyOps(store, [fine, future]);
    } catch (err) {
      error = err as AppError;
    }
    expect(error?.code).toBe('clock_wrong');
    expect(error?.message).toMatch(/clock is wrong/i);
    expect(store.db.prepare('SELECT count(*) FROM ops').pluck().get()).toBe(0);
    expect(store.db.prepare('SELECT count(*) FROM schools').pluck().get()).toBe(0);
  });

  it('moves the local clock past remote ops, so the next local edit wins over them', () => {
    const store = tempStore();
    const row = uuidv7();
    const ahead = op(NODE_B, T + 3_600_000, row, 'name', 'from a fast clock');
    applyOps(store, [ahead]);
    writeChanges(store, [{ table: 'schools', row, values: { name: 'local edit' } }]);
    expect(schoolName(store, row)).toBe('local edit');
  });
});
