// A dash where a table has no value, with the words a screen reader says
// instead of "dash" (the dash itself is hidden from it).
import { NONE } from './resultWords.js';

export function Missing({ words }: { words: string }) {
  return (
    <>
      <span aria-hidden="true">{NONE}</span>
      <span className="visually-hidden">{words}</span>
    </>
  );
}
