// Figure (b): the mean score month by month, as a line on the rubric's
// scale. A point, or its month's button in the table, lists the observations
// of that month.
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '../../../shared/insights/schemas.js';
import { useDrillOpener } from './DrillButton.js';
import { ACCENT, AXIS_TICK, GRID, STILL } from './chartStyle.js';
import { GroupTable, type GroupRow } from './GroupTable.js';
import { trendSummary } from './groupSummary.js';
import { InsightFigure } from './InsightFigure.js';
import { countOf, meanText } from './insightWords.js';
import { scaleTicks } from './MeanBarFigure.js';

const TITLE = 'Mean score by month';

export function MonthFigure({ data, rows }: { data: Insights; rows: readonly GroupRow[] }) {
  const open = useDrillOpener();
  const ticks = scaleTicks(data).filter((t) => t > 0);
  const chartRows = rows.map((row) => ({ row, name: row.label, mean: row.mean === null ? null : Number(row.mean.toFixed(2)) }));
  return (
    <InsightFigure
      title={TITLE}
      n={`${countOf(data.totals.scores, 'score')} from ${countOf(data.totals.observations, 'observation')}`}
      filterText={data.filterText}
      summary={trendSummary(rows, 'month')}
      chart={
        <LineChart
          responsive
          data={chartRows}
          style={{ width: '100%', height: 220 }}
          margin={{ top: 12, right: 28, bottom: 4, left: 0 }}
          accessibilityLayer={false}
          onClick={(state) => {
            // recharts gives the hovered point's index as a string ("3") or a number.
            const target = state.activeIndex == null ? undefined : rows[Number(state.activeIndex)]?.target;
            if (target) open(target);
          }}
        >
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="name" tick={AXIS_TICK} stroke={GRID} minTickGap={12} />
          <YAxis domain={[Math.min(...ticks), Math.max(...ticks)]} ticks={ticks} width={32} tick={AXIS_TICK} stroke={GRID} />
          <Tooltip formatter={(value) => meanText(typeof value === 'number' ? value : null)} />
          <Line {...STILL} type="linear" dataKey="mean" name="Mean score" stroke={ACCENT} strokeWidth={2} dot={{ r: 3, fill: ACCENT }} activeDot={{ r: 5, cursor: 'pointer' }} connectNulls />
        </LineChart>
      }
      table={<GroupTable title={TITLE} rowHeader="Month" rows={rows} />}
    />
  );
}
