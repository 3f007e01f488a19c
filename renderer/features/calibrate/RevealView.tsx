// A round once revealed: every score beside the anchor and who is outside
// the rule, the group's consensus and discussion per dimension, every
// agreement statistic, and each rater against the anchors. It is also the
// round report: exported as a CSV, or printed or saved as a PDF.
import { useState } from 'react';
import { roundCsv, roundFileName } from '../../../shared/calibration/roundReport.js';
import type { RoundDetail } from '../../../shared/calibration/schemas.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { printOrSavePdf } from '../../ui/printOrSavePdf.js';
import { useLoaded } from '../../ui/useLoaded.js';
import { downloadText } from '../rubrics/downloadText.js';
import { ConsensusSection } from './ConsensusSection.js';
import { RatersSection } from './RatersSection.js';
import { loadRoundRubric } from './roundRubric.js';
import { ScoresTable } from './ScoresTable.js';
import { StatisticsPanel } from './StatisticsPanel.js';

export function RevealView({ round, onChange }: { round: RoundDetail; onChange(round: RoundDetail): void }) {
  const { id: rubricId, version } = round.rubric;
  // The consensus is chosen on the round's own rubric version's scale.
  const rubric = useLoaded((api) => loadRoundRubric(api, { id: rubricId, version }), `${rubricId}@${version}`);
  const scale = rubric.data?.scale ?? null;
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const results = round.results!;
  const names = new Map(round.raters.map((r) => [r.personId, r.name]));
  const nameOf = (personId: string) => names.get(personId) ?? 'A removed rater';

  const show = (text: string) => {
    setError(null);
    setNotice(text);
  };
  const exportCsv = () => {
    const fileName = roundFileName(round, 'csv');
    downloadText(fileName, roundCsv(round), 'text/csv;charset=utf-8');
    show(`Exported ${fileName}.`);
  };

  return (
    <div className="round-report">
      <StatusNote>{notice}</StatusNote>
      <ErrorAlert message={error ?? rubric.error} />
      <div className="round-report__actions" role="group" aria-label="Share this round">
        <button type="button" className="button button--secondary" onClick={exportCsv}>
          Export round (CSV)
        </button>
        <button type="button" className="button button--secondary" onClick={() => void printOrSavePdf(roundFileName(round, 'pdf'), { onNotice: show, onError: setError })}>
          Print or save as PDF
        </button>
      </div>
      <ScoresTable raters={round.raters} dimensions={results.dimensions} nameOf={nameOf} />
      {scale ? (
        <ConsensusSection
          round={round}
          dimensions={results.dimensions}
          scale={scale}
          onSaved={(updated, text) => {
            onChange(updated);
            show(text);
          }}
          onError={setError}
        />
      ) : null}
      <StatisticsPanel statistics={results.statistics} nameOf={nameOf} />
      <RatersSection results={results} />
    </div>
  );
}
