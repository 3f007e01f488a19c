// The agreement statistics a calibration reveal shows, held to independent
// textbook implementations (tests/support/agreementOracle.ts) on many seeded
// random tables, and to small examples worked by hand below. Whatever the
// data, a statistic is a finite number or null with its reason in `notes`.
import { describe, expect, it } from 'vitest';
import { agreementReport, type AgreementInput, type AgreementReport } from '../../shared/agreement/report.js';
import { readAgreementExamples } from '../support/agreementExamples.js';
import { oracleReport } from '../support/agreementOracle.js';
import { differences, leaves, reportProblems } from '../support/agreementReportChecks.js';
import { seededRandom, simulateRatings } from '../support/simulatedRatings.js';

const TOLERANCE = 1e-9;

function withoutNotes(report: AgreementReport): Omit<AgreementReport, 'notes'> {
  const { notes: _notes, ...statistics } = report;
  return statistics;
}

describe('agreement statistics against textbook implementations', () => {
  const SCALES = [[1, 2, 3], [1, 2, 3, 4], [0, 1, 2, 3, 4], [1, 2, 3, 4, 5, 6, 7], [0, 1, 2.5, 6]];
  const CASES_PER_SCALE = 60;

  it.each(SCALES.map((scale) => [scale.join(','), scale] as const))('agree to 1e-9 on seeded random tables, scale %s', (_label, scale) => {
    const failures: string[] = [];
    const numbersAt = new Map<string, number>();
    for (let c = 0; c < CASES_PER_SCALE; c++) {
      const seed = scale.length * 1000 + c;
      const random = seededRandom(seed);
      const pick = <T,>(options: readonly T[]) => options[Math.floor(random() * options.length)]!;
      const data = simulateRatings(random, {
        raters: pick([1, 2, 2, 3, 4, 5, 8]),
        units: pick([1, 2, 5, 12, 30]),
        scale,
        missing: pick([0, 0, 0.1, 0.3, 0.6]),
        severity: pick([0, 0.5, 1.5]),
        noise: pick([0.2, 0.7, 2]),
        anchor: random() < 0.5,
      });
      const input: AgreementInput = random() < 0.5 ? data : { ...data, raters: data.ratings.map((_, r) => `rater ${r}`) };
      const report = agreementReport(input);
      const problems = [...differences(withoutNotes(report), oracleReport(input), TOLERANCE), ...reportProblems(report)];
      if (problems.length > 0) failures.push(`seed ${seed}: ${problems.join('; ')}`);
      for (const { path: at, value } of leaves(withoutNotes(report))) {
        const statistic = at.replace(/\[\d+\]/g, '[]'); // pairs[3].exact → pairs[].exact
        if (typeof value === 'number') numbersAt.set(statistic, (numbersAt.get(statistic) ?? 0) + 1);
      }
    }
    expect(failures).toEqual([]);
    // The comparison must not pass vacuously: every statistic was a number in many tables.
    const statistics = ['exact', 'adjacent', 'fleiss_kappa', 'gwet_ac1', 'gwet_ac2.ordinal', 'krippendorff_alpha.ordinal', 'krippendorff_alpha.ratio', 'icc.ICC2', 'icc.ICC3k', 'pairs[].cohen_kappa.quadratic', 'anchor[].mean_deviation'];
    for (const statistic of statistics) expect(numbersAt.get(statistic) ?? 0, statistic).toBeGreaterThanOrEqual(10);
  });

  it('agree on larger tables with many raters and missing scores', () => {
    for (const seed of [1, 2, 3]) {
      const input = simulateRatings(seededRandom(seed), { raters: 15, units: 80, scale: [1, 2, 3, 4], missing: 0.15, severity: 0.6, noise: 0.6, anchor: true });
      const report = agreementReport(input);
      expect(differences(withoutNotes(report), oracleReport(input), TOLERANCE), `seed ${seed}`).toEqual([]);
      expect(reportProblems(report)).toEqual([]);
    }
  });
});

