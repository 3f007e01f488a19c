// `fieldbook rubric list|show|validate|import|export`: the rubric library at
// the terminal. validate and import list the problems in a file (the first
// 50, then how many more), one "path: sentence" line each, exit non-zero and
// store nothing. A file over RUBRIC_FILE_MAX_BYTES is refused unread. Names
// and paths come from files, so each line is printed terminal-safe.
import fs from 'node:fs';
import path from 'node:path';
import { exportRubricFile, importRubricText } from '../../db/rubrics/files.js';
import { listRubrics } from '../../db/rubrics/library.js';
import { readVersion } from '../../db/rubrics/versions.js';
import { scaleOf } from '../../shared/rubric/format.js';
import type { StoredRubricVersion } from '../../shared/rubric/records.js';
import { checkRubricText, moreProblemsLine, problemLine, RUBRIC_FILE_MAX_BYTES, type RubricProblem } from '../../shared/rubric/validate.js';
import { readFileText, UsageError, type CommandContext, type FileLimit } from '../context.js';
import { terminalSafe } from '../terminalText.js';
import { withStore } from '../withStore.js';

export interface RubricOptions {
  json: boolean;
  out: string | undefined;
}

const RUBRIC_FILE: FileLimit = { maxBytes: RUBRIC_FILE_MAX_BYTES, kind: 'a rubric file', nothing: ', and nothing was stored' };

const USAGE = 'Usage: fieldbook rubric list|show ID[@VERSION]|validate FILE|import FILE|export ID[@VERSION] [--out FILE]';

/** Runs one rubric subcommand; returns the exit code. */
export function rubricCommand(ctx: CommandContext, options: RubricOptions): number {
  const [sub, target, ...extra] = ctx.args;
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}". ${USAGE}`);
  switch (sub) {
    case 'list':
      listCommand(ctx, options.json);
      return 0;
    case 'show':
      showCommand(ctx, parseRef(target), options.json);
      return 0;
    case 'validate':
      return validateCommand(ctx, required(target, 'FILE'), options.json);
    case 'import':
      return importCommand(ctx, required(target, 'FILE'), options.json);
    case 'export':
      exportCommand(ctx, parseRef(target), options.out);
      return 0;
    default:
      throw new UsageError(sub ? `Unknown rubric command "${sub}". ${USAGE}` : USAGE);
  }
}

function required(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`Give a ${what}. ${USAGE}`);
  return value;
}

/** "tru-math" or "tru-math@2". */
function parseRef(value: string | undefined): { id: string; version?: number } {
  const ref = required(value, 'rubric id');
  const match = /^([^@]+)(?:@(\d+))?$/.exec(ref);
  if (!match) throw new UsageError(`"${ref}" is not a rubric id; write ID or ID@VERSION, such as tru-math@1.`);
  return { id: match[1]!, version: match[2] === undefined ? undefined : Number(match[2]) };
}

function listCommand(ctx: CommandContext, json: boolean): void {
  const rubrics = withStore(ctx, (store) => listRubrics(store.db));
  if (json) {
    ctx.out(JSON.stringify(rubrics, null, 2));
    return;
  }
  for (const r of rubrics) {
    const published = r.versions.map((v) => `v${v.version}${v.retired ? ' (retired)' : ''}`).join(', ') || 'none';
    const marks = [r.builtIn ? 'built-in' : '', r.template ? 'template' : '', r.draft ? `draft v${r.draft.version}` : ''].filter(Boolean);
    ctx.out(terminalSafe(`${r.id}  ${r.name}  [published: ${published}]${marks.length ? `  ${marks.join(', ')}` : ''}`));
  }
}

function describeVersion(v: StoredRubricVersion): string[] {
  const r = v.rubric;
  const scale = scaleOf(r);
  const lines = [
    `${r.name} (${v.id} version ${v.version}${v.retired ? ', retired' : ''})`,
    `Subject: ${r.subject}${r.gradeBand ? `, grades ${r.gradeBand}` : ''}`,
    `Scored per: ${r.scoring.unit}${scale ? `; scale ${scale.levels.map((l) => `${l.value} ${l.label}`).join(', ')}${scale.naAllowed ? ', N/A allowed' : ''}` : ''}`,
    `Fingerprint (SHA-256): ${v.contentHash}`,
    `Dimensions:`,
    ...r.dimensions.map((d) => `  ${d.id}: ${d.name}${d.scored ? '' : ' (evidence only)'}`),
  ];
  if (r.attribution.source) lines.push(`Source: ${r.attribution.source}`);
  return lines;
}

function showCommand(ctx: CommandContext, ref: { id: string; version?: number }, json: boolean): void {
  const stored = withStore(ctx, (store) => readVersion(store.db, ref.id, ref.version));
  if (json) ctx.out(JSON.stringify(stored, null, 2));
  else for (const line of describeVersion(stored)) ctx.out(terminalSafe(line));
}

function reportProblems(ctx: CommandContext, file: string, problems: RubricProblem[], moreProblems: number, json: boolean): void {
  if (json) {
    ctx.out(JSON.stringify({ valid: false, problems, moreProblems }, null, 2));
    return;
  }
  const total = problems.length + moreProblems;
  ctx.err(terminalSafe(`${file} is not a valid rubric (${total.toLocaleString('en-US')} problem${total === 1 ? '' : 's'}); nothing was stored:`));
  for (const problem of problems) ctx.err(`  ${terminalSafe(problemLine(problem))}`);
  const more = moreProblemsLine(moreProblems);
  if (more) ctx.err(`  ${more}`);
}

function validateCommand(ctx: CommandContext, file: string, json: boolean): number {
  const check = checkRubricText(readFileText(file, RUBRIC_FILE));
  if (!check.ok) {
    reportProblems(ctx, file, check.problems, check.moreProblems, json);
    return 1;
  }
  const { rubric } = check;
  if (json) ctx.out(JSON.stringify({ valid: true, id: rubric.id, version: rubric.version, name: rubric.name }, null, 2));
  else ctx.out(terminalSafe(`${file} is a valid rubric: ${rubric.name} (${rubric.id} version ${rubric.version}, ${rubric.dimensions.length} dimensions).`));
  return 0;
}

function importCommand(ctx: CommandContext, file: string, json: boolean): number {
  const text = readFileText(file, RUBRIC_FILE);
  const result = withStore(ctx, (store) => importRubricText(store.db, text, store.now()));
  if (result.outcome === 'invalid') {
    reportProblems(ctx, file, result.problems, result.moreProblems ?? 0, json);
    return 1;
  }
  if (json) ctx.out(JSON.stringify(result, null, 2));
  else if (result.outcome === 'stored') ctx.out(terminalSafe(`Imported ${result.name} (${result.id} version ${result.version}).`));
  else ctx.out(terminalSafe(`Already had ${result.name} (${result.id} version ${result.version}); nothing changed.`));
  return 0;
}

function exportCommand(ctx: CommandContext, ref: { id: string; version?: number }, out: string | undefined): void {
  const file = withStore(ctx, (store) => exportRubricFile(store.db, ref.id, ref.version));
  if (!out) {
    ctx.out(file.text.trimEnd());
    return;
  }
  const target = path.resolve(out);
  if (fs.existsSync(target)) throw new UsageError(`${target} already exists; choose another file name.`);
  // Written beside the target and renamed, so a half-written file never carries the final name.
  const temp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temp, file.text, { flush: true });
  fs.renameSync(temp, target);
  ctx.out(`Exported ${ref.id} to ${target}.`);
}
