// Which record the side panel is editing (a new one, an existing one, or none
// while the panel is closed). Closing gives focus back to the "New …" button,
// so someone adding several records in a row can go straight on.
import { useEffect, useRef, useState } from 'react';

export function useSidePanelEditor<R>() {
  const [editing, setEditing] = useState<{ record: R | null } | null>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);
  const focusNewButtonOnClose = useRef(false);

  useEffect(() => {
    // Only once the form is gone: the button is disabled while it is open.
    if (editing === null && focusNewButtonOnClose.current) {
      focusNewButtonOnClose.current = false;
      newButtonRef.current?.focus();
    }
  }, [editing]);

  return {
    /** What the panel shows; null while it is closed. */
    editing,
    newButtonRef,
    openNew: () => setEditing({ record: null }),
    edit: (record: R) => setEditing({ record }),
    close: () => {
      focusNewButtonOnClose.current = true;
      setEditing(null);
    },
  };
}