describe('agreement statistics worked by hand', () => {
  it('exact and adjacent agreement average the share of agreeing rater pairs over units with two or more ratings', () => {
    const report = agreementReport({
      scale: [1, 2, 3, 4],
      ratings: [
        [1, 2, 3, 4, null],
        [1, 4, 3, null, 2],
        [2, 3, null, null, null],
      ],
    });
    // unit 1: 1,1,2 → pairs (1,1) (1,2) (1,2): exact 1/3, all within one level: adjacent 3/3
    // unit 2: 2,4,3 → no pair equal: exact 0; (2,3) and (4,3) neighbouring, (2,4) not: adjacent 2/3
    // unit 3: 3,3 → exact 1, adjacent 1; units 4 and 5 have one rating each and are left out
    expect(report.exact).toBeCloseTo((1 / 3 + 0 + 1) / 3, 12);
    expect(report.adjacent).toBeCloseTo((1 + 2 / 3 + 1) / 3, 12);
    // pairs: over the units both raters scored
    // R1–R2: units 1-3 → (1,1) (2,4) (3,3): exact 2/3, adjacent 2/3
    // R1–R3: units 1-2 → (1,2) (2,3): exact 0, adjacent 1;  R2–R3: (1,2) (4,3): exact 0, adjacent 1
    expect(report.pairs.map(({ a, b, n, exact, adjacent }) => ({ a, b, n, exact, adjacent }))).toEqual([
      { a: 'R1', b: 'R2', n: 3, exact: 2 / 3, adjacent: 2 / 3 },
      { a: 'R1', b: 'R3', n: 2, exact: 0, adjacent: 1 },
      { a: 'R2', b: 'R3', n: 2, exact: 0, adjacent: 1 },
    ]);
  });

  it('with two raters, exact agreement is the share of jointly scored units', () => {
    // jointly scored: units 1-4 → (1,1) (2,2) (3,4) (4,2): exact 2/4; within one level: 3/4
    const report = agreementReport({ scale: [1, 2, 3, 4], ratings: [[1, 2, 3, 4, null, 2], [1, 2, 4, 2, 3, null]] });
    expect(report.exact).toBe(0.5);
    expect(report.adjacent).toBe(0.75);
    expect(report.pairs[0]).toMatchObject({ n: 4, exact: 0.5, adjacent: 0.75 });
  });

  it('adjacent means the same or a neighbouring level of the scale, not one point apart', () => {
    // scale 0,2,4: 0 and 2 are neighbouring levels though two points apart; 4 and 0 are not → 2/3
    expect(agreementReport({ scale: [0, 2, 4], ratings: [[0, 2, 4], [2, 4, 0]] })).toMatchObject({ exact: 0, adjacent: 2 / 3 });
    // scale 1..4: 1 and 3 have level 2 between them, even if nobody used it → 1/2
    expect(agreementReport({ scale: [1, 2, 3, 4], ratings: [[1, 2], [3, 2]] })).toMatchObject({ exact: 0.5, adjacent: 0.5 });
  });

  describe('weights and chance agreement are built over the full scale', () => {
    // Two raters, four units: (1,1) (2,3) (3,3) (3,2); nobody used level 4.
    const ratings = [[1, 2, 3, 3], [1, 3, 3, 2]];
    const on3 = agreementReport({ scale: [1, 2, 3], ratings });
    const on4 = agreementReport({ scale: [1, 2, 3, 4], ratings });

    it('Gwet AC1 and AC2 change with the number of levels q', () => {
      // observed agreement p_a = mean over units of agreeing ordered pairs = (1+0+1+0)/4 = 1/2
      // prevalences π = (1/4, 1/4, 1/2, 0): unit shares (1,0,0), (0,½,½), (0,0,1), (0,½,½) averaged
      // Σ π(1−π) = 3/16 + 3/16 + 1/4 = 5/8
      // q = 3: chance = (5/8)/(q−1) = 5/16 → AC1 = (1/2 − 5/16)/(11/16) = 3/11
      // q = 4: chance = (5/8)/3 = 5/24    → AC1 = (1/2 − 5/24)/(19/24) = 7/19
      expect(on3.gwet_ac1).toBeCloseTo(3 / 11, 12);
      expect(on4.gwet_ac1).toBeCloseTo(7 / 19, 12);
      // AC2 linear, w = 1 − |k−l|/(max−min):
      // q = 3: p_a = (1 + ½ + 1 + ½)/4 = 3/4; T_w = 3·1 + 4·½ = 5; chance = 5·(5/8)/(3·2) = 25/48
      //        AC2 = (3/4 − 25/48)/(23/48) = 11/23
      // q = 4: p_a = (1 + ⅔ + 1 + ⅔)/4 = 5/6; T_w = 4·1 + 6·⅔ + 4·⅓ = 28/3; chance = (28/3)(5/8)/12 = 35/72
      //        AC2 = (5/6 − 35/72)/(37/72) = 25/37
      expect(on3.gwet_ac2.linear).toBeCloseTo(11 / 23, 12);
      expect(on4.gwet_ac2.linear).toBeCloseTo(25 / 37, 12);
    });

    it("Cohen's weighted kappa, Fleiss' kappa and alpha do not depend on unused levels", () => {
      // Linear kappa on 1..3 (w = 1 − |d|/2): p_o = 3/4; marginals (¼,¼,½) for both raters,
      // p_e = Σ w_kl a_k b_l = 3/32 + 5/32 + 10/32 = 9/16 → κ = (3/4 − 9/16)/(7/16) = 3/7.
      // On 1..4 (w = 1 − |d|/3): p_o = 5/6, p_e = 17/24 → κ = (3/24)/(7/24) = 3/7 again.
      // Why: the wider range turns every weight w into w' = a + (1 − a)·w (here a = 1/3), so
      // κ' = (1 − a)(p_o − p_e) / ((1 − a)(1 − p_e)) = κ. The same holds for quadratic weights.
      expect(on3.pairs[0]!.cohen_kappa.linear).toBeCloseTo(3 / 7, 12);
      expect(on4.pairs[0]!.cohen_kappa.linear).toBeCloseTo(3 / 7, 12);
      expect(on4.pairs[0]!.cohen_kappa.quadratic).toBeCloseTo(on3.pairs[0]!.cohen_kappa.quadratic!, 12);
      // Fleiss: chance = Σ π² = 1/16 + 1/16 + 1/4 = 3/8 (an unused level adds 0²) → (1/2 − 3/8)/(5/8) = 1/5
      expect(on3.fleiss_kappa).toBeCloseTo(0.2, 12);
      expect(on4.fleiss_kappa).toBeCloseTo(0.2, 12);
      expect(on4.krippendorff_alpha).toEqual(on3.krippendorff_alpha);
    });
  });

  it('compares each rater with the anchor scores: exact, within one, and signed deviation (positive = lenient)', () => {
    const report = agreementReport({
      scale: [1, 2, 3, 4],
      raters: ['Ana', 'Ben', 'Cy'],
      anchor: [2, 3, 3, null, 1],
      ratings: [
        [2, 3, 4, 4, 2], // vs anchor on units 1,2,3,5: 0, 0, +1, +1 (unit 4 has no anchor)
        [1, 1, 3, 2, null], // units 1,2,3: −1, −2, 0
        [null, null, null, 3, null], // no unit with an anchor
      ],
    });
    expect(report.anchor).toEqual([
      { rater: 'Ana', n: 4, exact: 2 / 4, adjacent: 4 / 4, mean_deviation: 2 / 4 },
      { rater: 'Ben', n: 3, exact: 1 / 3, adjacent: 2 / 3, mean_deviation: -3 / 3 },
      { rater: 'Cy', n: 0, exact: null, adjacent: null, mean_deviation: null },
    ]);
    expect(report.notes['anchor[2].mean_deviation']).toMatch(/no unit that has an anchor/);
    expect(reportProblems(report)).toEqual([]);
  });

  it("matches Gwet's irrCAC on cac.raw4raters (Krippendorff's 4 × 12 data, scale 1-5)", () => {
    const ratings = readAgreementExamples().find((c) => c.name === 'krippendorff2011_4obs_12units_nominal')!.data;
    const report = agreementReport({ scale: [1, 2, 3, 4, 5], ratings });
    // irrCAC README: fleiss.kappa.raw(cac.raw4raters) 0.7611693, gwet.ac1.raw(cac.raw4raters) 0.7754441
    expect(report.fleiss_kappa).toBeCloseTo(0.7611693, 7);
    expect(report.gwet_ac1).toBeCloseTo(0.7754441, 7);
  });
});

