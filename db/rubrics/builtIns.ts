// The built-in library is published into every store when it opens, as
// ordinary immutable versions, so that observations can reference a built-in
// version exactly as they reference a district's. A built-in whose text
// changes must get a new version number; publishVersion refuses otherwise.
import { BUILT_IN_RUBRICS } from '../../shared/rubric/library/index.js';
import { AppError } from '../../shared/errors.js';
import { RubricSchema } from '../../shared/rubric/format.js';
import type { Db } from '../sqlite.js';
import { publishVersion } from './versions.js';

export const BUILT_IN_IDS: ReadonlySet<string> = new Set(BUILT_IN_RUBRICS.map((r) => r.id));

export function ensureBuiltInRubrics(db: Db, now: number): number {
  let stored = 0;
  db.transaction(() => {
    for (const input of BUILT_IN_RUBRICS) {
      if (publishVersion(db, RubricSchema.parse(input), 'built_in', now) === 'stored') stored += 1;
    }
  })();
  return stored;
}

/** Built-in ids belong to the library that ships with Fieldbook: a district adapts a copy. */
export function refuseBuiltInChange(id: string): void {
  if (BUILT_IN_IDS.has(id)) {
    throw new AppError('invalid_input', `"${id}" is a built-in rubric, which only a Fieldbook update changes; duplicate it to adapt it.`);
  }
}
