// The frame of a view about one rubric: the way back ("All rubrics", and the
// rubric itself from deeper views), the screen heading with the rubric's kind
// badges, and the view's content. A rubric that is not on this device (any
// more) says so instead of showing an empty page.
import type { ReactNode } from 'react';
import type { RubricSummary } from '../../../shared/rubric/records.js';
import { useAppStore, useStoreApi } from '../../appContext.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { KindBadges } from './KindBadges.js';

export function useRubricSummary(id: string): { rubric: RubricSummary | null; loaded: boolean; loadError: string | null } {
  const rubric = useAppStore('rubrics', (s) => s.rubrics.find((r) => r.id === id) ?? null);
  const loaded = useAppStore('rubrics', (s) => s.loaded);
  const loadError = useAppStore('rubrics', (s) => s.loadError);
  return { rubric, loaded, loadError };
}

export function RubricFrame({
  titleId,
  title,
  rubric,
  loadError,
  backToRubric,
  children,
}: {
  titleId: string;
  title: string;
  /** Null while the list loads, or when no rubric has this id. */
  rubric: RubricSummary | null;
  loadError?: string | null;
  /** Deeper views (compare) link back to the rubric's own view too. */
  backToRubric?: boolean;
  children: ReactNode;
}) {
  const store = useStoreApi('rubrics');
  return (
    <section className="screen" aria-labelledby={titleId}>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <ol>
          <li>
            <button type="button" className="link-button" onClick={() => store.getState().show({ kind: 'library' })}>
              All rubrics
            </button>
          </li>
          {backToRubric && rubric ? (
            <li>
              <button type="button" className="link-button" onClick={() => store.getState().show({ kind: 'version', id: rubric.id, version: null })}>
                {rubric.name}
              </button>
            </li>
          ) : null}
        </ol>
      </nav>
      <header className="screen__header">
        <div className="rubric-title">
          <ScreenHeading id={titleId}>{title}</ScreenHeading>
          {rubric ? <KindBadges rubric={rubric} /> : null}
        </div>
      </header>
      <ErrorAlert message={loadError ?? null} />
      {children}
    </section>
  );
}

export function MissingRubric({ id }: { id: string }) {
  return <p className="empty-note">There is no rubric “{id}” on this device. Go back to all rubrics to pick another.</p>;
}
