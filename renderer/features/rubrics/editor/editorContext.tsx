// What every field of the editor needs, without threading it through each
// section: the working copy, a way to change it, the live problems (so each
// field shows its own), and the polite announcer for moves.
import { createContext, useContext } from 'react';
import type { RubricProblem } from '../../../../shared/rubric/validate.js';
import { getIn, setIn } from './edits.js';
import { pathText, type Path } from './fieldPaths.js';
import type { WorkingRubric } from './workingCopy.js';

export interface EditorContextValue {
  rubric: WorkingRubric;
  update(change: (rubric: WorkingRubric) => WorkingRubric): void;
  problems: readonly RubricProblem[];
  announce(message: string): void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('Rubric editor fields must be rendered inside the RubricEditor.');
  return value;
}

/** The problems at exactly this path, or (with nested) also those inside it: the lines of a list, say. */
export function problemsAt(problems: readonly RubricProblem[], path: Path | string, nested = false): string[] {
  const at = pathText(path);
  return problems.filter((p) => p.path === at || (nested && (p.path.startsWith(`${at}.`) || p.path.startsWith(`${at}[`)))).map((p) => p.message);
}

/** Value, setter and problems for the field at a path: what a bound field needs. */
export function useBinding<T>(path: Path, nested = false): { path: Path; value: T; onChange(value: T): void; problems: string[] } {
  const { rubric, update, problems } = useEditor();
  return {
    path,
    value: getIn(rubric, path) as T,
    onChange: (value: T) => update((r) => setIn(r, path, value)),
    problems: problemsAt(problems, path, nested),
  };
}
