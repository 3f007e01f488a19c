// Rubric format v1 as a district meets it: a file either passes or is
// refused with every problem at its path, in words a person can act on.
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/rubric/canonical.js';
import { checkRubric, checkRubricText, formatPath, problemLine } from '../../shared/rubric/validate.js';
import { sampleRubric } from '../support/rubrics.js';

function problemsOf(value: unknown): string[] {
  const check = checkRubric(value);
  if (check.ok) throw new Error('expected the rubric to be refused');
  return check.problems.map(problemLine);
}

describe('rubric format v1', () => {
  it('accepts a minimal rubric and fills in the documented defaults', () => {
    const check = checkRubric(sampleRubric());
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    const r = check.rubric;
    expect(r.template).toBe(false);
    expect(r.notesFollow).toBe('dimensions');
    expect(r.calibration).toBeNull();
    expect(r.protocol.focusDimensions).toEqual({ min: 0, max: 2 });
    expect(r.dimensions[0]!.lookFors).toEqual({ students: [], teacher: [] });
    expect(r.scoring.unit === 'lesson' && r.scoring.scale.naAllowed).toBe(false);
  });

  it('writes paths the way the docs do', () => {
    expect(formatPath(['dimensions', 2, 'levels', 0, 'value'])).toBe('dimensions[2].levels[0].value');
    expect(formatPath([])).toBe('');
    expect(problemLine({ path: '', message: 'Whole file.' })).toBe('Whole file.');
  });

  it('lists every structural problem at once, each at its path', () => {
    const broken = sampleRubric() as unknown as Record<string, unknown>;
    const dims = structuredClone(broken.dimensions) as Record<string, unknown>[];
    (dims[1]!.levels as Record<string, unknown>[])[0]!.value = 'three';
    delete dims[0]!.shortName;
    const problems = problemsOf({ ...broken, id: 'Bad Id', version: '2', colour: 'blue', dimensions: dims, scoring: { unit: 'lessons' } });
    expect(problems).toEqual(
      expect.arrayContaining([
        'id: must be 1 to 64 lowercase letters, digits or dashes, starting and ending with a letter or digit',
        'version: expected a number, got text',
        'colour: is not a field of the rubric format (check the spelling)',
        'scoring.unit: must be one of "lesson", "episode", "none"',
        'dimensions[0].shortName: is missing: expected text',
        'dimensions[1].levels[0].value: expected a number, got text',
      ]),
    );
    expect(problems).toHaveLength(6);
  });

  it('checks the rules that span fields', () => {
    const r = sampleRubric();
    const dims = structuredClone(r.dimensions);
    dims[0]!.levels = dims[0]!.levels!.slice(0, 3);
    dims[1]!.id = 'reasoning';
    dims[1]!.levels![3]!.value = 7;
    const problems = problemsOf({ ...r, dimensions: dims, protocol: { focusDimensions: { min: 3, max: 3 } }, episodeTypes: [{ id: 'a', name: 'A', key: 'x' }, { id: 'b', name: 'B', key: 'x' }] });
    expect(problems).toEqual([
      'dimensions[1].id: the dimension id "reasoning" is used twice',
      'episodeTypes[1].key: the shortcut key "x" is used twice',
      'dimensions[0].levels: needs a descriptor for every level of the scale; missing 4 (Innovating). If this dimension is evidence only, set "scored": false',
      'dimensions[1].levels[3].value: 7 is not a level of the scale (1, 2, 3, 4)',
      'dimensions[1].levels: needs a descriptor for every level of the scale; missing 4 (Innovating). If this dimension is evidence only, set "scored": false',
      'protocol.focusDimensions.min: cannot be more than the number of dimensions (2)',
    ]);
  });

  it('requires episode types and a rollup when scoring per episode', () => {
    const r = sampleRubric();
    const scale = r.scoring.unit === 'lesson' ? r.scoring.scale : null;
    expect(problemsOf({ ...r, scoring: { unit: 'episode', scale } })).toEqual(['scoring.rollup: must be one of "duration_weighted_mean", "max", "rater_summary"']);
    expect(problemsOf({ ...r, scoring: { unit: 'episode', scale, rollup: 'max' } })).toEqual(['episodeTypes: a rubric scored per episode needs at least one episode type']);
  });

  it('keeps an observation guide unscored', () => {
    const r = sampleRubric();
    const problems = problemsOf({ ...r, scoring: { unit: 'none' }, calibration: { agreement: 'exact', thresholdPercent: 80 } });
    expect(problems).toEqual([
      'dimensions[0].scored: a rubric whose scoring unit is "none" can only have unscored dimensions',
      'dimensions[1].scored: a rubric whose scoring unit is "none" can only have unscored dimensions',
      'calibration: a rubric that is not scored has no calibration rule',
    ]);
    const guide = { ...r, scoring: { unit: 'none' }, dimensions: [{ id: 'talk', name: 'Student talk', shortName: 'Talk', scored: false }] };
    expect(checkRubric(guide).ok).toBe(true);
    expect(problemsOf({ ...guide, dimensions: [{ ...guide.dimensions[0], levels: [{ value: 1, descriptor: 'x' }] }] })).toEqual([
      'dimensions[0].levels: an unscored dimension has no level descriptors',
    ]);
  });

  it('refuses a scale that does not go up, and limits on numbers', () => {
    const r = sampleRubric();
    const problems = problemsOf({
      ...r,
      scoring: { unit: 'lesson', scale: { levels: [{ value: 2, label: 'Two' }, { value: 1, label: 'One' }] } },
      calibration: { agreement: 'within_one', thresholdPercent: 120 },
    });
    expect(problems).toContain('scoring.scale.levels[1].value: levels must go up: each value must be greater than the one before');
    expect(problems).toContain('calibration.thresholdPercent: must be at most 100: write the percentage, such as 80 for 80%');
    expect(problemsOf({ ...r, version: 1.5 })).toEqual(['version: must be a whole number']);
    expect(problemsOf({ ...r, attribution: { source: 's', licence: 'l', url: 'mailto:a@b.org' } })).toEqual([
      'attribution.url: must be a web address starting with https:// or http://',
    ]);
  });

  it('says where a file stops being JSON, as a line and column, and the usual cause', () => {
    const message = (text: string) => {
      const check = checkRubricText(text);
      if (check.ok) throw new Error('expected a JSON error');
      expect(check.problems).toHaveLength(1);
      return check.problems[0]!.message;
    };
    expect(message('{\n  "format": "x",\n  "id": "a",\n}')).toBe('The file is not valid JSON at line 4, column 1: remove the comma before the closing bracket.');
    expect(message('{\n  “format”: "x"\n}')).toBe('The file is not valid JSON at line 2, column 3: curly quotes there must be straight quotes (").');
    expect(message('{\n  // our rubric\n  "id": "a"\n}')).toBe('The file is not valid JSON at line 2, column 3: JSON has no comments.');
    expect(message('{\n  "id": "a"\n  "name": "b"\n}')).toBe('The file is not valid JSON at line 3, column 3: look for a missing comma or quote just before it.');
  });

  it('names the line and column for an empty or cut-short file, and tells an extra comma from a missing one', () => {
    const message = (text: string) => {
      const check = checkRubricText(text);
      if (check.ok) throw new Error('expected a JSON error');
      return check.problems[0]!.message;
    };
    const cutShort = 'the file ends there, before the JSON is complete: it may have been cut short, or a closing } or ] is missing';
    expect(message('')).toBe('The file is not valid JSON at line 1, column 1: the file is empty; a rubric file starts with {.');
    expect(message('\uFEFF\n  \n')).toBe('The file is not valid JSON at line 3, column 1: the file is empty; a rubric file starts with {.');
    expect(message('{\n  "format": "fieldbook-rubric/1",\n  "dimensions": [\n    { "id": "a" ')).toBe(`The file is not valid JSON at line 4, column 17: ${cutShort}.`);
    expect(message('{\n  "format": "fieldbook-rubric/1",\n  "name": "Walkthr')).toBe(
      'The file is not valid JSON at line 3, column 19: the file ends inside text in quotes: it may have been cut short, or a closing quote (") is missing.',
    );
    expect(message('{\n  "version": 1,\n  "draft": tr')).toBe(`The file is not valid JSON at line 3, column 14: ${cutShort}.`);
    // An extra comma, in an object and in a list: never "missing comma".
    expect(message('{\n  "id": "a",\n  "tags": ["x", "y",]\n}')).toBe('The file is not valid JSON at line 3, column 21: remove the comma before the closing bracket.');
    expect(message('{\n  "id": "a", }')).toBe('The file is not valid JSON at line 2, column 14: remove the comma before the closing bracket.');
    expect(message('{\n  "id": "a",,\n  "name": "b"\n}')).toBe('The file is not valid JSON at line 2, column 13: remove the extra comma.');
    expect(message('["x",\n , "y"]')).toBe('The file is not valid JSON at line 2, column 2: remove the extra comma.');
    for (const text of ['{"id": "a",}', '["x", "y",]', '{"id": "a",,"name": "b"}', '{"id": "a"', '']) expect(message(text)).not.toMatch(/missing comma/);
    // A missing comma, in a list too.
    expect(message('{\n  "tags": ["x"\n    "y"]\n}')).toBe('The file is not valid JSON at line 3, column 5: look for a missing comma or quote just before it.');
  });

  it('reads a file saved as "UTF-8 with BOM"', () => {
    expect(checkRubricText(`\uFEFF${JSON.stringify(sampleRubric())}`).ok).toBe(true);
  });

  it('points at the unit, not the spelling, for a scoring field that does not belong', () => {
    const r = sampleRubric();
    expect(problemsOf({ ...r, scoring: { ...r.scoring, rollup: 'max' } })).toEqual([
      'scoring.rollup: does not belong with this scoring unit (see "scoring" in docs/rubric-format.md)',
    ]);
  });

  it('does not let an evidence-only dimension require evidence for a score it does not have', () => {
    const r = sampleRubric();
    expect(problemsOf({ ...r, dimensions: [...r.dimensions, { id: 'talk', name: 'Talk', shortName: 'Talk', scored: false, evidenceRequired: true }] })).toEqual([
      'dimensions[2].evidenceRequired: only a scored dimension can require evidence for its score',
    ]);
  });
});

