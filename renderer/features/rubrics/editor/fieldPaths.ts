// Every editor field is named by its path in the rubric file, the same path
// checkRubric reports problems at ("dimensions[1].levels[2].descriptor").
// The DOM id is derived from that path, so a problem can find and focus its
// field, a field can find its own problems, and focus can follow an item
// that moved (its ids change by one index, predictably).
import { formatPath } from '../../../../shared/rubric/validate.js';

export type Path = readonly (string | number)[];

export type SectionId = 'details' | 'scoring' | 'episodes' | 'dimensions' | 'protocol' | 'calibration' | 'preview';

/** The path as checkRubric writes it. */
export function pathText(path: Path | string): string {
  return typeof path === 'string' ? path : formatPath(path);
}

export function fieldId(path: Path | string): string {
  const text = pathText(path).replace(/[[\].]+/g, '-').replace(/-+$/, '');
  return text === '' ? 'rubric-edit' : `rubric-edit-${text}`;
}

export const errorId = (path: Path | string) => `${fieldId(path)}-error`;
export const hintId = (path: Path | string) => `${fieldId(path)}-hint`;

/** "dimensions[1].levels" -> "dimensions[1]" -> "dimensions" -> "" */
export function parentPath(path: string): string | null {
  if (path === '') return null;
  const parent = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
  return parent === path ? '' : parent;
}

const SECTION_OF_FIELD: Record<string, SectionId> = {
  scoring: 'scoring',
  episodeTypes: 'episodes',
  dimensions: 'dimensions',
  protocol: 'protocol',
  calibration: 'calibration',
};

/** The editor section that holds the field at this path (whole-file problems go to Details). */
export function sectionOf(path: string): SectionId {
  const first = /^[^.[]*/.exec(path)?.[0] ?? '';
  return SECTION_OF_FIELD[first] ?? 'details';
}

const CONTROL = 'input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled])';

/**
 * Focuses the field for a problem path, or the nearest enclosing one that is
 * on screen: a problem about a list ("dimensions[0].levels") lands in the
 * list's first field that is marked invalid, else its first control.
 */
export function focusPath(path: string): boolean {
  for (let at: string | null = path; at !== null; at = parentPath(at)) {
    const element = document.getElementById(fieldId(at));
    if (!element) continue;
    const target = element.matches(CONTROL)
      ? element
      : (element.querySelector<HTMLElement>(`[aria-invalid="true"]:is(${CONTROL})`) ??
        element.querySelector<HTMLElement>('input[type="radio"]:checked') ??
        element.querySelector<HTMLElement>(CONTROL) ??
        element);
    target.focus();
    return document.activeElement === target;
  }
  return false;
}
