// A survey's run chart: the mean answer on each occasion (every PDSA cycle of
// every cycle the team has run, in time order) with the median as the centre
// line, a sentence for screen readers, and the same numbers as a table.
// Loaded on its own (React.lazy) so the chart code comes only when needed.
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Measure, RunChart } from '../../../shared/lessonStudy/measures.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { useLoaded } from '../../ui/useLoaded.js';
import { ACCENT, AXIS_TICK, GRID, STILL } from '../insights/chartStyle.js';
import { DataCaption, InsightFigure } from '../insights/InsightFigure.js';
import { meanText } from '../insights/insightWords.js';
import { dayInWords } from './lessonStudyWords.js';
import { countOf } from './teachingWords.js';

const occasionName = (p: RunChart['points'][number]) => `${p.cycleTitle}, PDSA ${p.pdsaCycle}, ${dayInWords(p.takenOn)}`;

function chartSummary(chart: RunChart): string {
  const { points, median } = chart;
  if (points.length === 0) return 'No answers yet.';
  const first = points[0]!;
  const last = points.at(-1)!;
  return `Mean answer from ${meanText(first.mean)} on the first occasion to ${meanText(last.mean)} on the latest, over ${countOf(points.length, 'occasion')}; median ${meanText(median)}.`;
}

export function RunChartFigure({ measure, answersKey }: { measure: Measure; answersKey: string }) {
  // `answersKey` changes with this cycle's answers: the chart is read again then.
  const { data: chart, error } = useLoaded((api) => api.getMeasureRunChart({ id: measure.id }), `${measure.id}:${measure.scaleMax}:${answersKey}`);
  if (!chart) return <ErrorAlert message={error} />;
  const title = `Run chart: ${measure.title}`;
  const ticks = Array.from({ length: measure.scaleMax }, (_, i) => i + 1);
  const rows = chart.points.map((p, i) => ({ key: `${p.cycleId}:${p.pdsaCycle}:${p.takenOn}`, name: `${i + 1}`, mean: Number(p.mean.toFixed(2)), point: p }));
  return (
    <InsightFigure
      title={title}
      n={`${countOf(chart.points.length, 'occasion')}, mean of every answer on each`}
      filterText="every cycle of the team"
      summary={chartSummary(chart)}
      chart={
        chart.points.length === 0 ? (
          <p className="empty-note">No answers yet: record the focal students' answers above, and each occasion becomes a point.</p>
        ) : (
          <LineChart responsive data={rows} style={{ width: '100%', height: 220 }} margin={{ top: 12, right: 28, bottom: 4, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} vertical={false} />
            <XAxis dataKey="name" tick={AXIS_TICK} stroke={GRID} label={{ value: 'Occasion', position: 'insideBottomRight', offset: -2, fill: AXIS_TICK.fill, fontSize: 12 }} />
            <YAxis domain={[1, measure.scaleMax]} ticks={ticks} width={32} tick={AXIS_TICK} stroke={GRID} />
            <Tooltip formatter={(value) => meanText(typeof value === 'number' ? value : null)} labelFormatter={(_, payload) => (payload[0] ? occasionName(payload[0].payload.point) : '')} />
            {chart.median === null ? null : <ReferenceLine y={chart.median} stroke={AXIS_TICK.fill} strokeDasharray="4 4" label={{ value: `Median ${meanText(chart.median)}`, position: 'right', fill: AXIS_TICK.fill, fontSize: 12 }} />}
            <Line {...STILL} type="linear" dataKey="mean" name="Mean answer" stroke={ACCENT} strokeWidth={2} dot={{ r: 3, fill: ACCENT }} />
          </LineChart>
        )
      }
      table={
        <div className="table-scroll">
          <table className="data-table">
            <DataCaption title={title} />
            <thead>
              <tr>
                <th scope="col">Occasion</th>
                <th scope="col">Students</th>
                <th scope="col">Mean answer</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">
                    {row.name}. {occasionName(row.point)}
                  </th>
                  <td>{row.point.students}</td>
                  <td>{meanText(row.point.mean)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Median of the means</th>
                <td />
                <td>{meanText(chart.median)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      }
    />
  );
}
