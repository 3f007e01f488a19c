// The behaviour a directory screen (schools, people) has around its list: a
// side panel to add ("N" or the "New …" button) or edit one record at a
// time, archive / unarchive with undo, and status messages for both.
import { useKeyShortcut } from '../../ui/useKeyShortcut.js';
import type { DirectoryRecord } from './DirectoryTable.js';
import { useArchiveWithUndo, type ArchiveOptions } from './useArchiveWithUndo.js';
import { useSidePanelEditor } from './useSidePanelEditor.js';

export function useDirectoryList<R extends DirectoryRecord>(archiveOptions: ArchiveOptions<R>) {
  const editor = useSidePanelEditor<R>();
  const archive = useArchiveWithUndo(archiveOptions);

  const startNew = () => {
    editor.openNew();
    // The last confirmation is about something else now.
    archive.setNotice(null);
  };
  useKeyShortcut('n', startNew, editor.editing === null);

  return {
    editing: editor.editing,
    newButtonRef: editor.newButtonRef,
    startNew,
    edit: editor.edit,
    closeForm: editor.close,
    onSaved: (saved: R, created: boolean) => {
      archive.setNotice({ text: created ? `${saved.name} added.` : `${saved.name} saved.` });
      editor.close();
    },
    notice: archive.notice,
    actionError: archive.actionError,
    toggleArchived: archive.toggleArchived,
  };
}

export type DirectoryList<R extends DirectoryRecord> = ReturnType<typeof useDirectoryList<R>>;
