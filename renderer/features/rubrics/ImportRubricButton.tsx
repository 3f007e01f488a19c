// "Import rubric file…": a file input that looks like a button. The file is
// read here in the page (File.text()) and its text sent to importRubric,
// which stores it whole or lists every problem and stores nothing.
import { useId, type ChangeEvent, type RefObject } from 'react';
import type { RubricImportResult } from '../../../shared/rubric/records.js';

export type ImportOutcome =
  | { kind: 'result'; fileName: string; result: RubricImportResult }
  | { kind: 'error'; fileName: string; error: unknown };

export function ImportRubricButton({
  inputRef,
  importText,
  onStart,
  onOutcome,
}: {
  /** The file input, for the "I" shortcut to open the file chooser. */
  inputRef: RefObject<HTMLInputElement | null>;
  importText(text: string): Promise<RubricImportResult>;
  onStart(): void;
  onOutcome(outcome: ImportOutcome): void;
}) {
  const hintId = useId();

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    onStart();
    try {
      onOutcome({ kind: 'result', fileName: file.name, result: await importText(await file.text()) });
    } catch (error) {
      onOutcome({ kind: 'error', fileName: file.name, error });
    } finally {
      // So that choosing the same file again (after fixing it) imports it again.
      input.value = '';
    }
  };

  return (
    <>
      <label className="button button--secondary file-button">
        <input
          ref={inputRef}
          type="file"
          className="visually-hidden"
          accept=".json,application/json"
          aria-keyshortcuts="I"
          aria-describedby={hintId}
          onChange={(event) => void onChange(event)}
        />
       Import rubric file…
      </label>
      <span className="visually-hidden" id={hintId}>
        A Fieldbook rubric file ending in .json. It is checked whole; nothing is stored unless all of it is valid.
      </span>
    </>
  );
}
