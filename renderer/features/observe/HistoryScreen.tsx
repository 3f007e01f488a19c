// A teacher's history: every observation of them that has begun, oldest
// first, with the lesson score per dimension, one table per rubric version,
// and a sentence per dimension saying how the score moved. Each row's date
// opens the observation (its report once submitted).
import { useEffect, useState } from 'react';
import { OBSERVATION_KIND_LABELS, type HistoryEntry } from '../../../shared/observation.js';
import { useApi, useStoreApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { STATUS_LABELS } from './ObservationTables.js';
import { shortDate } from '../../ui/dates.js';
import { changeSentence, groupByRubric, scoreText, type HistoryGroup } from './teacherHistory.js';
import { useOpenObservation } from './useOpenObservation.js';

function useHistory(teacherId: string) {
  const api = useApi();
  const [state, setState] = useState<{ name: string; entries: HistoryEntry[] | null; error: string | null }>({ name: '', entries: null, error: null });
  useEffect(() => {
    let current = true;
    Promise.all([api.listPeople({ includeArchived: true }), api.getTeacherHistory({ teacherId })]).then(
      ([people, entries]) => current && setState({ name: people.find((p) => p.id === teacherId)?.name ?? 'Unknown teacher', entries, error: null }),
      (err: unknown) => current && setState((s) => ({ ...s, error: messageOf(err) })),
    );
    return () => {
      current = false;
    };
  }, [api, teacherId]);
  return state;
}

function HistoryTable({ group, onOpen }: { group: HistoryGroup; onOpen(entry: HistoryEntry): void }) {
  return (
    <div className="history-group">
      <div className="table-scroll">
        <table className="data-table">
          <caption className="history-group__title">{group.title}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Kind</th>
              <th scope="col">Status</th>
              {group.dimensions.map((d) => (
                <th scope="col" key={d.id}>
                  {d.shortName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {group.entries.map((entry) => {
              return (
                <tr key={entry.id}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onOpen(entry)}>
                      {shortDate(entry.startedAt)}
                    </button>
                  </th>
                  <td>{OBSERVATION_KIND_LABELS[entry.kind]}</td>
                  <td>{STATUS_LABELS[entry.status]}</td>
                  {group.dimensions.map((d) => {
                    const text = scoreText(entry.scores.find((s) => s.dimensionId === d.id));
                    return (
                      <td key={d.id} className="history-score">
                        {text ?? (
                          <>
                            <span aria-hidden="true">—</span>
                            <span className="visually-hidden">Not scored</span>
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ul className="history-change" aria-label={`Change on ${group.title}`}>
        {group.dimensions.map((d) => (
          <li key={d.id}>{changeSentence(d.shortName, group.entries, d.id)}</li>
        ))}
      </ul>
    </div>
  );
}

export function HistoryScreen({ teacherId }: { teacherId: string }) {
  const observe = useStoreApi('observe');
  const { name, entries, error } = useHistory(teacherId);
  const opener = useOpenObservation();
  // The button that opened this screen is gone: start keyboard and screen reader at its top.
  useEffect(() => document.getElementById('history-title')?.focus(), []);

  return (
    <section className="screen" aria-labelledby="history-title">
      <header className="screen__header">
        <ScreenHeading id="history-title">{name ? `History: ${name}` : 'History'}</ScreenHeading>
        <div className="screen__tools">
          <button type="button" className="button button--secondary" onClick={() => observe.getState().backHome()}>
            Back to Observe
          </button>
        </div>
      </header>
      <ErrorAlert message={error ?? opener.error} />
      {entries === null ? null : entries.length === 0 ? (
        <p className="empty-note">No observation of {name} has begun yet. Scheduled visits appear here once they begin.</p>
      ) : (
        groupByRubric(entries).map((group) => <HistoryTable key={group.key} group={group} onOpen={(e) => void opener.open(e.id, e.status)} />)
      )}
    </section>
  );
}
