// The rubric documentation cannot drift from the format: the example rubric
// passes the checks, the committed JSON Schema is what the generator makes
// now, the guide names every field, the example uses every field, and every
// rubric (and rubric fragment) shown in the guide passes the checks.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DimensionSchema, RUBRIC_FORMAT, RubricSchema } from '../../shared/rubric/format.js';
import { checkRubric, checkRubricText, problemLine } from '../../shared/rubric/validate.js';
import { RUBRIC_SCHEMA_FILE, rubricJsonSchema, rubricJsonSchemaText } from '../../build/rubric-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const guide = read('docs/rubric-format.md');
const example = JSON.parse(read('docs/rubric-example.json')) as Record<string, unknown>;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The problems of a rubric as "path: message" lines; [] when it passes. */
function problemsOf(value: unknown): string[] {
  const result = checkRubric(value);
  return result.ok ? [] : result.problems.map(problemLine);
}

/** The object schema inside wrappers (default, optional, nullable, pipe); refinements keep the object itself. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> {
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodObject)) throw new Error('expected an object schema');
  return inner.shape as Record<string, z.ZodType>;
}

function unwrap(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return unwrap(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return unwrap(schema.in as z.ZodType);
  return schema;
}

/** Every field of a schema as a path: "attribution.url", "dimensions[].levels[].value". Union options are merged. */
function schemaFields(schema: z.ZodType, prefix = ''): string[] {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, child]) => {
      const at = prefix === '' ? key : `${prefix}.${key}`;
      return [at, ...schemaFields(child, at)];
    });
  }
  if (inner instanceof z.ZodArray) return schemaFields(inner.element as z.ZodType, `${prefix}[]`);
  if (inner instanceof z.ZodUnion) return [...new Set((inner.options as z.ZodType[]).flatMap((option) => schemaFields(option, prefix)))];
  return [];
}

