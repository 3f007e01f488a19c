// The field-level op: the unit of change that is logged, synced and applied.
import { AppError } from '../shared/errors.js';
import { isHlc, NODE_ID_PATTERN } from '../shared/hlc.js';
import { isUuidV7 } from '../shared/ids.js';
import { columnType, valueFits, type OpValue } from '../shared/registry.js';

export interface Op {
  opId: string;
  hlc: string;
  node: string;
  table: string;
  row: string;
  column: string;
  value: OpValue;
  /** The op this one was written over on its device (null for a field's first value). */
  base: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const OP_KEYS = new Set(['opId', 'hlc', 'node', 'table', 'row', 'column', 'value', 'base']);

function malformed(index: number, problem: string): AppError {
  return new AppError('invalid_input', `Change ${index + 1} is malformed: ${problem}.`);
}

/**
 * Makes a checker for the ops of one batch: each op from anywhere (a bundle,
 * the hub, a test) is checked against the shape and the registry, and an
 * AppError names the op and the problem. Hand-written rather than a zod
 * schema because it runs once per op on the hottest path; ops of one change
 * share their timestamp and row, so the last good ones are remembered.
 */
export function createOpValidator(): (raw: unknown, index: number) => Op {
  let goodHlc = '';
  let goodRow = '';
  return (raw, index) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw malformed(index, 'not an object');
    const op = raw as Record<string, unknown>;
    for (const key of Object.keys(op)) if (!OP_KEYS.has(key)) throw malformed(index, `unexpected field "${key}"`);
    const { opId, hlc, node, table, row, column, value, base } = op;
    if (typeof opId !== 'string' || !isUuidV7(opId)) throw malformed(index, 'op id must be a UUIDv7');
    if (typeof node !== 'string' || typeof hlc !== 'string') throw malformed(index, 'node and timestamp must be text');
    if (hlc !== goodHlc) {
      if (!NODE_ID_PATTERN.test(node) || !isHlc(hlc)) throw malformed(index, 'its timestamp is not a Fieldbook timestamp');
      goodHlc = hlc;
    }
    if (!hlc.endsWith(`-${node}`)) throw malformed(index, 'its timestamp names another device');
    if (row !== goodRow) {
      if (typeof row !== 'string' || !UUID.test(row)) throw malformed(index, 'row must be a UUID');
      goodRow = row;
    }
    if (base !== null && (typeof base !== 'string' || !isUuidV7(base))) throw malformed(index, 'base must be a UUIDv7 or null');
    if (typeof table !== 'string' || typeof column !== 'string') throw malformed(index, 'table and column must be names');
    const type = columnType(table, column);
    if (!type) throw new AppError('invalid_input', `Change ${index + 1} names an unknown field "${table}.${column}"; it may come from a newer Fieldbook.`);
    if (!valueFits(type, value)) throw new AppError('invalid_input', `Change ${index + 1} puts a value of the wrong kind into "${table}.${column}" (expected ${type}).`);
    return { opId, hlc, node, table, row: row as string, column, value, base };
  };
}
