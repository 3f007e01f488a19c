// A rater's standing by the district's rule: new raters need calibration;
// meeting the rule in the last N rounds makes them calibrated; a calibrated
// rater who misses it, or whose agreement falls by 15 points or more, drifts.
// Then the same through the backend: rounds and a co-observation build the
// history that the rater screen and the board show.
import { describe, expect, it } from 'vitest';
import type { RaterHistoryEntry, RaterStanding, RoundDetail, RoundRule } from '../../shared/calibration/schemas.js';
import { calibrationStatus } from '../../shared/calibration/standing.js';
import { addPeople, createTestRound, scoreSheet, setAnchors, TRU_DIMENSIONS } from '../support/calibration.js';
import { noteInput, setUpBackend, startTestObservation, type TestBackend } from '../support/observationBackend.js';

const WITHIN_ONE_80_TWICE: RoundRule = { agreement: 'within_one', thresholdPercent: 80, roundsRequired: 2 };

function entry(name: string, adjacent: number, met: boolean | null): RaterHistoryEntry {
  return {
    raterId: '0190b3f0-0000-7000-8000-000000000001',
    name: 'Ana',
    n: 5,
    exact: adjacent,
    adjacent,
    meanDeviation: 0,
    peerExact: null,
    met,
    roundId: '0190b3f0-0000-7000-8000-000000000002',
    roundName: name,
    rubricName: 'TRU Math',
    revealedAt: 0,
    source: 'round',
  };
}

describe('calibrationStatus', () => {
  it('marks a rater with no judged round as needing calibration', () => {
    expect(calibrationStatus([], WITHIN_ONE_80_TWICE)).toEqual({ status: 'needs_calibration', reason: 'No revealed round with anchor scores yet.' });
    expect(calibrationStatus([entry('Co-observation', 1, null)], WITHIN_ONE_80_TWICE).status).toBe('needs_calibration');
  });

  it('needs the rule met in the last N rounds in a row', () => {
    expect(calibrationStatus([entry('Fall', 1, true)], WITHIN_ONE_80_TWICE)).toMatchObject({ status: 'needs_calibration', reason: expect.stringContaining('met it in 1 of the last 1') });
    expect(calibrationStatus([entry('Fall', 0.6, false), entry('Winter', 0.8, true), entry('Spring', 1, true)], WITHIN_ONE_80_TWICE)).toEqual({
      status: 'calibrated',
      reason: 'Met agreement within one level with the anchors of at least 80% in the last 2 rounds.',
    });
  });

  it('warns of drift when a calibrated rater misses the rule', () => {
    const history = [entry('Fall', 1, true), entry('Winter', 1, true), entry('Spring', 0.6, false)];
    expect(calibrationStatus(history, WITHIN_ONE_80_TWICE)).toEqual({ status: 'drifting', reason: 'Was calibrated, then missed the rule in Spring (60%).' });
  });

  it('warns of drift when agreement falls 15 points or more while still meeting the rule', () => {
    const falling = [entry('Fall', 1, true), entry('Winter', 1, true), entry('Spring', 0.8, true)];
    expect(calibrationStatus(falling, WITHIN_ONE_80_TWICE)).toMatchObject({ status: 'drifting', reason: expect.stringContaining('fell to 80% in Spring from 100%') });
    const steady = [entry('Fall', 0.9, true), entry('Winter', 0.8, true), entry('Spring', 0.8, true)];
    expect(calibrationStatus(steady, WITHIN_ONE_80_TWICE).status).toBe('calibrated');
  });
});

async function revealedRound(t: TestBackend, raters: { id: string }[], facilitator: { id: string }, sheets: number[][], anchors: number[], name: string) {
  const round = await createTestRound(t, raters as never, facilitator as never, { name, rule: WITHIN_ONE_80_TWICE });
  await setAnchors(t, round.id, anchors);
  for (const [i, r] of raters.entries()) await scoreSheet(t, round.id, r.id, sheets[i]!);
  t.advance(86_400_000);
  return t.value<RoundDetail>('revealCalibrationRound', { id: round.id });
}

