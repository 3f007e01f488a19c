// Generates docs/rubric-format.schema.json, the JSON Schema of rubric format
// v1, from the zod schema in shared/rubric/format.ts, so that the two cannot
// disagree (tests/unit/rubricDocs.test.ts fails when the committed file is
// stale). Editors use it to check a rubric file as it is typed. It describes
// the input a district writes: fields with a default are optional. The rules
// that span fields (one descriptor per scale level, unique ids, ...) cannot be
// said in JSON Schema; Fieldbook checks them on validate and import.
//
//   npm run rubric:schema    (node --import tsx build/rubric-schema.ts)
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { RUBRIC_FORMAT, RubricSchema } from '../shared/rubric/format.js';

export const RUBRIC_SCHEMA_FILE = fileURLToPath(new URL('../docs/rubric-format.schema.json', import.meta.url));

/** The JSON Schema (draft 2020-12) of a rubric file as a district writes it. */
export function rubricJsonSchema(): object {
  // io: 'input' makes defaulted fields optional; 'any' drops the refinement
  // (checkRubric's cross-field rules), which JSON Schema cannot express;
  // 'inline' repeats the scale under each scoring unit instead of a $ref, which
  // reads more plainly.
  const generated = z.toJSONSchema(RubricSchema, { io: 'input', unrepresentable: 'any', reused: 'inline' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'urn:fieldbook:rubric-format:1',
    title: `Fieldbook rubric (${RUBRIC_FORMAT})`,
    description:
      'A rubric or observation guide that a district writes for Fieldbook. Generated from shared/rubric/format.ts by `npm run rubric:schema`; do not edit by hand. ' +
      'Fieldbook also checks rules that span fields (one descriptor per scale level, unique ids and shortcut keys, and more), which this schema cannot express: ' +
      'run `bin/fieldbook rubric validate FILE`. The guide is docs/rubric-format.md.',
    ...rest,
  };
}

/** The file's text: 2-space indentation and a trailing newline. */
export function rubricJsonSchemaText(): string {
  return `${JSON.stringify(rubricJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(RUBRIC_SCHEMA_FILE, rubricJsonSchemaText());
  console.log(`Wrote ${RUBRIC_SCHEMA_FILE}`);
}
