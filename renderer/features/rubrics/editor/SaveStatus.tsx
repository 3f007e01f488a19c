// Whether what is on screen is saved, said politely as it changes.
import type { SaveState } from './useDraft.js';

const WORDS: Record<Exclude<SaveState['kind'], 'failed'>, string> = {
  idle: '',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  saved: 'Saved',
};

export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry(): void }) {
  return (
    <div className="editor-save">
      <p role="status" className={`editor-save__status${state.kind === 'failed' ? ' editor-save__status--failed' : ''}`}>
        {state.kind === 'failed' ? `Not saved: ${state.message}` : WORDS[state.kind]}
      </p>
      {state.kind === 'failed' ? (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          Try saving again
        </button>
      ) : null}
    </div>
  );
}
