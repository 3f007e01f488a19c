// Moving an item of a list (a dimension, an episode type, a scale level) by
// keyboard or button, one behaviour for all three lists: focus follows the
// item to its new place (the same field, or the same button, in it) and a
// polite message says where it went, so a screen-reader user hears the
// result and can keep pressing Alt+Arrow to move it further.
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useEditor } from '../editorContext.js';
import { fieldId, type Path } from '../fieldPaths.js';

export interface Reorder {
  count: number;
  listPath: Path;
  move(from: number, to: number): void;
  /** Alt+ArrowUp / Alt+ArrowDown anywhere inside the item at this index. */
  onItemKeyDown(index: number): (event: KeyboardEvent) => void;
}

interface PendingFocus {
  from: string;
  to: string;
  focusedId: string;
}

function isEnabled(element: HTMLElement | null): element is HTMLElement {
  return element !== null && !(element instanceof HTMLButtonElement && element.disabled);
}

/** After a move, the element that had focus is found again in the item's new place. */
function restoreFocus({ from, to, focusedId }: PendingFocus): void {
  const same = focusedId === from || focusedId.startsWith(`${from}-`) ? document.getElementById(to + focusedId.slice(from.length)) : null;
  // A move button that just became disabled (the item reached the end) hands focus to its partner.
  const partner = same?.id.endsWith('-move-up') ? `${to}-move-down` : same?.id.endsWith('-move-down') ? `${to}-move-up` : null;
  const partnerButton = partner ? document.getElementById(partner) : null;
  const target = [same, partnerButton, document.getElementById(to)].find(isEnabled);
  target?.focus();
}

export function useReorder({ listPath, count, nameOf, apply }: { listPath: Path; count: number; nameOf(index: number): string; apply(from: number, to: number): void }): Reorder {
  const { announce } = useEditor();
  const pending = useRef<PendingFocus | null>(null);

  // Runs after the render that shows the moved list.
  useLayoutEffect(() => {
    if (!pending.current) return;
    restoreFocus(pending.current);
    pending.current = null;
  });

  const move = (from: number, to: number) => {
    if (from === to || to < 0 || to >= count) return;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    pending.current = { from: fieldId([...listPath, from]), to: fieldId([...listPath, to]), focusedId: focused || fieldId([...listPath, from]) };
    const name = nameOf(from);
    apply(from, to);
    announce(`${name} moved to position ${to + 1} of ${count}.`);
  };

  const onItemKeyDown = (index: number) => (event: KeyboardEvent) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    event.stopPropagation();
    move(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
  };

  return { count, listPath, move, onItemKeyDown };
}
