// Every agreement statistic for one raters × units table, as one JSON-ready
// object: the shape `fieldbook agreement` prints and the calibration reveal
// shows. Undefined statistics are null, with the reason under `notes`, keyed
// by the statistic's path (for example "pairs[0].cohen_kappa.linear").
import { anchorAgreement } from './anchor.js';
import type { Estimate } from './estimate.js';
import { ICC_FORMS, intraclassCorrelations, type IccForm } from './icc.js';
import { krippendorffAlpha } from './krippendorff.js';
import { fleissKappa, gwetAc, pairShare } from './multiRater.js';
import { pairAgreements } from './pairwise.js';
import { ratingTable, RatingDataError, rowNamer, unitCounts, type RatingInput } from './ratingTable.js';
import { weightMatrix, withinOneLevel } from './weights.js';

export interface AgreementInput extends RatingInput {
  /** one name per rater row; defaults to R1, R2, ... */
  raters?: readonly string[];
  /** the anchor (master) score per unit, null where there is none */
  anchor?: readonly (number | null)[];
}

type Value = number | null;

export interface PairReport {
  a: string;
  b: string;
  n: number;
  exact: Value;
  adjacent: Value;
  cohen_kappa: { unweighted: Value; linear: Value; quadratic: Value };
}

export interface AnchorReport {
  rater: string;
  n: number;
  exact: Value;
  adjacent: Value;
  mean_deviation: Value;
}

export interface AgreementReport {
  units: number;
  raters: number;
  exact: Value;
  adjacent: Value;
  fleiss_kappa: Value;
  gwet_ac1: Value;
  gwet_ac2: { linear: Value; quadratic: Value; ordinal: Value };
  krippendorff_alpha: { nominal: Value; ordinal: Value; interval: Value; ratio: Value };
  icc: Record<IccForm, Value>;
  pairs: PairReport[];
  anchor?: AnchorReport[];
  notes: Record<string, string>;
}

function raterNames(input: AgreementInput): string[] {
  const count = Array.isArray(input.ratings) ? input.ratings.length : 0;
  if (input.raters === undefined) return Array.from({ length: count }, (_, i) => `R${i + 1}`);
  if (!Array.isArray(input.raters) || input.raters.length !== count || input.raters.some((name) => typeof name !== 'string' || name.trim() === '')) {
    throw new RatingDataError(`"raters" must list one non-empty name per row of ratings (${count}).`);
  }
  if (new Set(input.raters).size !== input.raters.length) throw new RatingDataError('Each rater name in "raters" must be different.');
  return [...input.raters];
}

export function agreementReport(input: AgreementInput): AgreementReport {
  const names = raterNames(input);
  const table = ratingTable(input, rowNamer(input.raters === undefined ? undefined : names));
  const anchorLevels = input.anchor === undefined ? undefined : ratingTable({ scale: table.scale, ratings: [input.anchor] }, () => 'the anchor').levels[0]!;
  if (anchorLevels && anchorLevels.length !== table.units) {
    throw new RatingDataError(`"anchor" has ${anchorLevels.length} scores but there are ${table.units} units.`);
  }
  const notes: Record<string, string> = {};
  const value = (path: string, estimate: Estimate): Value => {
    if (estimate.value === null) notes[path] = estimate.reason;
    return estimate.value;
  };
  const counts = unitCounts(table);
  const weights = (kind: Parameters<typeof weightMatrix>[1]) => weightMatrix(table.scale, kind);
  const icc = intraclassCorrelations(table);
  const report: AgreementReport = {
    units: table.units,
    raters: table.raters,
    exact: value('exact', pairShare(counts, (k, l) => k === l)),
    adjacent: value('adjacent', pairShare(counts, withinOneLevel)),
    fleiss_kappa: value('fleiss_kappa', fleissKappa(counts, weights('identity'))),
    gwet_ac1: value('gwet_ac1', gwetAc(counts, weights('identity'))),
    gwet_ac2: {
      linear: value('gwet_ac2.linear', gwetAc(counts, weights('linear'))),
      quadratic: value('gwet_ac2.quadratic', gwetAc(counts, weights('quadratic'))),
      ordinal: value('gwet_ac2.ordinal', gwetAc(counts, weights('ordinal'))),
    },
    krippendorff_alpha: {
      nominal: value('krippendorff_alpha.nominal', krippendorffAlpha(counts, table.scale, 'nominal')),
      ordinal: value('krippendorff_alpha.ordinal', krippendorffAlpha(counts, table.scale, 'ordinal')),
      interval: value('krippendorff_alpha.interval', krippendorffAlpha(counts, table.scale, 'interval')),
      ratio: value('krippendorff_alpha.ratio', krippendorffAlpha(counts, table.scale, 'ratio')),
    },
    icc: Object.fromEntries(ICC_FORMS.map((form) => [form, value(`icc.${form}`, icc[form])])) as Record<IccForm, Value>,
    pairs: pairAgreements(table).map((pair, i) => ({
      a: names[pair.a]!,
      b: names[pair.b]!,
      n: pair.n,
      exact: value(`pairs[${i}].exact`, pair.exact),
      adjacent: value(`pairs[${i}].adjacent`, pair.adjacent),
      cohen_kappa: {
        unweighted: value(`pairs[${i}].cohen_kappa.unweighted`, pair.cohenKappa.unweighted),
        linear: value(`pairs[${i}].cohen_kappa.linear`, pair.cohenKappa.linear),
        quadratic: value(`pairs[${i}].cohen_kappa.quadratic`, pair.cohenKappa.quadratic),
      },
    })),
    notes,
  };
  if (table.raters < 2) notes.pairs = 'there is only one rater, so there are no rater pairs';
  if (anchorLevels) {
    report.anchor = table.levels.map((row, r) => {
      const a = anchorAgreement(row, anchorLevels, table.scale);
      return {
        rater: names[r]!,
        n: a.n,
        exact: value(`anchor[${r}].exact`, a.exact),
        adjacent: value(`anchor[${r}].adjacent`, a.adjacent),
        mean_deviation: value(`anchor[${r}].mean_deviation`, a.meanDeviation),
      };
    });
  }
  // Key order: notes last, after anchor, so the printed object reads top-down.
  const { notes: collected, ...rest } = report;
  return { ...rest, notes: collected };
}
