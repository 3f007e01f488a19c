// What a part that saves itself says about its last save: quietly "Saving…"
// and "Saved" in a status region, or the refusal in words as an alert; and
// the panel such a part sits in, its heading with the status beside it.
import { useId, type ReactNode } from 'react';
import type { SaveState } from '../../ui/useAutosave.js';
import { ErrorAlert } from '../../ui/Notices.js';

const WORDS: Record<SaveState, string> = { unchanged: '', changed: 'Not saved yet', saving: 'Saving…', saved: 'Saved' };

export function SaveStatus({ state, error, what }: { state: SaveState; error: string | null; what: string }) {
  return (
    <>
      <p className="ls-saved" role="status" aria-label={`${what}: save status`}>
        {WORDS[state]}
      </p>
      <ErrorAlert message={error} />
    </>
  );
}

export function SavingPanel({ title, draft, className, children }: { title: string; draft: { state: SaveState; error: string | null }; className: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className={`panel ${className}`} aria-labelledby={titleId}>
      <div className="ls-section-title">
        <h2 id={titleId}>{title}</h2>
        <SaveStatus state={draft.state} error={draft.error} what={title} />
      </div>
      {children}
    </section>
  );
}
