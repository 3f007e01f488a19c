// Reading a rubric someone wrote: every problem is reported at once, each as
// a path into the file and a sentence ("dimensions[2].levels[0].value:
// expected a number, got text"), so a district can fix a file in one pass.
// A file is at most RUBRIC_FILE_MAX_BYTES, and the list stops at the first
// PROBLEM_LIST_MAX problems and counts the rest: a file of a hundred thousand
// unknown fields gets 50 lines and "and N more", not a list bigger than it.
// docs/rubric-format.md states both limits.
import { z } from 'zod';
import { RubricSchema, type Rubric } from './format.js';
import { describeJsonError } from './jsonError.js';

/** The largest rubric file the command line and the app read: seventy times TRU Math's file (15 KB). */
export const RUBRIC_FILE_MAX_BYTES = 1024 * 1024;
/** The most problems a check lists; the rest are counted. */
export const PROBLEM_LIST_MAX = 50;

/** Bytes in UTF-8, without encoding: the limit is on the file, and a file is bytes. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const TOO_BIG = `A rubric file can be at most ${RUBRIC_FILE_MAX_BYTES / 1024 / 1024} MiB (${RUBRIC_FILE_MAX_BYTES.toLocaleString('en-US')} bytes).`;

/** No more bytes than a rubric file may have; a string with more characters than that has more bytes, uncounted. */
function fitsRubricFile(text: string): boolean {
  return text.length <= RUBRIC_FILE_MAX_BYTES && utf8Bytes(text) <= RUBRIC_FILE_MAX_BYTES;
}

/** A rubric file's text as the API takes it: no more bytes than the command line reads. */
export const RubricFileTextSchema = z.string().refine(fitsRubricFile, TOO_BIG);

export interface RubricProblem {
  /** Where in the file, as a person would write it: dimensions[2].levels[0].value; empty for the whole file. */
  path: string;
  message: string;
}

export type RubricCheck =
  | { ok: true; rubric: Rubric }
  /** problems: the first PROBLEM_LIST_MAX; moreProblems: how many more there are. */
  | { ok: false; problems: RubricProblem[]; moreProblems: number };

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

/** How many problems an issue makes: one per unknown field, else one. */
function problemCount(issue: z.core.$ZodIssue): number {
  return issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
}

/** The issue's problems, at most `room` of them. */
function describeIssue(issue: z.core.$ZodIssue, room: number): RubricProblem[] {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return [{ path, message: `is missing: expected ${expected}` }];
      if (issue.expected === 'int' && typeof issue.input === 'number') return [{ path, message: 'must be a whole number' }];
      return [{ path, message: `expected ${expected}, got ${describeValue(issue.input)}` }];
    }
    case 'unrecognized_keys': {
      // Inside "scoring" the allowed fields depend on the unit, so the spelling is rarely the problem.
      const message = issue.path.at(-1) === 'scoring' ? 'does not belong with this scoring unit (see "scoring" in docs/rubric-format.md)' : 'is not a field of the rubric format (check the spelling)';
      return issue.keys.slice(0, room).map((key) => ({ path: formatPath([...issue.path, key]), message }));
    }
    case 'invalid_value':
      return [{ path, message: issue.values.length === 1 ? `must be ${quoteAll(issue.values)}` : `must be one of ${quoteAll(issue.values)}` }];
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) return [{ path, message: `must be one of ${quoteAll(issue.options)}` }];
      return [{ path, message: issue.message }];
    // zod's own wording for limits starts "Too small"/"Too big"; a schema's own message is kept.
    case 'too_small':
      if (issue.origin === 'number' && issue.message.startsWith('Too small')) return [{ path, message: `must be at least ${String(issue.minimum)}` }];
      return [{ path, message: issue.message }];
    case 'too_big':
      if (issue.origin === 'number' && issue.message.startsWith('Too big')) return [{ path, message: `must be at most ${String(issue.maximum)}` }];
      return [{ path, message: issue.message }];
    default:
      return [{ path, message: issue.message }];
  }
}

/** Checks a parsed JSON value against rubric format v1. */
export function checkRubric(value: unknown): RubricCheck {
  const result = RubricSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, rubric: result.data };
  const problems: RubricProblem[] = [];
  let total = 0;
  for (const issue of result.error.issues) {
    total += problemCount(issue);
    if (problems.length < PROBLEM_LIST_MAX) problems.push(...describeIssue(issue, PROBLEM_LIST_MAX - problems.length));
  }
  return { ok: false, problems, moreProblems: total - problems.length };
}

/** "and 12 more problems", or null when the list is whole. */
export function moreProblemsLine(moreProblems: number): string | null {
  if (moreProblems === 0) return null;
  return `and ${moreProblems.toLocaleString('en-US')} more problem${moreProblems === 1 ? '' : 's'}`;
}

/** Checks the text of a rubric file: its size, then JSON, then the format. A byte-order mark (Notepad's "UTF-8 with BOM") is fine. */
export function checkRubricText(text: string): RubricCheck {
  if (!fitsRubricFile(text)) return { ok: false, problems: [{ path: '', message: TOO_BIG }], moreProblems: 0 };
  const json = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return { ok: false, problems: [{ path: '', message: describeJsonError(json, err instanceof Error ? err.message : String(err)) }], moreProblems: 0 };
  }
  return checkRubric(value);
}
