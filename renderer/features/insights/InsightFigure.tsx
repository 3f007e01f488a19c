// One dashboard figure: a caption that says what it counts (n and the
// filter), the chart, and the same numbers as a table behind "Show data"
// (the table is what screen readers and keyboards use, and it prints).
import { useId, useState, type ReactNode } from 'react';

interface InsightFigureProps {
  title: string;
  /** "312 scores from 104 observations". */
  n: string;
  filterText: string;
  /** The chart's finding in one sentence, for screen readers (the chart itself is a picture). */
  summary: string;
  chart: ReactNode;
  table: ReactNode;
}

export function InsightFigure({ title, n, filterText, summary, chart, table }: InsightFigureProps) {
  const id = useId();
  const dataId = `${id}-data`;
  const [showData, setShowData] = useState(false);
  return (
    <figure className="insight-figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-n`}>
      <figcaption className="insight-figure__caption">
        <span className="insight-figure__title" id={`${id}-title`}>
          {title}
        </span>
        <span className="insight-figure__n" id={`${id}-n`}>
          {n} · {filterText}
        </span>
      </figcaption>
      <div className="insight-figure__chart" role="img" aria-label={summary}>
        {chart}
      </div>
      <button
        type="button"
        className="button button--ghost button--small insight-figure__toggle"
        aria-label={`${showData ? 'Hide' : 'Show'} data: ${title}`}
        aria-expanded={showData}
        aria-controls={dataId}
        onClick={() => setShowData(!showData)}
      >
        {showData ? 'Hide data' : 'Show data'}
      </button>
      <div className="insight-figure__data" id={dataId} hidden={!showData}>
        {table}
      </div>
    </figure>
  );
}

/** A table's accessible name, "{figure title}: data", as its (hidden) caption. */
export function DataCaption({ title }: { title: string }) {
  return <caption className="visually-hidden">{title}: data</caption>;
}
