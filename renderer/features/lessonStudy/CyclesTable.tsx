// Every lesson study cycle on this device, newest first: each title opens the
// cycle, and the row says whose it is, what it studies and where it stands.
import { LS_PHASE_LABELS, type CycleSummary } from '../../../shared/lessonStudy/cycle.js';
import { dayInWords, variantName } from './lessonStudyWords.js';

export function CyclesTable({ cycles, onOpen }: { cycles: CycleSummary[]; onOpen(cycle: CycleSummary): void }) {
  if (cycles.length === 0) {
    return <p className="empty-note">No cycles yet. Start one with New cycle: it begins in the Study phase, with an empty plan to write together.</p>;
  }
  return (
    <div className="table-scroll">
      <table className="data-table ls-cycles">
        <caption className="visually-hidden">Lesson study cycles</caption>
        <thead>
          <tr>
            <th scope="col">Cycle</th>
            <th scope="col">Team</th>
            <th scope="col">Research theme</th>
            <th scope="col">Phase</th>
            <th scope="col">Variant</th>
            <th scope="col">Research lesson</th>
          </tr>
        </thead>
        <tbody>
          {cycles.map((cycle) => (
            <tr key={cycle.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(cycle)}>
                  {cycle.title}
                </button>
              </th>
              <td>{cycle.teamName}</td>
              <td>{cycle.researchTheme || '—'}</td>
              <td>{LS_PHASE_LABELS[cycle.phase]}</td>
              <td>{variantName(cycle.variant)}</td>
              <td>{dayInWords(cycle.researchLessonOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
