// Insights through the backend on a real store: figures from submitted
// observations' lesson scores, the "calibrated observers only" switch checked
// against a hand-computed example, drill-down to the observations behind a
// figure, the CSV that holds exactly the scores counted, and who sees what.
import { describe, expect, it } from 'vitest';
import type { Insights } from '../../shared/insights/schemas.js';
import { insightsDistrict as district, observeMiddleSchool } from '../support/insightsDistrict.js';
import { noteInput, setUpBackend, startTestObservation } from '../support/observationBackend.js';
import { parseCsv } from '../../shared/csv.js';
import { FOUR_LEVEL_SCALE } from '../../shared/rubric/scales.js';
import { sampleRubricText } from '../support/rubrics.js';

describe('insights', () => {
  it('counts every lesson score of submitted observations, and only calibrated observers when switched', async () => {
    const { t } = await district();
    const all = await t.value<Insights>('getInsights', {});
    expect(all.rubric).toMatchObject({ id: 'tru-math', version: 1 });
    expect(all.totals).toMatchObject({ observations: 3, scores: 15, teachers: 1, mean: 2 });
    expect(all.totals.calibratedShare).toBeCloseTo(5 / 15, 12);
    expect(all.distribution.find((d) => d.dimensionId === 'mathematics')!.counts).toEqual([
      { level: 1, count: 1 },
      { level: 2, count: 1 },
      { level: 3, count: 1 },
    ]);

    const calibrated = await t.value<Insights>('getInsights', { calibratedOnly: true });
    // The share describes the scores shown: with the switch on, all of them are calibrated observers' (issue #20).
    expect(calibrated.totals).toMatchObject({ observations: 1, scores: 5, mean: 3, calibratedShare: 1 });
    expect(calibrated.distribution.find((d) => d.dimensionId === 'mathematics')!.counts).toEqual([
      { level: 1, count: 0 },
      { level: 2, count: 0 },
      { level: 3, count: 1 },
    ]);
    expect(calibrated.filterText).toContain('calibrated observers only');
  });

  it('narrows by school and dimension, drills down to the observations behind a level, and exports exactly the scores counted', async () => {
    const { t, school, other, ids } = await district();
    const filter = { schoolId: school.id, dimensionId: 'cognitive-demand' };
    const figures = await t.value<Insights>('getInsights', filter);
    expect(figures.totals).toMatchObject({ observations: 3, scores: 3 });
    expect(figures.filterText).toBe('TRU Math · Alder Creek Elementary · Cognitive Demand');
    const drilled = await t.value<{ total: number; observations: { id: string }[] }>('getInsightObservations', { filter, level: 3 });
    expect(drilled.observations.map((o) => o.id)).toEqual([ids.afterAna]);
    expect((await t.value<Insights>('getInsights', { schoolId: other.id })).totals.scores).toBe(0);

    const csv = await t.value<{ text: string; rows: number; fileName: string }>('exportInsightsCsv', filter);
    const [header, ...rows] = parseCsv(csv.text).map((r) => r.cells);
    expect(csv.rows).toBe(figures.totals.scores);
    expect(rows).toHaveLength(3);
    const at = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => [r[at('observer')], r[at('value')], r[at('observer_calibrated')], r[at('dimension')]])).toEqual([
      ['Ana Ruiz', '2', '0', 'Cognitive Demand'],
      ['Ana Ruiz', '3', '1', 'Cognitive Demand'],
      ['Ben Okafor', '1', '0', 'Cognitive Demand'],
    ]);
    // The clock starts on 23 November 2026 (school year 2026-27); the round takes a day between the first lesson and the others.
    expect(rows.map((r) => `${r[at('date')]} ${r[at('school_year')]}`)).toEqual(['2026-11-23 2026-27', '2026-11-25 2026-27', '2026-11-26 2026-27']);
    expect(rows.every((r) => r[at('school')] === 'Alder Creek Elementary' && r[at('teacher')] === 'Priya Raman' && r[at('note_count')] === '1')).toBe(true);
  });

  it('follows corrections: a corrected observation leaves the figures and its correction enters once submitted', async () => {
    const { t, ids } = await district();
    expect((await t.value<Insights>('getInsights', {})).totals.observations).toBe(3);
    const correction = await t.value<{ id: string }>('startCorrection', { id: ids.afterBen });
    expect((await t.value<Insights>('getInsights', {})).totals.observations).toBe(2);
    await t.value('saveScore', { observationId: correction.id, episodeId: null, dimensionId: 'mathematics', value: 2, evidence: [] });
    await t.value('submitObservation', { id: correction.id });
    const after = await t.value<Insights>('getInsights', {});
    expect(after.totals).toMatchObject({ observations: 3, scores: 15 });
    expect(after.distribution.find((d) => d.dimensionId === 'mathematics')!.counts.map((c) => c.count)).toEqual([0, 2, 1]);
  });

  it('shows a teacher only their own observations and a principal only their school', async () => {
    const { t, other } = await district();
    await t.value('saveSettings', { userName: 'Priya Raman', role: 'teacher' });
    const own = await t.value<Insights>('getInsights', {});
    expect(own.scope.kind).toBe('teacher');
    expect(own.totals.observations).toBe(3);
    await t.value('savePerson', { name: 'Theo Lindqvist', roles: ['principal'], schoolId: other.id });
    await t.value('saveSettings', { userName: 'Theo Lindqvist', role: 'principal' });
    const theirs = await t.value<Insights>('getInsights', {});
    expect(theirs.scope).toEqual({ kind: 'school', label: 'Juniper Middle School' });
    expect(theirs.totals.observations).toBe(0);
    expect((await t.value<{ rows: number }>('exportInsightsCsv', {})).rows).toBe(0);
  });

  it('offers the grades and subjects observed under the other choices: a middle school offers its own, not every one seen', async () => {
    const { t, other, teacher } = await district();
    await observeMiddleSchool(t, other);
    const choices = async (filter: Record<string, unknown>) => {
      const { grades, subjects } = (await t.value<Insights>('getInsights', filter)).choices;
      return { grades: [...grades].sort(), subjects: [...subjects].sort() };
    };
    expect(await choices({})).toEqual({ grades: ['4', '7', '8'], subjects: ['Mathematics', 'Science'] });
    expect(await choices({ schoolId: other.id })).toEqual({ grades: ['7', '8'], subjects: ['Mathematics', 'Science'] });
    // A choice narrows the other field, never its own.
    expect(await choices({ schoolId: other.id, grade: '7' })).toEqual({ grades: ['7', '8'], subjects: ['Science'] });
    expect(await choices({ schoolId: other.id, subject: 'Mathematics' })).toEqual({ grades: ['8'], subjects: ['Mathematics', 'Science'] });
    // From the rows (a teacher chosen, dates inside a month) as from the cubes.
    expect(await choices({ teacherId: teacher.id })).toEqual({ grades: ['4'], subjects: ['Mathematics'] });
    expect(await choices({ schoolId: other.id, from: '2026-11-02' })).toEqual({ grades: ['7', '8'], subjects: ['Mathematics', 'Science'] });
    // Only calibrated observers: Fay Moss never calibrated, so the middle school offers nothing.
    expect(await choices({ schoolId: other.id, calibratedOnly: true })).toEqual({ grades: [], subjects: [] });
    expect(await choices({ schoolId: other.id, calibratedOnly: true, from: '2026-11-02' })).toEqual({ grades: [], subjects: [] });
    expect(await choices({ calibratedOnly: true })).toEqual({ grades: ['4'], subjects: ['Mathematics'] });
  });

  it('refuses a malformed filter with a sentence', async () => {
    const { t } = await district();
    expect(await t.refusal('getInsights', { from: '23/11/2026' })).toContain('YYYY-MM-DD');
    expect(await t.refusal('getInsights', { schoolId: 'alder' })).toContain('Fieldbook id');
  });
});

