// The Report tab: the whole cycle as one page for the archive. Shown here as
// it will be saved, exported as an HTML file, or printed or saved as a PDF.
// A sentence says whether focal students' real names are in it (this
// device's setting decides) and where to change that.
import { useState } from 'react';
import { useAppStore, useStoreApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { useLoaded } from '../../ui/useLoaded.js';
import { downloadText } from '../rubrics/downloadText.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { PrintAloneButton } from './PrintAloneButton.js';
import { ReportView } from './ReportView.js';

export function ReportTab({ detail }: CycleTabProps) {
  const navigation = useStoreApi('navigation');
  const withNames = useAppStore('settings', (s) => s.settings?.studentNamesInExports ?? false);
  const cycleId = detail.cycle.id;
  const { data: report, error: loadError } = useLoaded((api) => api.exportCycleReport({ id: cycleId }), `${cycleId}:${withNames}`);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const exportHtml = () => {
    if (!report) return;
    try {
      downloadText(report.fileName, report.html, 'text/html;charset=utf-8');
      setNotice(`Exported the report to ${report.fileName}.`);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <div className="ls-report">
      <section className="panel" aria-labelledby="ls-report-title">
        <h2 id="ls-report-title">Cycle report</h2>
        <p className="muted">
          Everything the team did in this cycle on one page: the study, every version of the plan and what changed between them, the focal students, the research
          lesson's evidence, the discussion, revisions, action items and measures.
        </p>
        <p className="ls-report__names">
          {withNames
            ? "Focal students' real names written on this device are included in this report and its printouts. To leave them out, turn off “Include focal students' real names” in Settings."
            : "Focal students appear by their codes only: their real names are not included. Names written on this device can be included by turning on “Include focal students' real names” in Settings."}{' '}
          <button type="button" className="link-button" onClick={() => navigation.getState().go('settings')}>
            Open Settings
          </button>
        </p>
        <ErrorAlert message={loadError ?? error} />
        <StatusNote>{notice}</StatusNote>
        <div className="form-actions">
          <button type="button" className="button button--primary" disabled={!report} onClick={exportHtml}>
            Export the report (HTML)
          </button>
          <PrintAloneButton
            label="Print or save as PDF"
            fileName={report ? report.fileName.replace(/\.html$/, '.pdf') : 'lesson-study-report.pdf'}
            disabled={!report}
            onNotice={setNotice}
            onError={setError}
          >
            {report ? <ReportView html={report.html} label="Cycle report" /> : null}
          </PrintAloneButton>
        </div>
      </section>
      {report ? (
        <section className="panel ls-report__preview" aria-labelledby="ls-report-preview-title">
          <h2 id="ls-report-preview-title">Preview</h2>
          <ReportView html={report.html} label="Preview of the cycle report" />
        </section>
      ) : loadError ? null : (
        <p className="muted">Putting the report together…</p>
      )}
    </div>
  );
}
