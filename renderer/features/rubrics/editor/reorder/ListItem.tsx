// One item of a reorderable list in the editor: its heading, Move up / Move
// down and Remove (each named with the item, e.g. "Move Cognitive Demand
// up"), and its fields. The item itself can take focus, so that focus has
// somewhere to land when it follows a move. The buttons show "Move up" and
// are named with the item (aria-label), so a list of them is not ten
// identical "Move up"s to a screen reader.
import { useId, type ReactNode } from 'react';
import { fieldId } from '../fieldPaths.js';
import type { Reorder } from './useReorder.js';

export function ListItem({
  reorder,
  index,
  name,
  heading,
  headingLevel = 3,
  onRemove,
  children,
}: {
  reorder: Reorder;
  index: number;
  /** The item's name in button labels and announcements. */
  name: string;
  heading: ReactNode;
  /** 3 under the section's heading, 4 under a list's own heading. */
  headingLevel?: 3 | 4;
  onRemove?(): void;
  children: ReactNode;
}) {
  const headingId = useId();
  const id = fieldId([...reorder.listPath, index]);
  const Heading = `h${headingLevel}` as const;
  return (
    <li className="editor-item" id={id} tabIndex={-1} aria-labelledby={headingId} onKeyDown={reorder.onItemKeyDown(index)}>
      <div className="editor-item__head">
        <Heading id={headingId} className="editor-item__title">
          {heading}
        </Heading>
        <div className="editor-item__tools">
          <button type="button" id={`${id}-move-up`} className="button button--ghost button--small" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => reorder.move(index, index - 1)}>
            <span aria-hidden="true">↑</span> Move up
          </button>
          <button
            type="button"
            id={`${id}-move-down`}
            className="button button--ghost button--small"
            aria-label={`Move ${name} down`}
            disabled={index === reorder.count - 1}
            onClick={() => reorder.move(index, index + 1)}
          >
            <span aria-hidden="true">↓</span> Move down
          </button>
          {onRemove ? (
            <button type="button" className="button button--ghost button--small" aria-label={`Remove ${name}`} onClick={onRemove}>
              Remove
            </button>
          ) : null}
        </div>
      </div>
      {children}
    </li>
  );
}
