// A list the editor lets people add to, remove from and reorder: the
// dimensions, the episode types and the scale levels share this frame (the
// list's own problems, the items with their move and remove buttons, an Add
// button), so the three behave alike and the moves work the same way.
import type { ReactNode } from 'react';
import { problemsAt, useEditor } from '../editorContext.js';
import { FieldProblems } from '../fields/FieldShell.js';
import { fieldId, type Path } from '../fieldPaths.js';
import { ListItem } from './ListItem.js';
import { useReorder } from './useReorder.js';

export function ReorderableList({
  listPath,
  title,
  heading = false,
  hint,
  count,
  nameOf,
  headingOf = nameOf,
  move,
  onRemove,
  addLabel,
  maxItems,
  onAdd,
  fields,
  empty,
  compact = false,
}: {
  listPath: Path;
  /** The list's name: a visible h3 with heading, else only its accessible name (the tab's heading already shows). */
  title: string;
  heading?: boolean;
  hint?: ReactNode;
  count: number;
  /** The item's name in button labels and announcements. */
  nameOf(index: number): string;
  headingOf?(index: number): string;
  move(from: number, to: number): void;
  /** Omitted (or returning nothing) where an item cannot be removed, such as the last two scale levels. */
  onRemove?: ((index: number) => void) | null;
  addLabel: string;
  maxItems: number;
  onAdd(): void;
  fields(index: number): ReactNode;
  empty?: string;
  compact?: boolean;
}) {
  const { problems } = useEditor();
  const reorder = useReorder({ listPath, count, nameOf, apply: move });
  const headingId = `${fieldId(listPath)}-heading`;
  return (
    <section className="editor-list" id={fieldId(listPath)} tabIndex={-1} aria-labelledby={heading ? headingId : undefined} aria-label={heading ? undefined : title}>
      {heading ? <h3 id={headingId}>{title}</h3> : null}
      {hint ? <p className="field__hint">{hint}</p> : null}
      <FieldProblems path={listPath} problems={problemsAt(problems, listPath)} />
      {count > 0 ? (
        <ol className={`editor-items${compact ? ' editor-items--compact' : ''}`}>
          {Array.from({ length: count }, (_, i) => (
            <ListItem key={i} reorder={reorder} index={i} name={nameOf(i)} heading={headingOf(i)} headingLevel={heading ? 4 : 3} onRemove={onRemove ? () => onRemove(i) : undefined}>
              {fields(i)}
            </ListItem>
          ))}
        </ol>
      ) : (
        <p className="muted">{empty}</p>
      )}
      <button type="button" className="button button--secondary" disabled={count >= maxItems} onClick={onAdd}>
        {addLabel}
      </button>
    </section>
  );
}
