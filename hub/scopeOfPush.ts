// The scope of every op in a push. A row's scope is known from an earlier
// push (the row_scopes table) or defined in this push by its parent column's
// op; an op whose row has neither is out of scope. Rows defined here are
// handed back so the push stores them with its ops.
import { isSyncedTable, type SyncedTable } from '../shared/registry.js';
import type { Op } from '../db/ops.js';
import { DISTRICT_SCOPE, SCOPE_RULES } from './scopeRules.js';
import type { PushTx } from './storage/types.js';

export interface PushScopes {
  /** Scope per op, in order; null where the row's scope cannot be told. */
  scopes: (string | null)[];
  newRowScopes: Map<string, { table: string; scope: string }>;
}

function fieldKey(row: string, column: string): string {
  return `${row}\u0000${column}`;
}

export async function scopesOfPush(tx: PushTx, ops: readonly Op[]): Promise<PushScopes> {
  const tableOf = new Map<string, SyncedTable>();
  const valueOf = new Map<string, string>();
  /** Rows whose push sets a definer column (perhaps to nothing), and the device that set it. */
  const definedBy = new Map<string, string>();
  const lookUp = new Set<string>();
  for (const op of ops) {
    if (!isSyncedTable(op.table)) continue;
    tableOf.set(op.row, op.table);
    const rule = SCOPE_RULES[op.table];
    if (rule.kind !== 'defined') continue;
    lookUp.add(op.row);
    for (const definer of rule.definers) {
      if (definer.column === op.column) definedBy.set(op.row, op.node);
      if (definer.column === op.column && typeof op.value === 'string' && op.value !== '') {
        valueOf.set(fieldKey(op.row, op.column), op.value);
        if ('parent' in definer) lookUp.add(op.value);
      }
    }
  }
  const known = await tx.rowScopes([...lookUp]);
  const newRowScopes = new Map<string, { table: string; scope: string }>();

  const scopeOfRow = (table: SyncedTable, row: string, depth: number): string | null => {
    const rule = SCOPE_RULES[table];
    if (rule.kind === 'district') return DISTRICT_SCOPE;
    if (rule.kind === 'own-team') return `team:${row}`;
    const found = known.get(row) ?? newRowScopes.get(row)?.scope;
    if (found !== undefined) return found;
    if (depth > 4 || tableOf.get(row) !== table) return null;
    for (const definer of rule.definers) {
      const value = valueOf.get(fieldKey(row, definer.column));
      if (value === undefined) continue;
      const scope = 'scope' in definer ? `${definer.scope}:${value}` : scopeOfRow(definer.parent, value, depth + 1);
      if (scope !== null) {
        newRowScopes.set(row, { table, scope });
        return scope;
      }
    }
    const author = definedBy.get(row);
    if (!rule.authorFallback || author === undefined || rule.definers.some((d) => valueOf.has(fieldKey(row, d.column)))) return null;
    const scope = `device:${author}`;
    newRowScopes.set(row, { table, scope });
    return scope;
  };
  const scopes = ops.map((op) => (isSyncedTable(op.table) ? scopeOfRow(op.table, op.row, 0) : null));
  return { scopes, newRowScopes };
}
