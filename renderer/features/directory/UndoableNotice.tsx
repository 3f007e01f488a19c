// The confirmation after archiving (or bringing back) a record, with an Undo
// button. When the record's row disappears from the list, focus moves to Undo
// so a keyboard user is not dropped at the top of the page.
import { useEffect, useRef } from 'react';
import { StatusNote } from '../../ui/Notices.js';

export interface Notice {
  text: string;
  undo?: { label: string; run(): void };
  /** The row this notice is about left the list: take focus. */
  takeFocus?: boolean;
}

export function UndoableNotice({ notice }: { notice: Notice | null }) {
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (notice?.takeFocus) undoRef.current?.focus();
  }, [notice]);
  return (
    <StatusNote>
      {notice ? (
        <>
          <span>{notice.text}</span>
          {notice.undo ? (
            <button
              type="button"
              ref={undoRef}
              className="button button--ghost button--small"
              aria-label={notice.undo.label}
              onClick={notice.undo.run}
            >
              Undo
            </button>
          ) : null}
        </>
      ) : null}
    </StatusNote>
  );
}