describe('limits on a check', () => {
  it('lists the first 50 problems of a rubric with 200,000 unknown fields and counts the rest, wherever they are', () => {
    const unknown = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`unknownKey${i}`, 0]));
    const r = sampleRubric();
    for (const [value, first] of [
      [{ ...r, ...unknown }, 'unknownKey0'],
      [{ ...r, attribution: { ...r.attribution, ...unknown } }, 'attribution.unknownKey0'],
    ] as const) {
      const check = checkRubric(value);
      expect(check.ok).toBe(false);
      if (check.ok) return;
      expect(check.problems).toHaveLength(50);
      expect(problemLine(check.problems[0]!)).toBe(`${first}: is not a field of the rubric format (check the spelling)`);
      expect(check.moreProblems).toBe(199_950);
    }
    const few = checkRubric({ ...r, version: 'one' });
    expect(few).toEqual({ ok: false, problems: [{ path: 'version', message: 'expected a number, got text' }], moreProblems: 0 });
  });

  it('refuses the text of a file over 1 MiB before parsing it, counting bytes, not characters', () => {
    const refused = { ok: false, problems: [{ path: '', message: 'A rubric file can be at most 1 MiB (1,048,576 bytes).' }], moreProblems: 0 };
    expect(checkRubricText(`{"id": "${'x'.repeat(50_000_000)}"}`)).toEqual(refused);
    const text = JSON.stringify({ ...sampleRubric(), description: 'é' });
    const padded = (bytes: number) => `${text}${' '.repeat(bytes - Buffer.byteLength(text))}`;
    expect(checkRubricText(padded(1024 * 1024)).ok).toBe(true);
    expect(checkRubricText(padded(1024 * 1024 + 1))).toEqual(refused);
    expect(checkRubricText(`${text}${'😀'.repeat(300_000)}`)).toEqual(refused);
  });
});

describe('canonical JSON', () => {
  it('is the same text whatever the key order or spacing', () => {
    const a = { b: 1, a: [{ y: 'x', x: true }], c: null };
    const b = JSON.parse('{ "c": null, "a": [ { "x": true, "y": "x" } ], "b": 1 }') as unknown;
    expect(canonicalJson(a)).toBe('{"a":[{"x":true,"y":"x"}],"b":1,"c":null}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('keeps list order, escapes text as JSON does, and refuses what JSON cannot hold', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalJson({ 'é': 'line\n"quoted"' })).toBe('{"é":"line\\n\\"quoted\\""}');
    expect(() => canonicalJson(Number.NaN)).toThrow(/NaN/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
  });
});
