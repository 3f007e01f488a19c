// The observations behind a figure's bar, point or table row: how many of
// how many are listed, each opening its report (in Observe; Back returns
// here with the dashboard as it was), and "Show more" up to what one request
// may list. Focus moves to the list when it opens, as a person asked for it.
import { useEffect, useRef, useState } from 'react';
import { useAppStore, useStoreApi } from '../../appContext.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { useLoaded } from '../../ui/useLoaded.js';
import { drillRequest, type DrillTarget } from './drillTargets.js';
import { DrillTable } from './DrillTable.js';
import { countText } from './insightWords.js';

const PAGE = 20;
/** The most one request lists (DrillSchema's limit). */
const MOST = 500;

export function DrillPanel({ target }: { target: DrillTarget }) {
  const insights = useStoreApi('insights');
  const observe = useStoreApi('observe');
  const navigation = useStoreApi('navigation');
  const [limit, setLimit] = useState(PAGE);
  const filter = useAppStore('insights', (s) => s.filter);
  const request = drillRequest(filter, target, limit);
  const { data: result, error } = useLoaded((api) => api.getInsightObservations(request), JSON.stringify(request));
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);

  const openReport = (id: string) => {
    observe.getState().openReport(id);
    navigation.getState().go('observe');
  };

  return (
    <section className="insight-drill" aria-labelledby="insight-drill-title">
      <header className="insight-drill__header">
        <h2 id="insight-drill-title" ref={heading} tabIndex={-1}>
          Observations behind {target.title}
        </h2>
        <button type="button" className="button button--secondary button--small" onClick={() => insights.getState().closeDrill()}>
          Close list
        </button>
      </header>
      <ErrorAlert message={error} />
      <p className="insight-drill__count" aria-live="polite">
        {result ? `Showing ${countText(result.observations.length)} of ${countText(result.total)}` : null}
      </p>
      {result === null ? null : result.total === 0 ? (
        <p className="empty-note">No observation matches any more: the data changed since the figure was drawn.</p>
      ) : (
        <DrillTable label={`Observations behind ${target.title}`} rows={result.observations} onOpen={(row) => openReport(row.id)} />
      )}
      {result && result.observations.length < result.total ? (
        limit < MOST ? (
          <button type="button" className="button button--secondary insight-drill__more" onClick={() => setLimit(Math.min(MOST, limit + PAGE))}>
            Show more
          </button>
        ) : (
          <p className="muted">The list stops at {countText(MOST)}; narrow the filter to see the rest.</p>
        )
      ) : null}
    </section>
  );
}
