// One item of a reorderable list in the editor: its heading, Move up / Move
// down and Remove (each named with the item, e.g. "Move Cognitive Demand
// up"), and its fields. The item itself can take focus, so that focus has
// somewhere to land when it follows a move. (Spaces sit outside the hidden
// name: accessible-name code drops them at the edges of an inline element.)
import { useId, type ReactNode } from 'react';
import { fieldId } from '../fieldPaths.js';
import type { Reorder } from './useReorder.js';

export function ListItem({
  reorder,
  index,
  name,
  heading,
  onRemove,
  children,
}: {
  reorder: Reorder;
  index: number;
  /** The item's name in button labels and announcements. */
  name: string;
  heading: ReactNode;
  onRemove?(): void;
  children: ReactNode;
}) {
  const headingId = useId();
  const id = fieldId([...reorder.listPath, index]);
  return (
    <li className="editor-item" id={id} tabIndex={-1} aria-labelledby={headingId} onKeyDown={reorder.onItemKeyDown(index)}>
      <div className="editor-item__head">
        <h3 id={headingId} className="editor-item__title">
          {heading}
        </h3>
        <div className="editor-item__tools">
          <button type="button" id={`${id}-move-up`} className="button button--ghost button--small" disabled={index === 0} onClick={() => reorder.move(index, index - 1)}>
            <span aria-hidden="true">↑ </span>Move <span className="visually-hidden">{name}</span> up
          </button>
          <button
            type="button"
            id={`${id}-move-down`}
            className="button button--ghost button--small"
            disabled={index === reorder.count - 1}
            onClick={() => reorder.move(index, index + 1)}
          >
            <span aria-hidden="true">↓ </span>Move <span className="visually-hidden">{name}</span> down
          </button>
          {onRemove ? (
            <button type="button" className="button button--ghost button--small" onClick={onRemove}>
              Remove <span className="visually-hidden">{name}</span>
            </button>
          ) : null}
        </div>
      </div>
      {children}
    </li>
  );
}