/** Every field a JSON value uses, spelt as schemaFields spells them. */
function usedFields(value: Json, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => usedFields(item, `${prefix}[]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => {
      const at = prefix === '' ? key : `${prefix}.${key}`;
      return [at, ...usedFields(child, at)];
    });
  }
  return [];
}

/** The text of a markdown section: from its heading line to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start === -1) return '';
  const level = heading.indexOf(' ');
  const end = lines.findIndex((line, i) => i > start && /^#+ /.test(line) && line.indexOf(' ') <= level);
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
}

const jsonBlocks = [...guide.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
const topLevelFields = Object.keys(objectShape(RubricSchema));
const dimensionFields = Object.keys(objectShape(DimensionSchema));

describe('docs/rubric-example.json', () => {
  it('passes checkRubric', () => {
    expect(problemsOf(example)).toEqual([]);
  });

  it('uses every field of the format, at every depth', () => {
    const used = new Set(usedFields(example as Json));
    const missing = schemaFields(RubricSchema).filter((field) => !used.has(field));
    expect(missing, 'fields of the format that docs/rubric-example.json does not show').toEqual([]);
  });

  it('uses every top-level field and every dimension field', () => {
    expect(Object.keys(example).sort()).toEqual([...topLevelFields].sort());
    const dimensions = example.dimensions as Record<string, unknown>[];
    const usedByDimensions = new Set(dimensions.flatMap((d) => Object.keys(d)));
    expect(dimensionFields.filter((field) => !usedByDimensions.has(field))).toEqual([]);
  });

  it('shows a scored dimension that requires evidence and an unscored one', () => {
    const dimensions = example.dimensions as { scored: boolean; evidenceRequired: boolean }[];
    expect(dimensions.some((d) => d.scored && d.evidenceRequired)).toBe(true);
    expect(dimensions.some((d) => !d.scored)).toBe(true);
  });
});

describe('docs/rubric-format.schema.json', () => {
  it('is what build/rubric-schema.ts generates from the format now', () => {
    const committed = readFileSync(RUBRIC_SCHEMA_FILE, 'utf8');
    const stale = 'docs/rubric-format.schema.json is stale: run `npm run rubric:schema` and commit the result';
    expect(JSON.parse(committed), stale).toEqual(rubricJsonSchema());
    expect(committed, stale).toBe(rubricJsonSchemaText());
  });

  it('describes the input a district writes: defaulted fields are optional, unknown fields refused', () => {
    const schema = rubricJsonSchema() as { $id?: string; title?: string; description?: string; required: string[]; additionalProperties: boolean };
    expect(schema.$id).toBe('urn:fieldbook:rubric-format:1');
    expect(schema.title).toBe('Fieldbook rubric (fieldbook-rubric/1)');
    expect(schema.description).toContain('run `bin/fieldbook rubric validate FILE`');
    expect([...schema.required].sort()).toEqual(['attribution', 'dimensions', 'format', 'id', 'name', 'scoring', 'subject', 'version']);
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('docs/rubric-format.md', () => {
  it('has a heading for every top-level field', () => {
    const missing = topLevelFields.filter((field) => !guide.split('\n').includes(`### \`${field}\``));
    expect(missing, 'top-level fields with no "### `field`" heading in docs/rubric-format.md').toEqual([]);
  });

  it('has a heading for every dimension field, in the dimensions section', () => {
    const dimensions = section(guide, '### `dimensions`');
    expect(dimensions).not.toBe('');
    const missing = dimensionFields.filter((field) => !dimensions.split('\n').includes(`#### \`${field}\``));
    expect(missing, 'dimension fields with no "#### `field`" heading under "### `dimensions`"').toEqual([]);
  });

  it('names every field of the format, at every depth', () => {
    const names = new Set(schemaFields(RubricSchema).map((field) => field.split('.').at(-1)?.replace(/\[\]$/, '') ?? field));
    const missing = [...names].filter((name) => !guide.includes(`\`${name}\``));
    expect(missing, 'field names never written as `name` in docs/rubric-format.md').toEqual([]);
  });

  it('names every value the enumerations allow', () => {
    for (const value of ['lesson', 'episode', 'none', 'duration_weighted_mean', 'max', 'rater_summary', 'exact', 'within_one', 'dimensions', 'plan_steps', RUBRIC_FORMAT]) {
      expect(guide, value).toContain(`"${value}"`);
    }
  });

  it('has only JSON code blocks that parse', () => {
    expect(jsonBlocks.length).toBeGreaterThan(0);
    for (const block of jsonBlocks) expect(() => JSON.parse(block), block).not.toThrow();
  });

  it('has full rubrics in JSON code blocks that pass checkRubric', () => {
    const rubrics = jsonBlocks.map((block) => JSON.parse(block) as Record<string, unknown>).filter((value) => value.format === RUBRIC_FORMAT);
    expect(rubrics.length).toBeGreaterThanOrEqual(2);
    for (const rubric of rubrics) expect(problemsOf(rubric), String(rubric.id)).toEqual([]);
  });

  it('has fragments that pass checkRubric when put into the example', () => {
    let checked = 0;
    for (const block of jsonBlocks) {
      const fragment = JSON.parse(block) as Record<string, unknown>;
      const keys = Object.keys(fragment);
      if (fragment.format === RUBRIC_FORMAT) continue;
      if ('json.schemas' in fragment) continue; // editor settings, not rubric content
      if (keys.every((key) => topLevelFields.includes(key))) {
        // Top-level fields: they replace the example's.
        expect(problemsOf({ ...example, ...fragment }), block).toEqual([]);
      } else if (keys.includes('id') && keys.every((key) => dimensionFields.includes(key))) {
        // One dimension: it replaces the example's second one.
        const dimensions = [...(example.dimensions as unknown[])];
        dimensions[1] = fragment;
        expect(problemsOf({ ...example, dimensions }), block).toEqual([]);
      } else {
        expect.fail(`a JSON block in docs/rubric-format.md is neither a rubric, top-level rubric fields, a dimension nor editor settings:\n${block}`);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('rubrics written from the guide alone', () => {
  // Written by someone who read only docs/rubric-format.md and the example,
  // never the code: the guide has to be enough. Kept as they wrote them.
  it.each(['outside-ela-discussion', 'outside-walkthrough'])('%s passes the checks', (name) => {
    const check = checkRubricText(read(`tests/fixtures/rubrics/${name}.fieldbook-rubric.json`));
    expect(check.ok ? [] : check.problems.map(problemLine)).toEqual([]);
  });
});
