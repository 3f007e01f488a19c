// Figure (a): how the scores fall across the levels, per dimension, as
// stacked bars (lowest level lightest). Each segment, and each count in the
// table, lists the observations scored at that level on that dimension.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '../../../shared/insights/schemas.js';
import { DrillButton, useDrillOpener } from './DrillButton.js';
import type { DrillTarget } from './drillTargets.js';
import { AXIS_TICK, GRID, labelWidth, levelColors, shortLabel, STILL } from './chartStyle.js';
import { DataCaption, InsightFigure } from './InsightFigure.js';
import { countOf, countText, percentText } from './insightWords.js';

const TITLE = 'Score distribution by level';

type Level = { value: number; label: string };
type Row = Insights['distribution'][number];

export const levelText = (level: Level) => (level.label ? `${level.value} · ${level.label}` : String(level.value));

function levelTarget(row: Row, level: Level, count: number): DrillTarget {
  return { title: `${row.name} at level ${levelText(level)}`, narrow: { dimensionId: row.dimensionId }, level: level.value, observations: count };
}

/** "Most scores are at level 2 · Developing (48%)." over every dimension shown. */
function distributionSummary(rows: readonly Row[], levels: readonly Level[]): string {
  const totals = levels.map((l) => rows.reduce((sum, r) => sum + (r.counts.find((c) => c.level === l.value)?.count ?? 0), 0));
  const all = totals.reduce((a, b) => a + b, 0);
  if (all === 0) return 'No scores at any level.';
  const top = totals.indexOf(Math.max(...totals));
  return `Scores by level for ${countOf(rows.length, 'dimension')}. Most scores are at level ${levelText(levels[top]!)} (${percentText(totals[top]! / all)}).`;
}

export function DistributionFigure({ data }: { data: Insights }) {
  const levels = data.rubric?.levels ?? [];
  const rows = data.distribution;
  const colors = levelColors(levels.length);
  const scores = rows.reduce((sum, r) => sum + r.na + r.counts.reduce((s, c) => s + c.count, 0), 0);
  const chartRows = rows.map((r) => ({ row: r, name: shortLabel(r.name), ...Object.fromEntries(r.counts.map((c) => [`level${c.level}`, c.count])) }));
  const drillInto = (row: Row, level: Level) => levelTarget(row, level, row.counts.find((c) => c.level === level.value)?.count ?? 0);

  return (
    <InsightFigure
      title={TITLE}
      n={`${countOf(scores, 'score')} from ${countOf(data.totals.observations, 'observation')}`}
      filterText={data.filterText}
      summary={distributionSummary(rows, levels)}
      chart={<DistributionChart chartRows={chartRows} levels={levels} colors={colors} onPick={drillInto} />}
      table={
        <div className="table-scroll">
          <table className="data-table insight-table">
            <DataCaption title={TITLE} />
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                {levels.map((l) => (
                  <th scope="col" key={l.value} className="insight-table__number">
                    {levelText(l)}
                  </th>
                ))}
                <th scope="col" className="insight-table__number">
                  N/A
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.dimensionId}>
                  <th scope="row">{row.name}</th>
                  {levels.map((l) => {
                    const target = drillInto(row, l);
                    return (
                      <td key={l.value} className="insight-table__number">
                        {target.observations > 0 ? <DrillButton target={target}>{countText(target.observations)}</DrillButton> : '0'}
                      </td>
                    );
                  })}
                  <td className="insight-table__number">{countText(row.na)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    />
  );
}

interface ChartProps {
  chartRows: ({ row: Row; name: string } & Record<string, unknown>)[];
  levels: readonly Level[];
  colors: readonly string[];
  onPick(row: Row, level: Level): DrillTarget;
}

function DistributionChart({ chartRows, levels, colors, onPick }: ChartProps) {
  const open = useDrillOpener();
  return (
    <BarChart responsive layout="vertical" data={chartRows} style={{ width: '100%', height: 48 + 40 * chartRows.length }} margin={{ top: 4, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
      <CartesianGrid stroke={GRID} horizontal={false} />
      <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} stroke={GRID} />
      <YAxis type="category" dataKey="name" width={labelWidth(chartRows.map((r) => r.name))} tick={AXIS_TICK} stroke={GRID} />
      <Tooltip cursor={{ fill: 'rgba(29, 91, 143, 0.06)' }} />
      <Legend verticalAlign="top" height={28} iconType="square" wrapperStyle={{ fontSize: 12 }} formatter={(value: string) => <span className="insight-legend__text">{value}</span>} />
      {levels.map((level, i) => (
        <Bar
          key={level.value}
          {...STILL}
          dataKey={`level${level.value}`}
          name={levelText(level)}
          stackId="levels"
          fill={colors[i]}
          cursor="pointer"
          onClick={(item) => open(onPick((item.payload as { row: Row }).row, level))}
        />
      ))}
    </BarChart>
  );
}
