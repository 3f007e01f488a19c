// "Recent observations" on Observe home: the filters, how many of how many
// are showing, the table, and "Show more" for the next page.
import { useState } from 'react';
import { ErrorAlert } from '../../ui/Notices.js';
import { ObservationFilters } from './ObservationFilters.js';
import { RecentTable } from './ObservationTables.js';
import { useOpenObservation } from './useOpenObservation.js';
import { hasFilters, NO_FILTERS, useObservationList } from './useObservationList.js';

/** `revision` changes when the home screen scheduled a visit, so the list reads again. */
export function RecentObservations({ revision }: { revision: number }) {
  const [filters, setFilters] = useState(NO_FILTERS);
  const list = useObservationList(filters, revision);
  const opener = useOpenObservation();
  const filtered = hasFilters(filters);

  return (
    <section aria-labelledby="observe-recent-title">
      <h2 id="observe-recent-title">Recent observations</h2>
      <ObservationFilters values={filters} onChange={setFilters} />
      <ErrorAlert message={list.error ?? opener.error} />
      <p className="observe-count" aria-live="polite">
        {list.rows ? `Showing ${list.rows.length} of ${list.total}` : null}
      </p>
      {list.rows ? (
        <RecentTable
          rows={list.rows}
          onOpen={(row) => void opener.open(row.id, row.status)}
          empty={filtered ? 'No observation matches these filters.' : 'No observations yet. Use “New observation” to start the first one.'}
        />
      ) : null}
      {list.rows && list.rows.length < list.total ? (
        <button type="button" className="button button--secondary observe-more" onClick={() => void list.showMore()}>
          Show more
        </button>
      ) : null}
    </section>
  );
}
