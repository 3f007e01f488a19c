// A record's id, shown where the district office needs it (`hub admin
// add-school ID`, `add-team ID`), with a button that copies it. Where the
// clipboard is refused (a desktop shell that grants no permissions), the id
// is selected instead, for Ctrl+C.
import { useRef, useState } from 'react';

export function CopyId({ id, of }: { id: string; /** What the id names, for the button's accessible name. */ of: string }) {
  const value = useRef<HTMLElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(id);
      setStatus('Copied.');
    } catch {
      const selection = window.getSelection();
      if (value.current && selection) selection.selectAllChildren(value.current);
      setStatus('Selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  };
  return (
    <p className="copy-id">
      <span className="muted small">Id</span> <code ref={value}>{id}</code>{' '}
      {/* The name begins with the visible text (label in name). */}
      <button type="button" className="button button--ghost button--small" aria-label={`Copy id of ${of}`} onClick={() => void copy()}>
        Copy id
      </button>{' '}
      <span aria-live="polite" className="muted small">
        {status}
      </span>
    </p>
  );
}
