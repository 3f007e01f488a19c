// A rater's agreement round by round, oldest first: exact agreement and
// agreement within one level, as two lines on 0-100%. The lines differ in
// pattern and marker, not only colour; a screen reader gets a one-sentence
// summary, and the numbers themselves are in a table under "Chart data".
import { shortDate } from '../../ui/dates.js';
import type { RaterHistoryEntry } from '../../../shared/calibration/schemas.js';
import { percentText } from './resultWords.js';

const WIDTH = 560;
const HEIGHT = 200;
const PAD = { left: 44, right: 16, top: 12, bottom: 28 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;

type Measure = 'exact' | 'adjacent';
const SERIES: readonly { measure: Measure; label: string }[] = [
  { measure: 'exact', label: 'Exact agreement' },
  { measure: 'adjacent', label: 'Within one level' },
];

const xAt = (i: number, n: number) => PAD.left + (n === 1 ? PLOT_W / 2 : (i * PLOT_W) / (n - 1));
const yAt = (share: number) => PAD.top + (1 - share) * PLOT_H;

/** The line through the known points; a round without a value breaks it. */
function linePath(values: readonly (number | null)[]): string {
  let path = '';
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${xAt(i, values.length).toFixed(1)},${yAt(v).toFixed(1)}`;
    drawing = true;
  });
  return path;
}

function Marker({ measure, x, y }: { measure: Measure; x: number; y: number }) {
  return measure === 'exact' ? <circle className="trend__marker trend__marker--exact" cx={x} cy={y} r={4} /> : <rect className="trend__marker trend__marker--adjacent" x={x - 3.5} y={y - 3.5} width={7} height={7} />;
}

/** "Exact agreement went from 60% to 80% over 3 rounds; within one level from 100% to 100%." */
export function trendSummary(entries: readonly RaterHistoryEntry[]): string {
  const known = (measure: Measure) => entries.map((e) => e[measure]).filter((v): v is number => v !== null);
  const [exact, adjacent] = [known('exact'), known('adjacent')];
  if (entries.length === 1) return `One round: exact agreement ${percentText(exact[0] ?? null)}, within one level ${percentText(adjacent[0] ?? null)}.`;
  const span = (values: number[]) => (values.length === 0 ? 'not measured' : `from ${percentText(values[0]!)} to ${percentText(values[values.length - 1]!)}`);
  return `Over ${entries.length} rounds, exact agreement went ${span(exact)}; within one level ${span(adjacent)}.`;
}

export function TrendChart({ entries }: { entries: readonly RaterHistoryEntry[] }) {
  const n = entries.length;
  const peers = entries.some((e) => e.source === 'co_observation');
  return (
    <figure className="trend">
      <figcaption className="trend__caption">
        Agreement in {n === 1 ? '1 round' : `${n} rounds`}, oldest first{peers ? ': against the anchors in rounds, against the peer in co-observations' : ''}.
      </figcaption>
      <ul className="trend__legend" aria-hidden="true">
        {SERIES.map((s) => (
          <li key={s.measure}>
            <svg width="28" height="10" viewBox="0 0 28 10">
              <line className={`trend__line trend__line--${s.measure}`} x1="0" y1="5" x2="28" y2="5" />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      <svg className="trend__chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={trendSummary(entries)}>
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line className="trend__grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={yAt(share)} y2={yAt(share)} />
            <text className="trend__axis" x={PAD.left - 6} y={yAt(share) + 4} textAnchor="end">
              {percentText(share)}
            </text>
          </g>
        ))}
        {(n === 1 ? [0] : [0, n - 1]).map((i) => (
          <text key={i} className="trend__axis" x={xAt(i, n)} y={HEIGHT - 8} textAnchor={n === 1 ? 'middle' : i === 0 ? 'start' : 'end'}>
            {shortDate(entries[i]!.revealedAt)}
          </text>
        ))}
        {SERIES.map(({ measure }) => {
          const values = entries.map((e) => e[measure]);
          return (
            <g key={measure}>
              <path className={`trend__line trend__line--${measure}`} d={linePath(values)} />
              {values.map((v, i) => (v === null ? null : <Marker key={i} measure={measure} x={xAt(i, n)} y={yAt(v)} />))}
            </g>
          );
        })}
      </svg>
      <details className="trend__data">
        <summary>Chart data</summary>
        <table className="data-table">
          <caption className="visually-hidden">Agreement per round, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Round</th>
              <th scope="col">Date</th>
              {SERIES.map((s) => (
                <th scope="col" key={s.measure}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={`${e.source}:${e.roundId}`}>
                <th scope="row">{e.roundName}</th>
                <td>{shortDate(e.revealedAt)}</td>
                <td>{percentText(e.exact)}</td>
                <td>{percentText(e.adjacent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
