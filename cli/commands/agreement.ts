// `fieldbook agreement FILE [--scale 1,2,3,4]`: every agreement statistic for
// a ratings file, printed as one JSON object. A malformed file gets one
// sentence naming the row, unit or line at fault, and a non-zero exit. Rater
// and unit names come from the file, so the sentence is printed terminal-safe.
import { parseAgreementFile, RATINGS_FILE_MAX_BYTES } from '../../shared/agreement/input.js';
import { RatingDataError } from '../../shared/agreement/ratingTable.js';
import { agreementReport } from '../../shared/agreement/report.js';
import { readFileText, UsageError, type CommandContext } from '../context.js';
import { terminalSafe } from '../terminalText.js';

const USAGE = 'Usage: fieldbook agreement FILE [--scale 1,2,3,4]';

function parseScale(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const values = text.split(',').map((part) => Number(part.trim()));
  if (values.some((v, i) => !Number.isFinite(v) || text.split(',')[i]!.trim() === '')) {
    throw new UsageError(`--scale "${text}" is not a list of numbers; write the levels like --scale 1,2,3,4.`);
  }
  return values;
}

export function agreementCommand(ctx: CommandContext, scaleFlag: string | undefined): number {
  const [file, ...extra] = ctx.args;
  if (!file || extra.length > 0) throw new UsageError(USAGE);
  const text = readFileText(file, { maxBytes: RATINGS_FILE_MAX_BYTES, kind: 'a ratings file' });
  try {
    const parsed = parseAgreementFile(text, parseScale(scaleFlag));
    const report = agreementReport(parsed.input);
    if (parsed.inferredScale) {
      report.notes.scale = `the scale was taken from the scores in the file (${parsed.inferredScale.join(', ')}); pass --scale with the rubric's levels to build chance agreement and weights over the full scale`;
    }
    ctx.out(JSON.stringify(report, null, 2));
    return 0;
  } catch (err) {
    if (err instanceof RatingDataError) {
      ctx.err(terminalSafe(`${file}: ${err.message}`));
      return 1;
    }
    throw err;
  }
}
