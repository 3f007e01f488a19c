// The built-in rubric library: every rubric must pass the same checks a district's file does,
// and each must keep the shape the product and its documentation promise.
import { describe, expect, it } from 'vitest';
import type { Rubric } from '../../shared/rubric/format.js';
import { BUILT_IN_RUBRICS } from '../../shared/rubric/library/index.js';
import { checkRubric, problemLine } from '../../shared/rubric/validate.js';

function parsed(): Rubric[] {
  return BUILT_IN_RUBRICS.map((input) => {
    const result = checkRubric(input);
    if (!result.ok) throw new Error(`${String(input.id)}: ${result.problems.map(problemLine).join('; ')}`);
    return result.rubric;
  });
}

function byId(id: string): Rubric {
  const rubric = parsed().find((r) => r.id === id);
  if (!rubric) throw new Error(`no built-in rubric "${id}"`);
  return rubric;
}

const TRU_DIMENSIONS = ['Cognitive Demand', 'Equitable Access to Content', 'Agency, Ownership, and Identity', 'Formative Assessment'];

describe('built-in rubric library', () => {
  it('passes checkRubric with no problems, in the documented order, with unique ids', () => {
    for (const input of BUILT_IN_RUBRICS) {
      const result = checkRubric(input);
      expect(result.ok ? [] : result.problems.map(problemLine), String(input.id)).toEqual([]);
    }
    const ids = parsed().map((r) => r.id);
    expect(ids).toEqual(['tru-math', 'tru-any-subject', 'district-smp-template', 'lesson-study-observation-guide']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every built-in an attribution and a licence', () => {
    for (const rubric of parsed()) {
      expect(rubric.attribution.source.length, rubric.id).toBeGreaterThan(0);
      expect(rubric.attribution.licence, rubric.id).toMatch(/Fieldbook's own wording/);
    }
  });

  it('has no empty descriptor, a descriptor for every scale level, and short descriptors', () => {
    for (const rubric of parsed()) {
      const values = rubric.scoring.unit === 'none' ? [] : rubric.scoring.scale.levels.map((l) => l.value);
      for (const d of rubric.dimensions) {
        expect(d.levels.map((l) => l.value), `${rubric.id}/${d.id}`).toEqual(d.scored ? values : []);
        for (const level of d.levels) {
          expect(level.descriptor.trim(), `${rubric.id}/${d.id}/${level.value}`).not.toBe('');
          expect(level.descriptor.length, `${rubric.id}/${d.id}/${level.value}`).toBeLessThanOrEqual(250);
        }
        expect(d.description, `${rubric.id}/${d.id}`).not.toBe('');
        expect(d.lookFors.students.length, `${rubric.id}/${d.id}`).toBeGreaterThanOrEqual(2);
        expect(d.lookFors.teacher.length, `${rubric.id}/${d.id}`).toBeGreaterThanOrEqual(1);
        expect(d.guidingQuestions.length, `${rubric.id}/${d.id}`).toBeGreaterThanOrEqual(2);
      }
      expect(rubric.protocol.before.length, rubric.id).toBeGreaterThan(0);
      expect(rubric.protocol.during.length, rubric.id).toBeGreaterThan(0);
      expect(rubric.protocol.after.length, rubric.id).toBeGreaterThan(0);
    }
  });

  it('uses distinct lowercase shortcut keys within each rubric', () => {
    for (const rubric of parsed()) {
      const keys = rubric.episodeTypes.map((e) => e.key);
      expect(keys.every((k) => k !== undefined && /^[a-z]$/.test(k)), rubric.id).toBe(true);
      expect(new Set(keys).size, rubric.id).toBe(keys.length);
    }
  });

  it('TRU Math: the five dimensions in order, scored 1–3 per episode with a rater summary, six activity types', () => {
    const tru = byId('tru-math');
    expect(tru.dimensions.map((d) => d.name)).toEqual(['The Mathematics', ...TRU_DIMENSIONS]);
    expect(tru.dimensions.map((d) => d.id)).toEqual(['mathematics', 'cognitive-demand', 'equitable-access', 'agency-ownership-identity', 'formative-assessment']);
    if (tru.scoring.unit !== 'episode') throw new Error('TRU Math is scored per episode');
    expect(tru.scoring.scale.levels.map((l) => l.value)).toEqual([1, 2, 3]);
    expect(tru.scoring.rollup).toBe('rater_summary');
    expect(tru.episodeTypes.map((e) => [e.name, e.group])).toEqual([
      ['Launch', 'Whole class'],
      ['Teacher exposition', 'Whole class'],
      ['Whole-class discussion', 'Whole class'],
      ['Small group work', ''],
      ['Student presentations', ''],
      ['Individual work', ''],
    ]);
    expect(tru.attribution.url).toBe('https://truframework.org');
    expect(tru.attribution.notes).toMatch(/licen[cs]e/);
    expect(tru.protocol.focusDimensions).toEqual({ min: 0, max: 2 });
    expect(tru.calibration).toEqual({ agreement: 'exact', thresholdPercent: 80, roundsRequired: 1 });
  });

  it('TRU for any subject: the same structure in subject-neutral words', () => {
    const tru = byId('tru-any-subject');
    const math = byId('tru-math');
    expect(tru.subject).toBe('Any subject');
    expect(tru.dimensions.map((d) => d.name)).toEqual(['The Content', ...TRU_DIMENSIONS]);
    expect(tru.scoring).toEqual(math.scoring);
    expect(tru.episodeTypes).toEqual(math.episodeTypes);
    expect(JSON.stringify(tru.dimensions)).not.toMatch(/mathemat/i);
  });

  it('SMP template: a template with four levels, three practices, evidence required, within-one calibration at 80%', () => {
    const smp = byId('district-smp-template');
    expect(smp.template).toBe(true);
    expect(smp.subject).toBe('Mathematics');
    if (smp.scoring.unit !== 'lesson') throw new Error('the SMP template is scored per lesson');
    expect(smp.scoring.scale.levels.map((l) => l.value)).toEqual([1, 2, 3, 4]);
    expect(smp.dimensions.map((d) => d.id)).toEqual(['smp-1', 'smp-3', 'smp-6']);
    expect(smp.dimensions.every((d) => d.evidenceRequired)).toBe(true);
    expect(smp.calibration).toEqual({ agreement: 'within_one', thresholdPercent: 80, roundsRequired: 2 });
    expect(smp.protocol.focusDimensions).toEqual({ min: 1, max: 3 });
    expect(smp.description).toMatch(/template/i);
    expect(smp.attribution.notes).toMatch(/template/i);
  });

  it('lesson study guide: nothing scored, notes follow the plan steps, no calibration', () => {
    const guide = byId('lesson-study-observation-guide');
    expect(guide.scoring).toEqual({ unit: 'none' });
    expect(guide.dimensions.length).toBeGreaterThanOrEqual(6);
    expect(guide.dimensions.some((d) => d.scored)).toBe(false);
    expect(guide.dimensions[0]?.name).toBe('Points of evaluation');
    expect(guide.notesFollow).toBe('plan_steps');
    expect(guide.calibration).toBeNull();
  });
});
