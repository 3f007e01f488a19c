// Lesson study progress beside the score figures: the cycles in view by
// phase (a bar per phase; a bar or its table row lists the cycles behind it,
// each opening in Lesson study) and each team's practical measures, first
// occasion against the latest and the run chart's median.
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightFilter } from '../../../shared/insights/schemas.js';
import type { LessonStudyProgress } from '../../../shared/insights/lessonStudyProgress.js';
import { LS_PHASE_LABELS, type LsPhase } from '../../../shared/lessonStudy/cycle.js';
import { useStoreApi } from '../../appContext.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { useLoaded } from '../../ui/useLoaded.js';
import { ACCENT, AXIS_TICK, GRID, STILL } from './chartStyle.js';
import { DataCaption, InsightFigure } from './InsightFigure.js';
import { countOf, meanText } from './insightWords.js';

const FIGURE_TITLE = 'Lesson study cycles by phase';

function phaseSummary(progress: LessonStudyProgress): string {
  const busiest = [...progress.byPhase].sort((a, b) => b.cycles - a.cycles)[0];
  if (!busiest || busiest.cycles === 0) return 'No lesson study cycles in view.';
  return `${countOf(progress.cycles.length, 'cycle')}; most are in ${busiest.label} (${busiest.cycles}).`;
}

function CyclesInPhase({ progress, phase }: { progress: LessonStudyProgress; phase: LsPhase }) {
  const navigation = useStoreApi('navigation');
  const lessonStudy = useStoreApi('lessonStudy');
  const cycles = progress.cycles.filter((c) => c.phase === phase);
  const open = (cycleId: string) => {
    lessonStudy.getState().open({ kind: 'cycle', cycleId, tab: 'overview' });
    navigation.getState().go('lesson-study');
  };
  return (
    <section className="insight-ls-cycles" aria-label={`Cycles in ${LS_PHASE_LABELS[phase]}`}>
      <h3>
        {countOf(cycles.length, 'cycle')} in {LS_PHASE_LABELS[phase]}
      </h3>
      {cycles.length === 0 ? null : (
        <ul className="insight-ls-cycles__list">
          {cycles.map((c) => (
            <li key={c.id}>
              <button type="button" className="link-button" onClick={() => open(c.id)}>
                {c.title}
              </button>{' '}
              <span className="muted">
                {c.teamName}
                {c.grade ? ` · grade ${c.grade}` : ''}
                {c.subject ? ` · ${c.subject}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MeasuresTable({ progress }: { progress: LessonStudyProgress }) {
  if (progress.measures.length === 0) return <p className="muted">No team has recorded a practical measure yet.</p>;
  return (
    <table className="data-table">
      <caption>Practical measures: mean answer on the first and latest occasion</caption>
      <thead>
        <tr>
          <th scope="col">Team</th>
          <th scope="col">Survey</th>
          <th scope="col">Occasions</th>
          <th scope="col">First</th>
          <th scope="col">Latest</th>
          <th scope="col">Median</th>
        </tr>
      </thead>
      <tbody>
        {progress.measures.map((m) => (
          <tr key={m.measureId}>
            <td>{m.teamName}</td>
            <th scope="row">{m.title}</th>
            <td>{m.occasions}</td>
            <td>{meanText(m.firstMean)}</td>
            <td>{meanText(m.latestMean)}</td>
            <td>
              {meanText(m.median)} <span className="muted">of {m.scaleMax}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LessonStudyPanel({ filter, filterText }: { filter: InsightFilter; filterText: string }) {
  const { data: progress, error } = useLoaded((api) => api.getLessonStudyProgress(filter), JSON.stringify(filter));
  const [phase, setPhase] = useState<LsPhase | null>(null);
  return (
    <section className="insight-ls" aria-labelledby="insight-ls-title">
      <h2 id="insight-ls-title">Lesson study</h2>
      <ErrorAlert message={error} />
      {progress === null ? null : progress.cycles.length === 0 ? (
        <p className="muted">No lesson study cycles in view. Teams start them in Lesson study.</p>
      ) : (
        <>
          <InsightFigure
            title={FIGURE_TITLE}
            n={`${countOf(progress.cycles.length, 'cycle')} of ${countOf(progress.teams, 'team')}`}
            filterText={filterText}
            summary={phaseSummary(progress)}
            chart={
              <BarChart responsive data={progress.byPhase} style={{ width: '100%', height: 200 }} margin={{ top: 4, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
                <CartesianGrid stroke={GRID} vertical={false} />
                <XAxis dataKey="label" type="category" tick={AXIS_TICK} stroke={GRID} interval={0} />
                <YAxis allowDecimals={false} tick={AXIS_TICK} stroke={GRID} width={32} />
                <Tooltip cursor={{ fill: 'rgba(29, 91, 143, 0.06)' }} />
                <Bar {...STILL} dataKey="cycles" name="Cycles" fill={ACCENT} maxBarSize={36} cursor="pointer" onClick={(item) => setPhase((item.payload as { phase: LsPhase }).phase)} />
              </BarChart>
            }
            table={
              <table className="data-table">
                <DataCaption title={FIGURE_TITLE} />
                <thead>
                  <tr>
                    <th scope="col">Phase</th>
                    <th scope="col">Cycles</th>
                  </tr>
                </thead>
                <tbody>
                  {progress.byPhase.map((p) => (
                    <tr key={p.phase}>
                      <th scope="row">{p.label}</th>
                      <td>
                        <button type="button" className="link-button" aria-label={`List the ${countOf(p.cycles, 'cycle')} in ${p.label}`} onClick={() => setPhase(p.phase)}>
                          {p.cycles}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
          {phase ? <CyclesInPhase progress={progress} phase={phase} /> : null}
          <MeasuresTable progress={progress} />
        </>
      )}
    </section>
  );
}
