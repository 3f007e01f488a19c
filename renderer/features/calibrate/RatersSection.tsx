// "Raters against the anchors": each rater's agreement with the anchor scores
// in this round (and, for context, with their peers), whether they met the
// round's rule, and where they scored away from the anchors, as a heatmap.
// Names open the rater's history.
import { useId } from 'react';
import type { RoundResults } from '../../../shared/calibration/schemas.js';
import { DeviationHeatmap } from './DeviationHeatmap.js';
import { RaterLink } from './RaterLink.js';
import { deviationText, metText, percentText } from './resultWords.js';

export function RatersSection({ results }: { results: RoundResults }) {
  const titleId = useId();
  const dimensions = results.dimensions.map((d) => ({ id: d.dimensionId, name: d.name }));
  const rows = results.raters.map((r) => ({
    personId: r.raterId,
    name: r.name,
    deviations: results.dimensions.map((d) => {
      const value = d.scores.find((s) => s.raterId === r.raterId)?.value ?? null;
      return value === null || d.anchor === null ? null : value - d.anchor;
    }),
  }));
  return (
    <section className="round-report__section" aria-labelledby={titleId}>
      <h2 id={titleId}>Raters against the anchors</h2>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Each rater against the anchor scores</caption>
          <thead>
            <tr>
              <th scope="col">Rater</th>
              <th scope="col">Dimensions with an anchor</th>
              <th scope="col">Exact</th>
              <th scope="col">Within one</th>
              <th scope="col">Mean deviation</th>
              <th scope="col">Exact with peers</th>
              <th scope="col">Rule</th>
            </tr>
          </thead>
          <tbody>
            {results.raters.map((r) => (
              <tr key={r.raterId}>
                <th scope="row">
                  <RaterLink personId={r.raterId} name={r.name} />
                </th>
                <td>{r.n}</td>
                <td>{percentText(r.exact)}</td>
                <td>{percentText(r.adjacent)}</td>
                <td>{deviationText(r.meanDeviation)}</td>
                <td>{percentText(r.peerExact)}</td>
                <td>{metText(r.met)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DeviationHeatmap caption="Deviation from the anchors by rater and dimension" dimensions={dimensions} rows={rows} linkRaters />
    </section>
  );
}
