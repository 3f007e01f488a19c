// Sharing a report: the Markdown the teacher is sent, the scores and the
// notes as CSVs for research (notes with a research lesson's plan steps), a
// print or PDF of the page, and, for a submitted observation not yet
// corrected, starting a correction (confirmed, since it makes a new draft
// that replaces this one). Drafts export too; the files say "draft".
import { useState } from 'react';
import { exportFileName, feedbackMarkdown, notesCsv, scoresCsv, type ObservationReport } from '../../../shared/observationReport.js';
import { useApi, useStoreApi } from '../../appContext.js';
import { printOrSavePdf } from '../../ui/printOrSavePdf.js';
import { downloadText } from '../rubrics/downloadText.js';
import { FormDialog } from '../rubrics/FormDialog.js';

const CORRECTION_NOTICE = 'Correction started: a new draft with a copy of everything. It replaces the submitted observation, which stays on file as it was.';

export function ReportActions({
  report,
  canCorrect,
  onNotice,
  onError,
}: {
  report: ObservationReport;
  canCorrect: boolean;
  onNotice(notice: string): void;
  onError(error: string): void;
}) {
  const api = useApi();
  const observe = useStoreApi('observe');
  const [confirming, setConfirming] = useState(false);

  const download = (text: string, extension: 'md' | 'csv', mimeType: string, holds: 'feedback' | 'scores' | 'notes') => {
    const fileName = exportFileName(report, extension, holds);
    downloadText(fileName, text, `${mimeType};charset=utf-8`);
    onNotice(`Exported ${fileName}.`);
  };

  const startCorrection = async () => {
    const correction = await api.startCorrection({ id: report.observation.id });
    observe.getState().openCapture(correction.id, CORRECTION_NOTICE);
  };

  return (
    <div className="report-actions" role="group" aria-label="Share this report">
      <button type="button" className="button button--secondary" onClick={() => download(feedbackMarkdown(report), 'md', 'text/markdown', 'feedback')}>
        Export Markdown
      </button>
      <button type="button" className="button button--secondary" onClick={() => download(scoresCsv(report), 'csv', 'text/csv', 'scores')}>
        Export scores (CSV)
      </button>
      <button type="button" className="button button--secondary" onClick={() => download(notesCsv(report), 'csv', 'text/csv', 'notes')}>
        Export notes (CSV)
      </button>
      <button type="button" className="button button--secondary" onClick={() => void printOrSavePdf(exportFileName(report, 'pdf'), { onNotice, onError })}>
        Print or save as PDF
      </button>
      {canCorrect ? (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          Start a correction
        </button>
      ) : null}
      {confirming ? (
        <FormDialog
          heading="Start a correction?"
          intro="A new draft starts with a copy of everything here and replaces this observation. What the teacher was given stays on file."
          submitLabel="Start a correction"
          submit={startCorrection}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}