describe('insights over a rubric that rolls episodes up', () => {
  it('counts the duration-weighted lesson score, at its nearest level', async () => {
    const t = setUpBackend();
    const text = sampleRubricText({
      id: 'episode-rubric',
      scoring: { unit: 'episode', scale: FOUR_LEVEL_SCALE, rollup: 'duration_weighted_mean' },
      episodeTypes: [{ id: 'launch', name: 'Launch', key: 'l', description: '' }, { id: 'work', name: 'Group work', key: 'g', description: '' }],
    });
    await t.value('importRubric', { text });
    const o = await startTestObservation(t, { rubric: { id: 'episode-rubric', version: 1 } });
    const launch = await t.value<{ id: string }>('startEpisode', { observationId: o.id, typeId: 'launch', atMs: 0 });
    const work = await t.value<{ id: string }>('startEpisode', { observationId: o.id, typeId: 'work', atMs: 600_000 });
    const note = await t.value<{ id: string }>('saveNote', noteInput(o.id, 'Groups compare methods'));
    for (const dimensionId of ['reasoning', 'precision']) {
      await t.value('saveScore', { observationId: o.id, episodeId: launch.id, dimensionId, value: 1, evidence: [note.id] });
      await t.value('saveScore', { observationId: o.id, episodeId: work.id, dimensionId, value: 4, evidence: [note.id] });
    }
    t.advance(1_800_000); // 10 minutes of launch, then 20 of group work: (1 × 10 + 4 × 20) / 30 = 3
    await t.value('submitObservation', { id: o.id });
    const figures = await t.value<Insights>('getInsights', {});
    expect(figures.rubric).toMatchObject({ id: 'episode-rubric' });
    expect(figures.totals).toMatchObject({ observations: 1, scores: 2, mean: 3 });
    expect(figures.distribution[0]!.counts.map((c) => c.count)).toEqual([0, 0, 1, 0]);
  });
});
