// Every figure of the dashboard, from one answer of the backend: the
// distribution by level, the mean by month and by school year, by school,
// by grade and by dimension. Each row knows how to narrow the filter to it,
// so any bar, point or row can list its observations.
import type { Insights, InsightFilterValue } from '../../../shared/insights/schemas.js';
import { DistributionFigure } from './DistributionFigure.js';
import { schoolYearDates, type DrillTarget } from './drillTargets.js';
import type { GroupRow } from './GroupTable.js';
import { compareGrades, monthText } from './insightWords.js';
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
    [...data.byGrade].sort((a, b) => compareGrades(a.key, b.key)).map((g) => ({ ...g, label: g.key ? `Grade ${g.key}` : g.label })),
    (g) => (g.key ? { title: g.label.toLowerCase(), narrow: { grade: g.key } } : null),
  );
  // In the rubric's order, as every other screen lists dimensions.
  const order = (data.rubric?.dimensions ?? []).map((d) => d.id);
  const dimensions = rowsOf(
    [...data.byDimension].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)),
    (g) => ({ title: g.label, narrow: { dimensionId: g.key } }),
  );

  return (
    <div className="insight-figures__grid">
      <div className="insight-figures__cell insight-figures__cell--full">
        <DistributionFigure data={data} />
      </div>
      <div className="insight-figures__cell insight-figures__cell--wide">
        <MonthFigure data={data} rows={months} />
      </div>
      <div className="insight-figures__cell insight-figures__cell--narrow">
        <MeanBarFigure data={data} title="Mean score by school year" rowHeader="School year" rows={years} />
      </div>
      <div className="insight-figures__cell insight-figures__cell--half">
        <MeanBarFigure data={data} title="Mean score by school" rowHeader="School" rows={schools} />
      </div>
      <div className="insight-figures__cell insight-figures__cell--half">
        <MeanBarFigure data={data} title="Mean score by dimension" rowHeader="Dimension" rows={dimensions} />
      </div>
      <div className="insight-figures__cell insight-figures__cell--full">
        <MeanBarFigure data={data} title="Mean score by grade" rowHeader="Grade" rows={grades} columns />
      </div>
    </div>
  );
}
