// Search across every cycle's text (plans, study, meetings, discussion,
// revisions). Each result says which cycle and where in it the words were
// found (marked in the snippet), and opens that cycle on the tab that holds them.
import { useState, type FormEvent } from 'react';
import type { LessonStudyHit } from '../../../shared/lessonStudy/detail.js';
import { useApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert } from '../../ui/Notices.js';
import type { CycleTab } from './lessonStudyStore.js';

/** The tab that shows what a hit's "where" names: "Plan version 2, step 3" is on the Plan tab. */
const TAB_BY_PLACE: [RegExp, CycleTab][] = [
  [/^plan/i, 'plan'],
  [/^(study|resource)/i, 'study'],
  [/^(discussion|key learning|revision|reason for a revision)/i, 'discussion'],
  [/^lite/i, 'lite'],
];

/** The snippet with each place the words were found marked. */
function Marked({ text, query }: { text: string; query: string }) {
  const escaped = query.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pieces = text.split(new RegExp(`(${escaped})`, 'i'));
  return <>{pieces.map((piece, i) => (i % 2 === 1 ? <mark key={i}>{piece}</mark> : piece))}</>;
}

function tabOf(hit: LessonStudyHit): CycleTab {
  return TAB_BY_PLACE.find(([pattern]) => pattern.test(hit.where))?.[1] ?? 'overview';
}

export function LessonStudySearch({ onOpen }: { onOpen(cycleId: string, tab: CycleTab): void }) {
  const api = useApi();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ query: string; hits: LessonStudyHit[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setResult({ query, hits: await api.searchLessonStudy({ query }) });
      setError(null);
    } catch (err) {
      setResult(null);
      setError(messageOf(err));
    }
  };

  return (
    <div className="observe-search ls-search">
      <form role="search" aria-label="Search cycles" onSubmit={search} className="observe-search__form">
        <label className="visually-hidden" htmlFor="ls-search-input">
          Search every cycle
        </label>
        <input id="ls-search-input" type="search" className="field__control" placeholder="Search every cycle: plans, study, meetings, discussion" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="submit" className="button button--secondary">
          Search
        </button>
      </form>
      <ErrorAlert message={error} />
      {result === null ? null : result.hits.length === 0 ? (
        <p className="empty-note">No cycle mentions “{result.query}”.</p>
      ) : (
        <ul className="observe-search__hits" aria-label="Found in cycles">
          {result.hits.map((hit, i) => (
            <li key={`${hit.cycleId}-${i}`}>
              <button type="button" className="link-button" onClick={() => onOpen(hit.cycleId, tabOf(hit))}>
                {hit.cycleTitle}
              </button>{' '}
              <span className="muted">
                {hit.teamName} · {hit.where}
              </span>
              <p className="observe-search__snippet">
                <Marked text={hit.snippet} query={result.query} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
