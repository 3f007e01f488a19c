// Reading a rubric someone wrote: every problem is reported at once, each as
// a path into the file and a sentence ("dimensions[2].levels[0].value:
// expected a number, got text"), so a district can fix a file in one pass.
import type { z } from 'zod';
import { RubricSchema, type Rubric } from './format.js';

export interface RubricProblem {
  /** Where in the file, as a person would write it: dimensions[2].levels[0].value; empty for the whole file. */
  path: string;
  message: string;
}

export type RubricCheck = { ok: true; rubric: Rubric } | { ok: false; problems: RubricProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** The problem as one line: "path: message", or the message alone for the whole file. */
export function problemLine(problem: RubricProblem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return 'an object';
}

function quoteAll(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

function describeIssue(issue: z.core.$ZodIssue): RubricProblem[] {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return [{ path, message: `is missing: expected ${expected}` }];
      if (issue.expected === 'int' && typeof issue.input === 'number') return [{ path, message: 'must be a whole number' }];
      return [{ path, message: `expected ${expected}, got ${describeValue(issue.input)}` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'is not a field of the rubric format (check the spelling)' }));
    case 'invalid_value':
      return [{ path, message: issue.values.length === 1 ? `must be ${quoteAll(issue.values)}` : `must be one of ${quoteAll(issue.values)}` }];
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) return [{ path, message: `must be one of ${quoteAll(issue.options)}` }];
      return [{ path, message: issue.message }];
    case 'too_small':
      if (issue.origin === 'number') return [{ path, message: `must be at least ${String(issue.minimum)}` }];
      return [{ path, message: issue.message }];
    case 'too_big':
      if (issue.origin === 'number') return [{ path, message: `must be at most ${String(issue.maximum)}` }];
      return [{ path, message: issue.message }];
    default:
      return [{ path, message: issue.message }];
  }
}

/** Checks a parsed JSON value against rubric format v1. */
export function checkRubric(value: unknown): RubricCheck {
  const result = RubricSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, rubric: result.data };
  return { ok: false, problems: result.error.issues.flatMap(describeIssue) };
}

/** Checks the text of a rubric file: JSON first, then the format. */
export function checkRubricText(text: string): RubricCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, problems: [{ path: '', message: `The file is not valid JSON (${reason}).` }] };
  }
  return checkRubric(value);
}
