// The dashboard as files: the scores behind it as tidy long-format CSV (one
// row per lesson score, exactly the scores the figures count), and the page
// as a printed or PDF report (its print stylesheet leaves the controls off).
import type { InsightFilterValue } from '../../../shared/insights/schemas.js';
import { useApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { printOrSavePdf } from '../../ui/printOrSavePdf.js';
import { downloadText } from '../rubrics/downloadText.js';
import { countOf } from './insightWords.js';

interface InsightExportsProps {
  filter: InsightFilterValue;
  onNotice(notice: string): void;
  onError(error: string): void;
}

/** Today on this computer's calendar, for file names: "2026-11-23". */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function InsightExports({ filter, onNotice, onError }: InsightExportsProps) {
  const api = useApi();
  const exportCsv = async () => {
    try {
      const csv = await api.exportInsightsCsv(filter);
      downloadText(csv.fileName, csv.text, 'text/csv;charset=utf-8');
      onNotice(`Exported ${countOf(csv.rows, 'score')} to ${csv.fileName}.`);
    } catch (err) {
      onError(messageOf(err));
    }
  };
  return (
    <div className="insight-exports" role="group" aria-label="Export these figures">
      <button type="button" className="button button--secondary" onClick={() => void exportCsv()}>
        Export scores (CSV)
      </button>
      <button type="button" className="button button--secondary" onClick={() => void printOrSavePdf(`fieldbook-insights-${today()}.pdf`, { onNotice, onError })}>
        Print or save as PDF
      </button>
    </div>
  );
}
