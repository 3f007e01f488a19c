// Figures (c), (d), (e) and the school years: the mean score per group (a
// school, a grade, a dimension, a school year) as horizontal bars on the
// rubric's scale. A bar, or its row's button in the table, lists the
// observations behind it.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '../../../shared/insights/schemas.js';
import { useDrillOpener } from './DrillButton.js';
import { ACCENT, AXIS_TICK, GRID, labelWidth, shortLabel, STILL } from './chartStyle.js';
import { GroupTable, type GroupRow } from './GroupTable.js';
import { groupSummary } from './groupSummary.js';
import { InsightFigure } from './InsightFigure.js';
import { countOf, meanText } from './insightWords.js';

interface MeanBarFigureProps {
  data: Insights;
  title: string;
  /** What a row is: "School", "Grade". */
  rowHeader: string;
  rows: readonly GroupRow[];
  /** Upright columns in the rows' order (grades), instead of bars with their names beside them. */
  columns?: boolean;
}

/** Ticks at 0 and at every level of the scale. */
export function scaleTicks(data: Insights): number[] {
  return [0, ...(data.rubric?.levels ?? []).map((l) => l.value)];
}

export function MeanBarFigure({ data, title, rowHeader, rows, columns = false }: MeanBarFigureProps) {
  const open = useDrillOpener();
  const ticks = scaleTicks(data);
  const chartRows = rows.map((row) => ({ row, name: shortLabel(row.label), mean: row.mean === null ? null : Number(row.mean.toFixed(2)) }));
  const scale = { type: 'number', domain: [0, Math.max(...ticks)], ticks, tick: AXIS_TICK, stroke: GRID } as const;
  const groups = { type: 'category', dataKey: 'name', tick: AXIS_TICK, stroke: GRID } as const;
  return (
    <InsightFigure
      title={title}
      n={`${countOf(data.totals.scores, 'score')} from ${countOf(data.totals.observations, 'observation')}`}
      filterText={data.filterText}
      summary={groupSummary(rows, rowHeader.toLowerCase())}
      chart={
        <BarChart
          responsive
          layout={columns ? 'horizontal' : 'vertical'}
          data={chartRows}
          style={{ width: '100%', height: columns ? 200 : 32 + 30 * chartRows.length }}
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={GRID} horizontal={columns} vertical={!columns} />
          {columns ? <XAxis {...groups} interval={0} /> : <XAxis {...scale} />}
          {columns ? <YAxis {...scale} width={32} /> : <YAxis {...groups} width={labelWidth(chartRows.map((r) => r.name))} />}
          <Tooltip cursor={{ fill: 'rgba(29, 91, 143, 0.06)' }} formatter={(value) => meanText(typeof value === 'number' ? value : null)} />
          <Bar
            {...STILL}
            dataKey="mean"
            name="Mean score"
            fill={ACCENT}
            maxBarSize={columns ? 36 : 16}
            cursor="pointer"
            onClick={(item) => {
              const { target } = (item.payload as { row: GroupRow }).row;
              if (target) open(target);
            }}
          />
        </BarChart>
      }
      table={<GroupTable title={title} rowHeader={rowHeader} rows={rows} />}
    />
  );
}
