// Raters × dimensions: how far each rater scores from the anchors, in points
// of the scale. Colour shows direction (warm: above the anchor, lenient; cool:
// below, severe) and strength, but every cell also says its number with its
// sign, and it is a real table, so a screen reader reads rater, dimension and
// value together.
import { useId } from 'react';
import { Missing } from './Missing.js';
import { RaterLink } from './RaterLink.js';
import { signedText } from './resultWords.js';

export interface HeatmapRow {
  personId: string;
  name: string;
  /** One per dimension, in the dimensions' order; null where there is nothing to compare. */
  deviations: readonly (number | null)[];
}

/** The colour band of a deviation: its direction and how many levels, roughly. */
function tone(deviation: number): string {
  const size = Math.abs(deviation);
  if (size < 0.05) return 'heatmap__cell--even';
  const band = size < 0.75 ? 1 : size < 1.5 ? 2 : 3;
  return `heatmap__cell--${deviation > 0 ? 'lenient' : 'severe'}-${band}`;
}

export function DeviationHeatmap({
  caption,
  dimensions,
  rows,
  linkRaters = false,
}: {
  caption: string;
  dimensions: readonly { id: string; name: string }[];
  rows: readonly HeatmapRow[];
  /** Rater names as buttons that open the rater's history (not on that history itself). */
  linkRaters?: boolean;
}) {
  const legendId = useId();
  return (
    <div className="heatmap">
      <div className="table-scroll">
        <table className="data-table heatmap__table" aria-describedby={legendId}>
          <caption className="heatmap__caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Rater</th>
              {dimensions.map((d) => (
                <th scope="col" key={d.id}>
                  {d.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.personId}>
                <th scope="row">{linkRaters ? <RaterLink personId={row.personId} name={row.name} /> : row.name}</th>
                {row.deviations.map((deviation, i) =>
                  deviation === null ? (
                    <td key={dimensions[i]!.id} className="heatmap__cell">
                      <Missing words="Nothing to compare" />
                    </td>
                  ) : (
                    <td key={dimensions[i]!.id} className={`heatmap__cell ${tone(deviation)}`}>
                      {signedText(deviation)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="heatmap__legend" id={legendId}>
        Scale points from the anchor score: + above it (lenient), − below it (severe), 0 on it.
      </p>
    </div>
  );
}
