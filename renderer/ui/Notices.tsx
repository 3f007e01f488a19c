// The two kinds of message the app shows: errors (role="alert", announced at
// once) and confirmations (role="status", announced politely). Both render
// nothing when empty so that screen readers do not announce blank regions.
import type { ReactNode } from 'react';

export function ErrorAlert({ message, id }: { message: string | null; id?: string }) {
  if (!message) return null;
  return (
    <div className="notice notice--error" role="alert" id={id}>
      {message}
    </div>
  );
}

/**
 * A status region stays mounted (empty when there is nothing to say): screen
 * readers only announce changes to a live region that already exists.
 */
export function StatusNote({ children }: { children?: ReactNode }) {
  return (
    <div className={children ? 'notice notice--status' : 'notice--empty'} role="status">
      {children}
    </div>
  );
}
