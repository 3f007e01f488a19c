// Rubric files: import refuses a file whole, listing every problem, and
// stores nothing unless all of it is valid; export writes a published
// version as readable JSON in the format's field order.
import { AppError } from '../../shared/errors.js';
import type { RubricImportResult } from '../../shared/rubric/records.js';
import { checkRubricText } from '../../shared/rubric/validate.js';
import type { Db } from '../sqlite.js';
import { BUILT_IN_IDS } from './builtIns.js';
import { publishVersion, readVersion } from './versions.js';

export const RUBRIC_FILE_SUFFIX = '.fieldbook-rubric.json';

export function importRubricText(db: Db, text: string, now: number): RubricImportResult {
  const check = checkRubricText(text);
  if (!check.ok) return { outcome: 'invalid', problems: check.problems, moreProblems: check.moreProblems };
  const { rubric } = check;
  return db.transaction((): RubricImportResult => {
    // A built-in can be re-imported unchanged (a colleague's export), never replaced.
    const origin = BUILT_IN_IDS.has(rubric.id) ? 'built_in' : 'imported';
    if (origin === 'built_in' && !builtInVersionExists(db, rubric.id, rubric.version)) {
      throw new AppError('invalid_input', `"${rubric.id}" is the id of a built-in rubric; give your adaptation its own id.`);
    }
    const outcome = publishVersion(db, rubric, origin, now);
    return { outcome, id: rubric.id, version: rubric.version, name: rubric.name };
  })();
}

function builtInVersionExists(db: Db, id: string, version: number): boolean {
  return db.prepare('SELECT 1 FROM rubric_versions WHERE rubric_id = ? AND version = ?').get(id, version) !== undefined;
}

export function exportRubricFile(db: Db, id: string, version?: number): { fileName: string; text: string } {
  const stored = readVersion(db, id, version);
  return { fileName: `${stored.id}-v${stored.version}${RUBRIC_FILE_SUFFIX}`, text: `${JSON.stringify(stored.rubric, null, 2)}\n` };
}