describe('rater standing through the backend', () => {
  it('builds each rater history from revealed rounds, oldest first, with the status and deviation per dimension', async () => {
    const t = setUpBackend();
    const [ana, ben, fay, newcomer] = await addPeople(t, ['Ana Ruiz', 'Ben Okafor', 'Fay Moss', 'Nia Cole']);
    await revealedRound(t, [ana!, ben!], fay!, [[3, 2, 2, 1, 2], [1, 1, 1, 3, 3]], [3, 2, 2, 1, 2], 'Fall');
    await revealedRound(t, [ana!, ben!], fay!, [[2, 2, 2, 2, 2], [3, 3, 3, 3, 3]], [2, 2, 2, 2, 2], 'Winter');
    // Nia is in a round that is not revealed yet: she needs calibration.
    await createTestRound(t, [newcomer!, ana!], fay!, { name: 'Spring' });

    const anaStanding = await t.value<RaterStanding>('getRaterStanding', { personId: ana!.id });
    expect(anaStanding.history.map((h) => h.roundName)).toEqual(['Fall', 'Winter']);
    expect(anaStanding).toMatchObject({ status: 'calibrated' });
    const benStanding = await t.value<RaterStanding>('getRaterStanding', { personId: ben!.id });
    // Fall: 1−3, 1−2, 1−2, 3−1, 3−2 → within one on 3 of 5 (60%); Winter: +1 on all five → 100% within one.
    expect(benStanding.history.map((h) => h.adjacent)).toEqual([0.6, 1]);
    expect(benStanding.status).toBe('needs_calibration');
    // Ben's deviation on The Mathematics: (1−3) + (3−2) over two rounds = −0.5.
    expect(benStanding.deviationByDimension.find((d) => d.dimensionId === 'mathematics')).toMatchObject({ meanDeviation: -0.5, n: 2 });

    const board = await t.value<RaterStanding[]>('getCalibrationBoard');
    expect(board.map((b) => [b.name, b.status])).toEqual([
      ['Ana Ruiz', 'calibrated'],
      ['Ben Okafor', 'needs_calibration'],
      ['Nia Cole', 'needs_calibration'],
    ]);
  });

  it('adds co-observations of the same teacher on the same day as peer agreement, which does not count toward the rule', async () => {
    const t = setUpBackend();
    const [ana, ben, fay] = await addPeople(t, ['Ana Ruiz', 'Ben Okafor', 'Fay Moss']);
    const coObserve = async (observer: string, values: number[]) => {
      await t.value('saveSettings', { userName: observer });
      const o = await startTestObservation(t, { kind: 'co_observation', teacherLabel: 'Ms. Rivera' });
      const note = await t.value<{ id: string }>('saveNote', noteInput(o.id, 'Students compare strategies'));
      for (const [i, dimensionId] of TRU_DIMENSIONS.entries()) {
        // TRU's lesson score is the rater's own summary (episodeId null).
        await t.value('saveScore', { observationId: o.id, episodeId: null, dimensionId, value: values[i], evidence: [note.id] });
      }
      await t.value('submitObservation', { id: o.id });
    };
    await coObserve('Ana Ruiz', [3, 2, 2, 1, 2]);
    await coObserve('Ben Okafor', [3, 3, 2, 3, 2]);
    const standing = await t.value<RaterStanding>('getRaterStanding', { personId: ana!.id });
    expect(standing.history).toHaveLength(1);
    // Same level on 3 of 5; Agency is two levels apart (1 vs 3), so within one on 4 of 5.
    expect(standing.history[0]).toMatchObject({ source: 'co_observation', roundName: 'Co-observation with Ben Okafor', n: 5, exact: 0.6, adjacent: 0.8, met: null });
    expect(standing.history[0]!.meanDeviation).toBeCloseTo(-0.6, 12);
    expect(standing.status).toBe('needs_calibration');
    expect((await t.value<RaterStanding>('getRaterStanding', { personId: ben!.id })).history[0]!.meanDeviation).toBeCloseTo(0.6, 12);
    // A round puts both on the board, which carries the co-observation too, unless the caller (Insights' status counts) turns them off.
    await createTestRound(t, [ana!, ben!], fay!, { name: 'Spring' });
    const onBoard = (board: RaterStanding[]) => board.find((s) => s.personId === ana!.id)?.history.length ?? 0;
    expect(onBoard(await t.value<RaterStanding[]>('getCalibrationBoard'))).toBe(1);
    expect(onBoard(await t.value<RaterStanding[]>('getCalibrationBoard', { withCoObservations: false }))).toBe(0);
  });

  it('refuses the standing of someone not in the directory', async () => {
    const t = setUpBackend();
    expect(await t.refusal('getRaterStanding', { personId: '0190b3f0-0000-7000-8000-00000000abcd' })).toContain('not in the directory');
  });
});
