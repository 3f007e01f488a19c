// "Search notes" across every observation on this device. The backend marks
// the matched words with « and »; they are shown as <mark>, and each hit
// opens its observation.
import { useState, type FormEvent } from 'react';
import type { NoteHit } from '../../../shared/observation.js';
import { useApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { formatClock } from '../../../shared/lessonClock.js';

/** "a «b» c" -> ["a ", <mark>b</mark>, " c"]: odd pieces were between the marks. */
export function Snippet({ text }: { text: string }) {
  const pieces = text.split(/[«»]/);
  return <>{pieces.map((piece, i) => (i % 2 === 1 ? <mark key={i}>{piece}</mark> : piece))}</>;
}

export function NoteSearch({ onOpen }: { onOpen(observationId: string): void }) {
  const api = useApi();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<NoteHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setHits(await api.searchNotes({ query }));
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <div className="observe-search">
      <form role="search" aria-label="Search notes" onSubmit={search} className="observe-search__form">
        <label className="visually-hidden" htmlFor="observe-search-input">
          Search notes
        </label>
        <input
          id="observe-search-input"
          type="search"
          className="field__control"
          placeholder="Search notes"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="submit" className="button button--secondary">
          Search
        </button>
      </form>
      <ErrorAlert message={error} />
      {hits === null ? null : hits.length === 0 ? (
        <p className="empty-note">No note matches “{query}”.</p>
      ) : (
        <ul className="observe-search__hits" aria-label="Notes found">
          {hits.map((hit) => (
            <li key={hit.noteId}>
              <button type="button" className="link-button" onClick={() => onOpen(hit.observationId)}>
                {hit.teacher} at {formatClock(hit.atMs)}
              </button>
              <p className="observe-search__snippet">
                <Snippet text={hit.snippet} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
