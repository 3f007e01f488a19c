// Every calibration round on this device, newest first: each name opens the
// round, and its phase says in words what it is waiting for.
import type { RoundSummary } from '../../../shared/calibration/schemas.js';
import { longDate } from '../observe/reportText.js';
import { phaseInWords } from './roundWords.js';

export function RoundsTable({ rounds, onOpen }: { rounds: RoundSummary[]; onOpen(round: RoundSummary): void }) {
  if (rounds.length === 0) {
    return (
      <p className="empty-note">
        No calibration rounds yet. In a round several raters score the same lesson blind, talk about the evidence, then see their scores beside the anchors.
      </p>
    );
  }
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Calibration rounds</caption>
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Rubric</th>
            <th scope="col">Lesson</th>
            <th scope="col">Phase</th>
            <th scope="col">Set up</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((round) => (
            <tr key={round.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(round)}>
                  {round.name}
                </button>
              </th>
              <td>{round.rubricName}</td>
              <td>{round.lesson}</td>
              <td>{phaseInWords(round)}</td>
              <td>{longDate(round.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
