// Reads an agreement file: JSON {"scale", "ratings", "raters"?, "anchor"?}
// (rows are raters, columns units, null for missing) or CSV with the header
// unit,rater,score (one row per score; an empty score or NA is missing; a
// rater called "anchor" gives the anchor scores). CSV carries no scale, so it
// comes from the caller or, failing that, from the scores in the file.
// Limits (docs/agreement.md): a file of at most RATINGS_FILE_MAX_BYTES, and at
// most RATINGS_MAX_RATERS raters, since the report lists every pair of them.
import { CsvSyntaxError, parseCsv } from '../csv.js';
import type { AgreementInput } from './report.js';
import { RatingDataError } from './ratingTable.js';

export interface ParsedAgreementFile {
  input: AgreementInput;
  /** set when the scale was read from the scores rather than given */
  inferredScale?: readonly number[];
}

/** The largest ratings file the command line reads: a million scores as CSV, several million as JSON. */
export const RATINGS_FILE_MAX_BYTES = 20 * 1024 * 1024;
/** The most raters in one report: it lists every pair (19,900 for 200), and 2,000 raters in a 4 MB file took 20 s and 2.5 GB. */
export const RATINGS_MAX_RATERS = 200;

function checkRaterCount(raters: number): void {
  if (raters > RATINGS_MAX_RATERS) {
    const pairs = (RATINGS_MAX_RATERS * (RATINGS_MAX_RATERS - 1)) / 2;
    throw new RatingDataError(
      `The file has ${raters.toLocaleString('en-US')} raters, more than the ${RATINGS_MAX_RATERS} (${pairs.toLocaleString('en-US')} pairs) Fieldbook compares in one report; split the raters into smaller groups.`,
    );
  }
}

const JSON_KEYS = new Set(['scale', 'ratings', 'raters', 'anchor']);

function fromJson(text: string): AgreementInput {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new RatingDataError(`The file is not valid JSON (${(e as Error).message}).`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new RatingDataError('The file must hold one JSON object with "scale" and "ratings".');
  }
  const record = data as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !JSON_KEYS.has(key));
  if (unknown.length > 0) throw new RatingDataError(`Unknown key ${JSON.stringify(unknown[0])}; the file may have "scale", "ratings", "raters" and "anchor".`);
  if (!Array.isArray(record.scale)) throw new RatingDataError('"scale" must be a list of the rubric\'s level values, for example [1, 2, 3, 4].');
  if (!Array.isArray(record.ratings)) throw new RatingDataError('"ratings" must be a list of rows, one per rater, each with one score (or null) per unit.');
  if (record.anchor !== undefined && !Array.isArray(record.anchor)) throw new RatingDataError('"anchor" must be a list with one score (or null) per unit.');
  if (record.raters !== undefined && !Array.isArray(record.raters)) throw new RatingDataError('"raters" must be a list of names, one per row of ratings.');
  checkRaterCount(record.ratings.length);
  return record as unknown as AgreementInput;
}

function csvScore(text: string, line: number): number | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.toUpperCase() === 'NA') return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) throw new RatingDataError(`Line ${line}: the score ${JSON.stringify(trimmed)} is not a number; leave it empty or write NA when it is missing.`);
  return value;
}

function fromCsv(text: string, scale: readonly number[] | undefined): ParsedAgreementFile {
  let rows;
  try {
    rows = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new RatingDataError(e.message);
    throw e;
  }
  const header = rows.shift()?.cells.map((c) => c.trim().toLowerCase());
  if (!header || header.join(',') !== 'unit,rater,score') throw new RatingDataError('A CSV agreement file starts with the header unit,rater,score.');
  const units = new Map<string, number>();
  const raters = new Map<string, Map<number, number | null>>();
  const anchor = new Map<number, number | null>();
  for (const { line, cells } of rows) {
    if (cells.length !== 3) throw new RatingDataError(`Line ${line} has ${cells.length} cells; every row needs unit,rater,score.`);
    const [unitName, raterName, scoreText] = cells.map((c) => c.trim()) as [string, string, string];
    if (unitName === '' || raterName === '') throw new RatingDataError(`Line ${line}: the unit and the rater must not be empty.`);
    if (!units.has(unitName)) units.set(unitName, units.size);
    const unit = units.get(unitName)!;
    const target = raterName.toLowerCase() === 'anchor' ? anchor : (raters.get(raterName) ?? raters.set(raterName, new Map()).get(raterName)!);
    if (target.has(unit)) throw new RatingDataError(`Line ${line}: ${raterName} already has a score for unit ${JSON.stringify(unitName)}.`);
    const score = csvScore(scoreText, line);
    if (score !== null && scale && !scale.includes(score)) {
      throw new RatingDataError(`Line ${line}: the score ${score} is not on the scale (${scale.join(', ')}).`);
    }
    target.set(unit, score);
  }
  if (raters.size === 0) throw new RatingDataError('The CSV file has no scores.');
  checkRaterCount(raters.size);
  const grid = (scores: Map<number, number | null>) => Array.from({ length: units.size }, (_, u) => scores.get(u) ?? null);
  const ratings = [...raters.values()].map(grid);
  const observed = [...new Set([...ratings.flat(), ...grid(anchor)].filter((v): v is number => v !== null))].sort((a, b) => a - b);
  const input: AgreementInput = {
    scale: scale ?? observed,
    ratings,
    raters: [...raters.keys()],
    ...(anchor.size > 0 ? { anchor: grid(anchor) } : {}),
  };
  return scale ? { input } : { input, inferredScale: observed };
}

/** scale overrides a CSV file's inferred scale; a JSON file names its own. */
export function parseAgreementFile(text: string, scale?: readonly number[]): ParsedAgreementFile {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trimStart().startsWith('{')) {
    if (scale) throw new RatingDataError('A JSON agreement file names its own "scale"; --scale is for CSV files.');
    return { input: fromJson(body) };
  }
  return fromCsv(body, scale);
}
