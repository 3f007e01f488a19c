// What must hold of every agreement report, whatever the data: each value is a
// finite number or null, each null has its reason under `notes` at the same
// path, and each note explains a null (or the report-wide "pairs"/"scale").
// Plus a tolerant deep comparison that names the paths that differ.

export type Leaf = { path: string; value: unknown };

/** Every non-object value with its path in the report's note style: a.b, pairs[0].exact. */
export function leaves(value: unknown, path = ''): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, path === '' ? key : `${path}.${key}`));
  }
  return [{ path, value }];
}

/** Notes about the report as a whole rather than one statistic. */
const REPORT_NOTES = new Set(['pairs', 'scale']);

/** Sentences describing each broken rule; empty when the report is sound. */
export function reportProblems(report: { notes: Record<string, string> }): string[] {
  const { notes, ...statistics } = report;
  const problems: string[] = [];
  const nulls = new Set<string>();
  for (const { path, value } of leaves(statistics)) {
    if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`${path} is ${value}`);
    if (value === null) {
      nulls.add(path);
      if (typeof notes[path] !== 'string' || notes[path].trim() === '') problems.push(`${path} is null without a note`);
    }
    if (value === undefined) problems.push(`${path} is undefined`);
  }
  for (const key of Object.keys(notes)) {
    if (!nulls.has(key) && !REPORT_NOTES.has(key)) problems.push(`note ${key} explains no null value`);
  }
  return problems;
}

/** Paths where actual and expected differ: other keys, other nulls, or numbers further apart than tolerance (relative above 1). */
export function differences(actual: unknown, expected: unknown, tolerance: number): string[] {
  const got = new Map(leaves(actual).map((l) => [l.path, l.value]));
  const want = leaves(expected);
  const out: string[] = [];
  for (const { path, value } of want) {
    if (!got.has(path)) {
      out.push(`${path}: missing, expected ${String(value)}`);
      continue;
    }
    const g = got.get(path);
    got.delete(path);
    const close = typeof g === 'number' && typeof value === 'number' ? Math.abs(g - value) <= tolerance * Math.max(1, Math.abs(value)) : g === value;
    if (!close) out.push(`${path}: got ${String(g)}, expected ${String(value)}`);
  }
  for (const path of got.keys()) out.push(`${path}: not expected`);
  return out;
}
