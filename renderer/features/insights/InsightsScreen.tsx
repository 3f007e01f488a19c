// Insights: the district's scores as figures people can trust. Whose data
// this is (the scope), the filter in words, the totals with how much comes
// from calibrated observers, every figure with its data, the observations
// behind any of them, and the exports. The figures region says aria-busy
// until the figures for the current filter are drawn.
import { useEffect, useState } from 'react';
import type { Insights } from '../../../shared/insights/schemas.js';
import { useAppStore } from '../../appContext.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { useLoaded } from '../../ui/useLoaded.js';
import { CalibrationPanel } from './CalibrationPanel.js';
import { DrillPanel } from './DrillPanel.js';
import { InsightExports } from './InsightExports.js';
import { InsightFigures } from './InsightFigures.js';
import { InsightFilters } from './InsightFilters.js';
import { InsightTotals } from './InsightTotals.js';
import { LessonStudyPanel } from './LessonStudyPanel.js';
import { useInsights } from './useInsights.js';

const SCOPE_WORDS: Record<Insights['scope']['kind'], string> = {
  district: 'District-wide',
  school: 'Your school',
  teacher: 'Only yours',
};

/** The backend's filter in words, with the teacher's name when the dashboard is one teacher's growth. */
function useFilterText(data: Insights | null, teacherId: string | null): string {
  const { data: teacher } = useLoaded(async (api) => (teacherId ? ((await api.listPeople({ includeArchived: true })).find((p) => p.id === teacherId)?.name ?? '') : ''), teacherId ?? '');
  if (!data) return '';
  return teacher && teacherId ? `${teacher} · ${data.filterText}` : data.filterText;
}

export function InsightsScreen() {
  const filter = useAppStore('insights', (s) => s.filter);
  const drill = useAppStore('insights', (s) => s.drill);
  const { data, error, busy } = useInsights(filter);
  const filterText = useFilterText(data, filter.teacherId);
  const [notice, setNotice] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const shown = data ? { ...data, filterText } : null;
  // The screen arrives after its code loads, too late for the shell's focus move: start at its top here.
  useEffect(() => document.getElementById('insights-title')?.focus(), []);

  return (
    <section className="screen insights" aria-labelledby="insights-title">
      <header className="screen__header">
        <ScreenHeading id="insights-title">Insights</ScreenHeading>
        <div className="screen__tools">
          <InsightExports
            filter={filter}
            onNotice={(text) => {
              setExportError(null);
              setNotice(text);
            }}
            onError={setExportError}
          />
        </div>
      </header>
      <InsightFilters data={data} filter={filter} />
      <div className="insight-context">
        {shown ? (
          <>
            <p className="insight-context__showing">
              <strong>Showing:</strong> {shown.filterText}
            </p>
            <p className="insight-context__scope">
              {SCOPE_WORDS[shown.scope.kind]}: {shown.scope.label}
            </p>
          </>
        ) : null}
      </div>
      <ErrorAlert message={error ?? exportError} />
      <StatusNote>{notice}</StatusNote>
      <div className="insight-overview">
        {shown ? <InsightTotals totals={shown.totals} /> : null}
        <CalibrationPanel />
      </div>
      {drill ? <DrillPanel key={JSON.stringify(drill)} target={drill} /> : null}
      <section className="insight-figures" aria-label="Figures" aria-busy={busy}>
        {shown === null ? (
          <p className="muted">{error ? null : 'Counting the scores…'}</p>
        ) : shown.totals.scores === 0 ? (
          <p className="empty-note">No lesson scores match this filter. Scores count once their observation is submitted.</p>
        ) : (
          <InsightFigures data={shown} filter={filter} />
        )}
      </section>
      {shown ? <LessonStudyPanel filter={filter} filterText={shown.filterText} /> : null}
    </section>
  );
}
