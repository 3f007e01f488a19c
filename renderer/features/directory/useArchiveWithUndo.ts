// Archive or bring back a directory record, confirm it in a status notice
// with an Undo button, and show what went wrong if the backend refuses.
import { useState } from 'react';
import { messageOf } from '../../ui/errorMessage.js';
import type { DirectoryRecord } from './DirectoryTable.js';
import type { Notice } from './UndoableNotice.js';

export interface ArchiveOptions<R> {
  /** Calls the backend and returns the updated record. */
  setArchived(record: R, archived: boolean): Promise<R>;
  /** Read after archiving: whether the list now hides archived records. */
  archivedAreHidden(): boolean;
  /** Added to the notice when the archived row left the list, e.g. ' Tick “Show archived” to see it.' */
  howToSeeArchived: string;
}

export function useArchiveWithUndo<R extends DirectoryRecord>({ setArchived, archivedAreHidden, howToSeeArchived }: ArchiveOptions<R>) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const toggleArchived = async (record: R, fromUndo = false) => {
    const archived = !record.archived;
    try {
      const updated = await setArchived(record, archived);
      setActionError(null);
      const hidden = archived && archivedAreHidden();
      setNotice({
        text: archived ? `${record.name} archived.${hidden ? howToSeeArchived : ''}` : `${record.name} is back in the directory.`,
        // Undoing offers no undo of its own: the notice would only flip back and forth.
        undo: fromUndo ? undefined : { label: `Undo: ${archived ? 'unarchive' : 'archive'} ${record.name}`, run: () => void toggleArchived(updated, true) },
        // The row is gone, so focus goes to Undo rather than to the top of the page.
        takeFocus: hidden && !fromUndo,
      });
    } catch (err) {
      setActionError(messageOf(err));
    }
  };

  return { notice, setNotice, actionError, toggleArchived: (record: R) => void toggleArchived(record) };
}
