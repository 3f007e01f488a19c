// Every agreement statistic of a revealed round, as `fieldbook agreement`
// computes it over raters × dimensions: agreement across all raters, then
// per pair of raters. A statistic the scores cannot define (one dimension,
// no variance) shows "—" and says why, in words, in the same cell.
import { useId } from 'react';
import type { RoundResults } from '../../../shared/calibration/schemas.js';
import { NONE, percentText, statisticText } from './resultWords.js';

type Statistics = RoundResults['statistics'];
type Kind = 'share' | 'statistic';

interface Row {
  label: string;
  /** The statistic's path in the report, which is where its reason is kept in `notes`. */
  path: string;
  value: number | null;
  kind: Kind;
}

const ICC_LABELS: Record<keyof Statistics['icc'], string> = {
  ICC1: 'one-way random, one rater',
  ICC2: 'two-way random, one rater',
  ICC3: 'two-way mixed, one rater',
  ICC1k: 'one-way random, mean of the raters',
  ICC2k: 'two-way random, mean of the raters',
  ICC3k: 'two-way mixed, mean of the raters',
};

/** One row per variant of a statistic reported as an object (weights, metrics, forms). */
function variants<T extends Record<string, number | null>>(group: string, values: T, label: (key: keyof T & string) => string): Row[] {
  return Object.entries(values).map(([key, value]) => ({ label: label(key), path: `${group}.${key}`, value, kind: 'statistic' }));
}

function overallRows(s: Statistics): Row[] {
  return [
    { label: 'Exact agreement', path: 'exact', value: s.exact, kind: 'share' },
    { label: 'Agreement within one level', path: 'adjacent', value: s.adjacent, kind: 'share' },
    { label: "Fleiss' kappa", path: 'fleiss_kappa', value: s.fleiss_kappa, kind: 'statistic' },
    { label: "Gwet's AC1", path: 'gwet_ac1', value: s.gwet_ac1, kind: 'statistic' },
    ...variants('gwet_ac2', s.gwet_ac2, (weights) => `Gwet's AC2, ${weights} weights`),
    ...variants('krippendorff_alpha', s.krippendorff_alpha, (metric) => `Krippendorff's alpha, ${metric}`),
    ...variants('icc', s.icc, (form) => `${form}: ${ICC_LABELS[form]}`),
  ];
}

/** A value, or "—" with the reason it is undefined. */
function StatisticCell({ value, kind, reason }: { value: number | null; kind: Kind; reason: string | undefined }) {
  if (value !== null) return <td className="stat-value">{kind === 'share' ? percentText(value) : statisticText(value)}</td>;
  return (
    <td className="stat-value">
      <span aria-hidden="true">{NONE}</span> <span className="stat-reason">Not defined: {reason ?? 'the scores do not allow it'}.</span>
    </td>
  );
}

function PairsTable({ statistics, nameOf }: { statistics: Statistics; nameOf(personId: string): string }) {
  const { pairs, notes } = statistics;
  if (pairs.length === 0) return <p className="muted">No rater pairs: {notes.pairs ?? 'there is only one rater'}.</p>;
  const kappas = ['unweighted', 'linear', 'quadratic'] as const;
  return (
    <div className="table-scroll">
      <table className="data-table stat-table">
        <caption>Rater pairs</caption>
        <thead>
          <tr>
            <th scope="col">Pair</th>
            <th scope="col">Dimensions</th>
            <th scope="col">Exact</th>
            <th scope="col">Within one</th>
            {kappas.map((k) => (
              <th scope="col" key={k}>
                Cohen&apos;s kappa, {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair, i) => (
            <tr key={`${pair.a}:${pair.b}`}>
              <th scope="row">
                {nameOf(pair.a)} and {nameOf(pair.b)}
              </th>
              <td>{pair.n}</td>
              <StatisticCell value={pair.exact} kind="share" reason={notes[`pairs[${i}].exact`]} />
              <StatisticCell value={pair.adjacent} kind="share" reason={notes[`pairs[${i}].adjacent`]} />
              {kappas.map((k) => (
                <StatisticCell key={k} value={pair.cohen_kappa[k]} kind="statistic" reason={notes[`pairs[${i}].cohen_kappa.${k}`]} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function StatisticsPanel({ statistics, nameOf }: { statistics: Statistics; nameOf(personId: string): string }) {
  const titleId = useId();
  return (
    <section className="round-report__section" aria-labelledby={titleId}>
      <h2 id={titleId}>Agreement statistics</h2>
      <p className="muted">
        {statistics.raters} raters, {statistics.units} dimensions; each dimension of the lesson counts as one unit. Agreement shares are over pairs of
        raters; kappa, AC, alpha and ICC run from below 0 (worse than chance) to 1 (perfect).
      </p>
      <div className="table-scroll">
        <table className="data-table stat-table">
          <caption>Agreement across all raters</caption>
          <thead>
            <tr>
              <th scope="col">Statistic</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {overallRows(statistics).map((row) => (
              <tr key={row.path}>
                <th scope="row">{row.label}</th>
                <StatisticCell value={row.value} kind={row.kind} reason={statistics.notes[row.path]} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PairsTable statistics={statistics} nameOf={nameOf} />
    </section>
  );
}