describe('statistics undefined for the data are null with a reason', () => {
  it('one rater: no pairs, no ICC, no multi-rater agreement; anchors still compare', () => {
    const report = agreementReport({ scale: [1, 2, 3], ratings: [[1, 2, 3, 2]], anchor: [1, 2, 2, null] });
    expect(report.pairs).toEqual([]);
    expect(report.notes.pairs).toMatch(/only one rater/);
    for (const form of ['ICC1', 'ICC2', 'ICC3', 'ICC1k', 'ICC2k', 'ICC3k'] as const) {
      expect(report.icc[form]).toBeNull();
      expect(report.notes[`icc.${form}`]).toMatch(/two raters/);
    }
    expect(report.fleiss_kappa).toBeNull();
    expect(report.notes.fleiss_kappa).toMatch(/two or more raters/);
    expect(report.exact).toBeNull();
    // anchor on units 1-3: 1/1, 2/2, 3/2 → exact 2/3, adjacent 3/3, deviation (0+0+1)/3
    expect(report.anchor).toEqual([{ rater: 'R1', n: 3, exact: 2 / 3, adjacent: 1, mean_deviation: 1 / 3 }]);
    expect(reportProblems(report)).toEqual([]);
  });

  it('everyone gives the same level: kappa and alpha are undefined, AC1 is 1', () => {
    const report = agreementReport({ scale: [1, 2, 3], ratings: [[2, 2, 2], [2, 2, 2]] });
    expect(report).toMatchObject({ exact: 1, adjacent: 1, fleiss_kappa: null });
    expect(report.notes.fleiss_kappa).toMatch(/same level/);
    expect(report.pairs[0]!.cohen_kappa).toEqual({ unweighted: null, linear: null, quadratic: null });
    expect(report.notes['pairs[0].cohen_kappa.unweighted']).toMatch(/same level/);
    expect(report.krippendorff_alpha).toEqual({ nominal: null, ordinal: null, interval: null, ratio: null });
    expect(report.notes['krippendorff_alpha.interval']).toMatch(/same value/);
    expect(report.icc.ICC2).toBeNull();
    expect(report.notes['icc.ICC2']).toMatch(/no variance/);
    // AC1: π = (0, 1, 0) → Σ π(1−π) = 0 → chance 0 → (1 − 0)/(1 − 0) = 1
    expect(report.gwet_ac1).toBe(1);
    expect(report.gwet_ac2).toEqual({ linear: 1, quadratic: 1, ordinal: 1 });
    expect(reportProblems(report)).toEqual([]);
  });

  it('no unit has two ratings: nothing to compare', () => {
    const report = agreementReport({ scale: [1, 2, 3], ratings: [[1, null, 3], [null, 2, null]] });
    const undefinedPaths = ['exact', 'adjacent', 'fleiss_kappa', 'gwet_ac1', 'gwet_ac2.linear', 'krippendorff_alpha.nominal', 'krippendorff_alpha.ratio'];
    for (const at of undefinedPaths) expect(report.notes[at], at).toMatch(/two or more raters/);
    expect(report.pairs[0]).toMatchObject({ n: 0, exact: null, cohen_kappa: { linear: null } });
    expect(report.notes['pairs[0].cohen_kappa.linear']).toMatch(/no unit in common/);
    expect(report.notes['icc.ICC1']).toMatch(/scored by every rater/);
    expect(reportProblems(report)).toEqual([]);
  });

  it('units that do not differ leave the ICC forms that divide by that variance undefined, not rounding noise', () => {
    // Each rater gives one level to every lesson: rater means 2, 4, 1, unit means all 7/3.
    // BMS = 0; total SS = 3·((−1/3)² + (5/3)² + (−4/3)²) = 14 = SS between raters, so EMS = 0,
    // WMS = 14/(3·2) = 7/3, JMS = 14/2 = 7.
    // ICC1 = (0 − 7/3)/(0 + 2·7/3) = −1/2; ICC2 = 0/(3·7/3) = 0; ICC2k = 0/(7/3) = 0;
    // ICC3 = 0/0, ICC1k = (−7/3)/0, ICC3k = 0/0: undefined. 7/3 is not exact in floating point,
    // so BMS and EMS come out near 1e-31 and their ratios once gave ICC1k ≈ −1e30.
    for (const units of [3, 9]) {
      const ratings = [2, 4, 1].map((level) => Array.from({ length: units }, () => level));
      const report = agreementReport({ scale: [1, 2, 3, 4, 5], ratings });
      expect(report.icc, `${units} units`).toEqual({ ICC1: -0.5, ICC2: 0, ICC3: null, ICC1k: null, ICC2k: 0, ICC3k: null });
      expect(report.notes['icc.ICC1k']).toMatch(/no variance between units/);
      expect(reportProblems(report)).toEqual([]);
    }
    // Every score the same value, on a scale whose values are not exact in binary: no variance at all.
    const tenths = agreementReport({ scale: [0.1, 0.2, 0.3], ratings: [[0.1, 0.1, 0.1], [0.1, 0.1, 0.1], [0.1, 0.1, 0.1]] });
    expect(tenths.icc).toEqual({ ICC1: null, ICC2: null, ICC3: null, ICC1k: null, ICC2k: null, ICC3k: null });
  });

  it('never leaves NaN or Infinity, even for degenerate tables', () => {
    const degenerate: AgreementInput[] = [
      { scale: [1, 2], ratings: [[1], [1]] },
      { scale: [1, 2], ratings: [[1], [2]] },
      { scale: [0, 1], ratings: [[0, 0], [0, 0]] }, // ratio alpha with both values 0
      { scale: [1, 2, 3], ratings: [[1, 1, 1], [2, 2, 2], [3, 3, 3]] }, // no variance between units
      { scale: [1, 2, 3], ratings: [[null, null], [null, null]], anchor: [null, null] },
      { scale: [1, 2, 3], ratings: [[1, 2, 3], [1, 2, 3]], anchor: [3, 3, 3] },
    ];
    for (const input of degenerate) {
      const report = agreementReport(input);
      expect(reportProblems(report), JSON.stringify(input)).toEqual([]);
      expect(differences(withoutNotes(report), oracleReport(input), TOLERANCE), JSON.stringify(input)).toEqual([]);
    }
  });
});
