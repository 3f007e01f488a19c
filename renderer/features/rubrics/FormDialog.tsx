// A small modal form: the app's usual form frame (heading, the backend's
// error, the fields, submit and Cancel; Escape cancels, a refused field is
// marked and focused) in a dialog. Focus goes to the first field when it
// opens, stays inside while it is open (Tab wraps), and goes back to
// whatever opened it when it closes.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { SidePanelForm } from '../../ui/SidePanelForm.js';

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href]';

export function FormDialog({
  heading,
  intro,
  submitLabel,
  submit,
  onCancel,
  children,
}: {
  /** Also the dialog's accessible name. */
  heading: string;
  intro?: string;
  submitLabel: string;
  /** Does the work (and moves on); throws to keep the dialog open with the error shown. */
  submit(): Promise<void>;
  onCancel(): void;
  /** The fields, if any (a confirmation has none), told which one the last submit was refused for. */
  children?: ReactNode | ((invalidField: string | null) => ReactNode);
}) {
  const frame = useRef<HTMLDivElement>(null);
  const introId = useId();

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    frame.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    // Back to the opener, if it is still on screen (a successful submit may have moved on).
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const keepFocusInside = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !frame.current) return;
    const focusable = [...frame.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={frame}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={heading}
        aria-describedby={intro ? introId : undefined}
        onKeyDown={keepFocusInside}
      >
        <SidePanelForm heading={heading} submitLabel={submitLabel} save={submit} onSaved={() => undefined} onCancel={onCancel}>
          {(invalidField) => (
            <>
              {intro ? (
                <p className="muted dialog__intro" id={introId}>
                  {intro}
                </p>
              ) : null}
              {typeof children === 'function' ? children(invalidField) : children}
            </>
          )}
        </SidePanelForm>
      </div>
    </div>
  );
}
