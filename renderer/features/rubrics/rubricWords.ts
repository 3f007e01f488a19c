// The words the library uses for rubrics, versions and drafts, in one place
// so the list, the version view and the compare view say the same thing.
import type { RubricOrigin, RubricSummary, RubricVersionInfo } from '../../../shared/rubric/records.js';
import type { VersionChoice } from './rubricsStore.js';

export const ORIGIN_LABELS: Record<RubricOrigin, string> = {
  built_in: 'Built in',
  imported: 'Imported',
  authored: 'Written here',
};

/** The sentence shown wherever a built-in rubric cannot get a new version. */
export const BUILT_IN_NOTE = 'Built-in rubrics change only with Fieldbook updates; duplicate to adapt.';

export const RETIRED_NOTE = 'A retired version is no longer offered for new observations; it stays readable and keeps every score given with it.';

/** The rule the backend applies to rubric ids (shared/rubric/format.ts). */
export const ID_RULE = 'Lowercase letters, digits and dashes, up to 64 characters, starting and ending with a letter or digit. It never changes once the rubric exists.';

/** "Cedar Grove Math Talk!" -> "cedar-grove-math-talk" */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** The short form of a content hash people can compare by eye. */
export function fingerprintOf(contentHash: string): string {
  return contentHash.slice(0, 12);
}

export function dateOf(millis: number): string {
  return new Date(millis).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

/** The kind badges of a rubric: where it comes from, and whether it is a template to adapt. */
export function kindsOf(rubric: Pick<RubricSummary, 'builtIn' | 'template'>): string[] {
  return [rubric.builtIn ? 'Built-in' : 'District', ...(rubric.template ? ['Template'] : [])];
}

export function problemCount(count: number): string {
  return `${count} problem${count === 1 ? '' : 's'}`;
}

/** "Draft v2 · 3 problems" or "Draft v2 · ready to publish". */
export function draftLine(draft: NonNullable<RubricSummary['draft']>): string {
  const state = draft.problemCount === 0 ? 'ready to publish' : problemCount(draft.problemCount);
  return `Draft v${draft.version} · ${state}`;
}

export function latestVersion(rubric: RubricSummary): RubricVersionInfo | null {
  return rubric.versions.reduce<RubricVersionInfo | null>((latest, v) => (latest === null || v.version > latest.version ? v : latest), null);
}

/** Every version a person can pick, newest first, the draft (always the newest) leading. */
export function choicesOf(rubric: RubricSummary): VersionChoice[] {
  const published = rubric.versions.map((v) => v.version).sort((a, b) => b - a);
  return rubric.draft ? ['draft', ...published] : published;
}

/** "Version 3 (latest)", "Version 1 (retired)", "Draft of version 4". */
export function choiceLabel(rubric: RubricSummary, choice: VersionChoice): string {
  if (choice === 'draft') return `Draft of version ${rubric.draft?.version ?? '?'}`;
  const info = rubric.versions.find((v) => v.version === choice);
  const notes = [choice === latestVersion(rubric)?.version ? 'latest' : '', info?.retired ? 'retired' : ''].filter(Boolean);
  return `Version ${choice}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

/** Short column heading: "Version 2" or "Draft v3". */
export function choiceShort(rubric: RubricSummary, choice: VersionChoice): string {
  return choice === 'draft' ? `Draft v${rubric.draft?.version ?? '?'}` : `Version ${choice}`;
}

/** The version a view opens on when none was chosen: the newest published one, else the draft. */
export function defaultChoice(rubric: RubricSummary): VersionChoice | null {
  return latestVersion(rubric)?.version ?? (rubric.draft ? 'draft' : null);
}
