// The rubric library as a list: every rubric id with its published versions
// (retired ones included, marked) and this device's draft, if any.
import type { RubricSummary } from '../../shared/rubric/records.js';
import type { Db } from '../sqlite.js';
import { BUILT_IN_IDS } from './builtIns.js';
import { listDraftRows, readDraft } from './drafts.js';
import { listVersionRows, versionInfo } from './versions.js';

interface Heading {
  name: string;
  subject: string;
  template: boolean;
}

function headingOf(content: unknown, fallback: string): Heading {
  const c = (typeof content === 'object' && content !== null ? content : {}) as Record<string, unknown>;
  return {
    name: typeof c.name === 'string' && c.name.trim() !== '' ? c.name : fallback,
    subject: typeof c.subject === 'string' ? c.subject : '',
    template: c.template === true,
  };
}

export function listRubrics(db: Db): RubricSummary[] {
  const byId = new Map<string, RubricSummary>();
  const entry = (id: string): RubricSummary => {
    let summary = byId.get(id);
    if (!summary) {
      summary = { id, name: id, subject: '', template: false, builtIn: BUILT_IN_IDS.has(id), versions: [], draft: null };
      byId.set(id, summary);
    }
    return summary;
  };
  for (const row of listVersionRows(db)) {
    const summary = entry(row.rubric_id);
    summary.versions.push(versionInfo(row));
    Object.assign(summary, headingOf(JSON.parse(row.content), row.rubric_id));
  }
  for (const row of listDraftRows(db)) {
    const draft = readDraft(db, row.rubric_id);
    const summary = entry(row.rubric_id);
    const heading = headingOf(draft.content, row.rubric_id);
    summary.draft = { version: draft.version, name: heading.name, updatedAt: draft.updatedAt, problemCount: draft.problems.length };
    if (summary.versions.length === 0) Object.assign(summary, heading);
  }
  return [...byId.values()].sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
