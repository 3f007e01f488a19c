// Every figure of the dashboard, from one answer of the backend: the
// distribution by level, the mean by month and by school year, by school,
// by grade and by dimension. Each row knows how to narrow the filter to it,
// so any bar, point or row can list its observations.
import type { Insights, InsightFilterValue } from '../../../shared/insights/schemas.js';
import { DistributionFigure } from './DistributionFigure.js';
import { schoolYearDates, type DrillTarget } from './drillTargets.js';
import type { GroupRow } from './GroupTable.js';
import { monthText } from './insightWords.js';
import { MeanBarFigure } from './MeanBarFigure.js';
import { MonthFigure } from './MonthFigure.js';

type Groups = Insights['byMonth'];

function rowsOf(groups: Groups, target: (g: Groups[number]) => Omit<DrillTarget, 'observations'> | null): GroupRow[] {
  return groups.map((g) => {
    const t = target(g);
    return { ...g, target: t ? { ...t, observations: g.observations } : null };
  });
}

export function InsightFigures({ data, filter }: { data: Insights; filter: InsightFilterValue }) {
  const months = rowsOf(
    data.byMonth.map((g) => ({ ...g, label: monthText(g.key) })),
    (g) => ({ title: g.label, narrow: {}, month: g.key }),
  );
  const years = rowsOf(data.bySchoolYear, (g) => ({ title: `school year ${g.key}`, narrow: schoolYearDates(g.key, filter) }));
  // Scores with no school or no grade cannot be singled out by the filter, so those rows list nothing.
  const schools = rowsOf(data.bySchool, (g) => (g.key ? { title: g.label, narrow: { schoolId: g.key } } : null));
  const grades = rowsOf(
    data.byGrade.map((g) => ({ ...g, label: g.key ? `Grade ${g.key}` : g.label })),
    (g) => (g.key ? { title: g.label.toLowerCase(), narrow: { grade: g.key } } : null),
  );
  const dimensions = rowsOf(data.byDimension, (g) => ({ title: g.label, narrow: { dimensionId: g.key } }));

  return (
    <div className="insight-figures__grid">
      <div className="insight-figures__wide">
        <DistributionFigure data={data} />
      </div>
      <div className="insight-figures__wide">
        <MonthFigure data={data} rows={months} />
      </div>
      <MeanBarFigure data={data} title="Mean score by school year" rowHeader="School year" rows={years} />
      <MeanBarFigure data={data} title="Mean score by dimension" rowHeader="Dimension" rows={dimensions} />
      <MeanBarFigure data={data} title="Mean score by school" rowHeader="School" rows={schools} />
      <MeanBarFigure data={data} title="Mean score by grade" rowHeader="Grade" rows={grades} />
    </div>
  );
}
