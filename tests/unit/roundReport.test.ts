// The round report's CSV read back as a spreadsheet would: one row per rater
// × dimension of a real revealed round, every cell where it belongs, empty
// cells where a dimension had no anchor, and a round name that looks like a
// formula kept as text.
import { describe, expect, it } from 'vitest';
import { ROUND_CSV_COLUMNS, roundCsv, roundFileName } from '../../shared/calibration/roundReport.js';
import type { RoundDetail } from '../../shared/calibration/schemas.js';
import { parseCsv } from '../../shared/csv.js';
import { addPeople, createTestRound, scoreSheet, TRU_DIMENSIONS } from '../support/calibration.js';
import { setUpBackend } from '../support/observationBackend.js';

const FORMULA_NAME = '=cmd|"/C calc"!A0, fall';

/** Three raters, anchors on every dimension but formative assessment, a consensus on cognitive demand. */
async function revealedRound() {
  const t = setUpBackend();
  const [ana, ben, cai, fay] = await addPeople(t, ['Ana Ruiz', 'Ben Okafor', 'Cai Lin', 'Fay Moss']);
  const round = await createTestRound(t, [ana!, ben!, cai!], fay!, { name: FORMULA_NAME });
  for (const [i, value] of [3, 2, 2, 1].entries()) await t.value('saveCalibrationAnchor', { roundId: round.id, dimensionId: TRU_DIMENSIONS[i], value });
  await scoreSheet(t, round.id, ana!.id, [3, 2, 2, 1, 2]);
  await scoreSheet(t, round.id, ben!.id, [3, 3, 2, 2, 2]);
  await scoreSheet(t, round.id, cai!.id, [2, 1, 2, 1, 3]);
  await t.value('revealCalibrationRound', { id: round.id });
  const revealed = await t.value<RoundDetail>('saveCalibrationConsensus', { roundId: round.id, dimensionId: 'cognitive-demand', value: 2, notes: 'Procedural after the launch' });
  return { round: revealed, ana: ana!, ben: ben!, cai: cai! };
}

function rowsOf(csv: string) {
  const [header, ...rows] = parseCsv(csv).map((r) => r.cells);
  return { header, rows: rows.map((cells) => Object.fromEntries(ROUND_CSV_COLUMNS.map((c, i) => [c, cells[i]!]))) };
}

describe('round report CSV', () => {
  it('has one row per rater and dimension with the score, anchor, deviation, rule and consensus', async () => {
    const { round, ben, cai } = await revealedRound();
    const csv = roundCsv(round);
    expect(csv.endsWith('\r\n')).toBe(true);
    const { header, rows } = rowsOf(csv);
    expect(header).toEqual([...ROUND_CSV_COLUMNS]);
    expect(rows).toHaveLength(3 * TRU_DIMENSIONS.length);
    expect(new Set(rows.map((r) => r.round_id))).toEqual(new Set([round.id]));
    expect(rows[0]).toMatchObject({ rubric_id: 'tru-math', rubric_version: '1', lesson: 'Grade 4 fractions, Room 12', revealed_at: new Date(round.revealedAt!).toISOString() });

    const cell = (raterId: string, dimensionId: string) => rows.find((r) => r.rater_id === raterId && r.dimension_id === dimensionId);
    expect(cell(ben.id, 'cognitive-demand')).toMatchObject({ rater: 'Ben Okafor', dimension: 'Cognitive Demand', score: '3', na: '0', anchor: '2', deviation: '1', within_rule: '0', consensus: '2' });
    expect(cell(cai.id, 'mathematics')).toMatchObject({ score: '2', anchor: '3', deviation: '-1', within_rule: '0', consensus: '' });
    expect(cell(cai.id, 'agency-ownership-identity')).toMatchObject({ score: '1', anchor: '1', deviation: '0', within_rule: '1' });
    // No anchor on formative assessment: nothing to compare with.
    expect(cell(cai.id, 'formative-assessment')).toMatchObject({ score: '3', anchor: '', deviation: '', within_rule: '' });
    expect(rows.filter((r) => r.within_rule === '0').map((r) => `${r.rater}: ${r.dimension_id}`)).toEqual(
      round.results!.dimensions.flatMap((d) => d.outsideRule.map((id) => `${round.raters.find((r) => r.personId === id)!.name}: ${d.dimensionId}`)),
    );
  });

  it('keeps a round name that looks like a formula as text, and names the file after the round and day', async () => {
    const { round } = await revealedRound();
    const { rows } = rowsOf(roundCsv(round));
    expect(new Set(rows.map((r) => r.round))).toEqual(new Set([`'${FORMULA_NAME}`]));
    const day = new Date(round.revealedAt!).toISOString().slice(0, 10);
    expect(roundFileName(round, 'csv')).toBe(`calibration-cmd-c-calc-a0-fall-${day}.csv`);
    expect(roundFileName({ name: '¡¿?!', revealedAt: null, createdAt: Date.UTC(2026, 9, 14) }, 'pdf')).toBe('calibration-round-2026-10-14.pdf');
  });

  it('refuses a round whose scores are not revealed yet', async () => {
    const { round } = await revealedRound();
    expect(() => roundCsv({ ...round, results: null })).toThrow('A round can be exported once its scores are revealed.');
  });
});
