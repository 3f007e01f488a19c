// The dashboard's filter bar: rubric version, school, teacher, grade,
// subject, dimension, dates, and the switch that counts only observers
// calibrated when they scored. Each choice applies at once. What a person
// may see decides what is offered: a teacher is not offered other teachers;
// and the grades and subjects offered are those observed under the other
// choices.
import type { Insights, InsightFilterValue } from '../../../shared/insights/schemas.js';
import { useStoreApi } from '../../appContext.js';
import { Checkbox, SelectField, TextField } from '../../ui/Fields.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { useLoaded } from '../../ui/useLoaded.js';
import { named } from '../observe/ObservationFilters.js';
import { compareGrades, countOf } from './insightWords.js';

const CALIBRATED_HINT = 'Counts only scores from observers who were calibrated at the time of the observation.';

const rubricKey = (r: { id: string; version: number }) => `${r.id}@${r.version}`;

/** Schools for the district's view, teachers for everyone's but a teacher's; nothing until the scope is known. */
function useDirectory(scope: Insights['scope']['kind'] | undefined) {
  return useLoaded(
    async (api) => ({
      schools: scope === 'district' ? await api.listSchools({ includeArchived: true }) : [],
      teachers: scope === 'district' || scope === 'school' ? await api.listPeople({ role: 'teacher', includeArchived: true }) : [],
    }),
    scope ?? 'unknown',
  );
}

const alphabetical = new Intl.Collator('en', { numeric: true }).compare;

/**
 * Grades and subjects have no list of their own: they are whatever the
 * observations under the filter's other choices say, so a middle school
 * offers grades 6 to 8. The chosen value stays offered, so the field shows it.
 */
function offered(values: readonly string[], selected: string, order: (a: string, b: string) => number): string[] {
  return [...new Set(selected === '' ? values : [...values, selected])].sort(order);
}

const plain = (label: string, values: readonly string[], word = (v: string) => v) => [{ value: '', label }, ...values.map((v) => ({ value: v, label: word(v) }))];

export function InsightFilters({ data, filter }: { data: Insights | null; filter: InsightFilterValue }) {
  const insights = useStoreApi('insights');
  const set = (patch: Partial<InsightFilterValue>) => insights.getState().setFilter(patch);
  const scope = data?.scope.kind;
  const directory = useDirectory(scope);
  const grades = offered(data?.choices.grades ?? [], filter.grade, compareGrades);
  const subjects = offered(data?.choices.subjects ?? [], filter.subject, alphabetical);
  const rubrics = data?.rubrics ?? [];
  const shownRubric = filter.rubric ?? data?.rubric ?? null;
  const chooseRubric = (key: string) => {
    const rubric = rubrics.find((r) => rubricKey(r) === key);
    // Dimensions belong to one rubric version: a new rubric starts from every dimension.
    if (rubric) set({ rubric: { id: rubric.id, version: rubric.version }, dimensionId: '' });
  };
  const clear = () => set({ schoolId: null, teacherId: null, grade: '', subject: '', dimensionId: '', from: '', to: '', calibratedOnly: false });

  return (
    <div className="filters insight-filters" role="group" aria-label="Filter the figures">
      <ErrorAlert message={directory.error} />
      <SelectField
        label="Rubric"
        value={shownRubric ? rubricKey(shownRubric) : ''}
        options={rubrics.length === 0 ? [{ value: '', label: 'No scores yet' }] : rubrics.map((r) => ({ value: rubricKey(r), label: `${r.name} v${r.version} (${countOf(r.scores, 'score')})` }))}
        onChange={chooseRubric}
      />
      {scope === 'district' ? (
        <SelectField label="School" value={filter.schoolId ?? ''} options={named('All schools', directory.data?.schools ?? [])} onChange={(id) => set({ schoolId: id || null })} />
      ) : null}
      {scope && scope !== 'teacher' ? (
        <SelectField label="Teacher" value={filter.teacherId ?? ''} options={named('All teachers', directory.data?.teachers ?? [])} onChange={(id) => set({ teacherId: id || null })} />
      ) : null}
      <SelectField label="Grade" value={filter.grade} options={plain('Every grade', grades, (g) => `Grade ${g}`)} onChange={(grade) => set({ grade })} />
      <SelectField label="Subject" value={filter.subject} options={plain('Every subject', subjects)} onChange={(subject) => set({ subject })} />
      <SelectField
        label="Dimension"
        value={filter.dimensionId}
        options={[{ value: '', label: 'Every dimension' }, ...(data?.rubric?.dimensions ?? []).map((d) => ({ value: d.id, label: d.name }))]}
        onChange={(dimensionId) => set({ dimensionId })}
      />
      <TextField label="From" type="date" value={filter.from} onChange={(from) => set({ from })} />
      <TextField label="To" type="date" value={filter.to} onChange={(to) => set({ to })} />
      <Checkbox label="Calibrated observers only" checked={filter.calibratedOnly} hint={CALIBRATED_HINT} onChange={(calibratedOnly) => set({ calibratedOnly })} />
      <button type="button" className="button button--secondary" onClick={clear}>
        Clear filters
      </button>
    </div>
  );
}
