// A button that prints one piece of a screen on its own (an observer packet,
// the cycle report): the piece is put at the top of the page only while the
// print runs, and the print stylesheet (lessonStudyTeaching.css) leaves the
// rest of the app off the paper. In Electron the shell saves a PDF instead.
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { printOrSavePdf, type PrintOutcome } from '../../ui/printOrSavePdf.js';

interface PrintAloneButtonProps extends PrintOutcome {
  label: string;
  fileName: string;
  /** What goes on paper; rendered only while printing. */
  children: ReactNode;
  disabled?: boolean;
}

export function PrintAloneButton({ label, fileName, children, disabled, onNotice, onError }: PrintAloneButtonProps) {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!printing) return;
    // The piece is on the page by now (effects run after it is committed).
    void printOrSavePdf(fileName, { onNotice, onError }).finally(() => setPrinting(false));
    // One print per click; the outcome callbacks may change while it runs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [printing]);
  return (
    <>
      <button type="button" className="button button--secondary" disabled={disabled || printing} onClick={() => setPrinting(true)}>
        {label}
      </button>
      {printing ? createPortal(<div className="ls-print">{children}</div>, document.body) : null}
    </>
  );
}
