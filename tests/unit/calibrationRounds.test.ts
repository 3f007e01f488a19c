// A calibration round through the backend, called as the shells call it:
// blind scoring (a submitted sheet is sealed, anchors and scores stay hidden
// until reveal), evidence before scores, reveal with statistics, consensus.
import { describe, expect, it } from 'vitest';
import type { RoundDetail, RoundEvidence, Sheet } from '../../shared/calibration/schemas.js';
import { addPeople, createTestRound, scoreSheet, setAnchors, TRU_DIMENSIONS } from '../support/calibration.js';
import { setUpBackend } from '../support/observationBackend.js';
import { sampleRubric, sampleRubricText } from '../support/rubrics.js';

async function roundWithThreeRaters() {
  const t = setUpBackend();
  const [ana, ben, cai, fay] = await addPeople(t, ['Ana Ruiz', 'Ben Okafor', 'Cai Lin', 'Fay Moss']);
  const round = await createTestRound(t, [ana!, ben!, cai!], fay!);
  return { t, round, ana: ana!, ben: ben!, cai: cai!, fay: fay! };
}

describe('calibration rounds', () => {
  it('takes the rubric rule, lists raters in turn order and starts in the scoring phase', async () => {
    const { round, t } = await roundWithThreeRaters();
    expect(round.phase).toBe('scoring');
    expect(round.rule).toEqual({ agreement: 'exact', thresholdPercent: 80, roundsRequired: 1 });
    expect(round.raters.map((r) => r.name)).toEqual(['Ana Ruiz', 'Ben Okafor', 'Cai Lin']);
    expect(round.results).toBeNull();
    const list = await t.value<{ name: string; phase: string; submitted: number }[]>('listCalibrationRounds');
    expect(list).toMatchObject([{ name: 'Fall calibration', phase: 'scoring', submitted: 0 }]);
  });

  it('refuses a round without two raters, with a person twice, or on an unscored rubric', async () => {
    const t = setUpBackend();
    const [ana, fay] = await addPeople(t, ['Ana Ruiz', 'Fay Moss']);
    const base = { name: 'R', rubric: { id: 'tru-math', version: 1 }, lessonKind: 'live', lesson: 'Room 12', facilitatorId: fay!.id, mode: 'pass_the_laptop' };
    expect(await t.refusal('createCalibrationRound', { ...base, raterIds: [ana!.id] })).toContain('at least two raters');
    expect(await t.refusal('createCalibrationRound', { ...base, raterIds: [ana!.id, ana!.id] })).toContain('listed twice');
    expect(await t.refusal('createCalibrationRound', { ...base, rubric: { id: 'lesson-study-observation-guide', version: 1 }, raterIds: [ana!.id, fay!.id] })).toContain('cannot be calibrated');
    expect(await t.value<unknown[]>('listCalibrationRounds')).toEqual([]);
  });

  it('keeps every sheet and anchor hidden until reveal, then shows scores, anchors and statistics', async () => {
    const { t, round, ana, ben, cai } = await roundWithThreeRaters();
    await setAnchors(t, round.id, [3, 2, 2, 1, 2]);
    const before = await t.value<RoundDetail>('getCalibrationRound', { id: round.id });
    expect(before.anchorsSet).toBe(5);
    expect(JSON.stringify(before)).not.toMatch(/"anchor"|"value"/);

    await scoreSheet(t, round.id, ana.id, [3, 2, 2, 1, 2]);
    expect(await t.refusal('getCalibrationSheet', { roundId: round.id, raterId: ana.id })).toContain('sealed until the facilitator reveals');
    expect(await t.refusal('saveCalibrationScore', { roundId: round.id, raterId: ana.id, dimensionId: 'mathematics', value: 1 })).toContain('sealed');
    expect(await t.refusal('getCalibrationEvidence', { roundId: round.id })).toContain('once every rater has submitted');
    expect(await t.refusal('revealCalibrationRound', { id: round.id })).toContain('still scoring: Ben Okafor, Cai Lin');

    const benSheet = await t.value<Sheet>('getCalibrationSheet', { roundId: round.id, raterId: ben.id });
    expect(benSheet.scores).toEqual([]);
    await scoreSheet(t, round.id, ben.id, [3, 3, 2, 2, 2]);
    await scoreSheet(t, round.id, cai.id, [2, 1, 2, 1, 3], (d) => `Cai saw ${d}`);

    const evidence = await t.value<RoundEvidence>('getCalibrationEvidence', { roundId: round.id });
    expect(evidence.map((e) => e.dimensionId)).toEqual([...TRU_DIMENSIONS]);
    expect(evidence[0]!.evidence).toEqual(['Cai saw mathematics', 'Evidence for mathematics', 'Evidence for mathematics']);
    expect(JSON.stringify(evidence)).not.toMatch(/Ana|Ben|"value"/);
    expect((await t.value<RoundDetail>('getCalibrationRound', { id: round.id })).phase).toBe('evidence');

    const revealed = await t.value<RoundDetail>('revealCalibrationRound', { id: round.id });
    expect(revealed.phase).toBe('revealed');
    const results = revealed.results!;
    const demand = results.dimensions.find((d) => d.dimensionId === 'cognitive-demand')!;
    expect(demand.scores.map((s) => s.value)).toEqual([2, 3, 1]);
    expect(demand.anchor).toBe(2);
    expect(demand.spread).toEqual({ min: 1, max: 3 });
    // Exact rule: Ben (3) and Cai (1) miss the anchor 2.
    expect(demand.outsideRule).toEqual([ben.id, cai.id]);
    // Ana matches all five anchors; Ben matches 3 of 5 and is one level high on the other two.
    const byName = Object.fromEntries(results.raters.map((r) => [r.name, r]));
    expect(byName['Ana Ruiz']).toMatchObject({ n: 5, exact: 1, adjacent: 1, meanDeviation: 0, met: true });
    expect(byName['Ben Okafor']).toMatchObject({ n: 5, exact: 0.6, adjacent: 1, met: false });
    expect(byName['Ben Okafor']!.meanDeviation).toBeCloseTo(0.4, 12);
    // Cai: 2−3, 1−2, 2−2, 1−1, 3−2 → deviations −1, −1, 0, 0, +1; exact 2 of 5.
    expect(byName['Cai Lin']).toMatchObject({ exact: 0.4, adjacent: 1, met: false });
    expect(byName['Cai Lin']!.meanDeviation).toBeCloseTo(-0.2, 12);
    expect(results.statistics).toMatchObject({ units: 5, raters: 3 });
    expect(results.statistics.krippendorff_alpha.interval).toEqual(expect.any(Number));
    // Ana and Ben agree on 3 of 5 dimensions.
    expect(results.statistics.pairs[0]).toMatchObject({ a: ana.id, b: ben.id, n: 5, exact: 0.6 });

    expect(await t.refusal('saveCalibrationAnchor', { roundId: round.id, dimensionId: 'mathematics', value: 1 })).toContain('revealed');
    const agreed = await t.value<RoundDetail>('saveCalibrationConsensus', { roundId: round.id, dimensionId: 'cognitive-demand', value: 2, notes: 'Task stayed procedural after the launch.' });
    expect(agreed.results!.dimensions.find((d) => d.dimensionId === 'cognitive-demand')).toMatchObject({ consensus: 2, discussion: 'Task stayed procedural after the launch.' });
  });

  it('refuses scores off the scale, N/A where the rubric has none, unknown dimensions, and non-raters, changing nothing', async () => {
    const { t, round, ana, fay } = await roundWithThreeRaters();
    const score = (extra: Record<string, unknown>) => ({ roundId: round.id, raterId: ana.id, dimensionId: 'mathematics', value: 2, ...extra });
    expect(await t.refusal('saveCalibrationScore', score({ value: 4 }))).toContain("4 is not on TRU Math's scale");
    expect(await t.refusal('saveCalibrationScore', score({ value: null, na: true }))).toContain('does not allow N/A');
    expect(await t.refusal('saveCalibrationScore', score({ dimensionId: 'charisma' }))).toContain('"charisma" is not a scored dimension');
    expect(await t.refusal('saveCalibrationScore', score({ raterId: fay.id }))).toContain('not a rater in this round');
    expect(await t.refusal('saveCalibrationAnchor', { roundId: round.id, dimensionId: 'mathematics', value: 0 })).toContain('not on');
    expect(await t.refusal('submitCalibrationSheet', { roundId: round.id, raterId: ana.id })).toBe(
      'Score every dimension before submitting; still to score: The Mathematics; Cognitive Demand; Equitable Access to Content; Agency, Ownership, and Identity; Formative Assessment.',
    );
    expect((await t.value<Sheet>('getCalibrationSheet', { roundId: round.id, raterId: ana.id })).scores).toEqual([]);
    expect((await t.value<RoundDetail>('getCalibrationRound', { id: round.id })).anchorsSet).toBe(0);
  });

  it('refuses a sheet whose "evidence required" dimension is scored with empty evidence, in one sentence naming each such dimension', async () => {
    const t = setUpBackend();
    const [ana, ben, fay] = await addPeople(t, ['Ana Ruiz', 'Ben Okafor', 'Fay Moss']);
    await t.value('importRubric', { text: sampleRubricText() });
    await t.value('importRubric', { text: sampleRubricText({ id: 'two-required', dimensions: sampleRubric().dimensions.map((d) => ({ ...d, evidenceRequired: true })) }) });
    const round = await createTestRound(t, [ana!, ben!], fay!, { rubric: { id: 'sample-rubric', version: 1 } });
    const save = (raterId: string, dimensionId: string, value: number, evidence: string, roundId = round.id) => t.value('saveCalibrationScore', { roundId, raterId, dimensionId, value, evidence });

    // Reasoning needs no evidence; Precision does, and blanks are no evidence.
    await save(ana!.id, 'reasoning', 2, '');
    await save(ana!.id, 'precision', 3, ' \n ');
    expect(await t.refusal('submitCalibrationSheet', { roundId: round.id, raterId: ana!.id })).toBe('Write the evidence the rubric requires before submitting; still empty: Precision.');
    expect((await t.value<RoundDetail>('getCalibrationRound', { id: round.id })).raters[0]!.submitted).toBe(false);
    await save(ana!.id, 'precision', 3, 'S3 labels both axes');
    await t.value('submitCalibrationSheet', { roundId: round.id, raterId: ana!.id });

    // Still to score and still without evidence: one sentence for each, naming every dimension concerned.
    await save(ben!.id, 'precision', 1, '');
    expect(await t.refusal('submitCalibrationSheet', { roundId: round.id, raterId: ben!.id })).toBe(
      'Score every dimension before submitting; still to score: Reasoning. Write the evidence the rubric requires before submitting; still empty: Precision.',
    );
    const both = await createTestRound(t, [ana!, ben!], fay!, { rubric: { id: 'two-required', version: 1 } });
    await save(ana!.id, 'reasoning', 4, '', both.id);
    await save(ana!.id, 'precision', 4, '', both.id);
    expect(await t.refusal('submitCalibrationSheet', { roundId: both.id, raterId: ana!.id })).toBe('Write the evidence the rubric requires before submitting; still empty: Reasoning, Precision.');
  });

  it('refuses a consensus before reveal', async () => {
    const { t, round } = await roundWithThreeRaters();
    expect(await t.refusal('saveCalibrationConsensus', { roundId: round.id, dimensionId: 'mathematics', value: 2 })).toContain('after the scores are revealed');
  });
});
