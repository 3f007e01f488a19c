// Text from a file, shown on a terminal. A rubric's name, a field name, a
// rater or the user name in a bundle can hold characters a terminal acts on
// rather than shows: an escape sequence (ESC [31m) that recolours the screen or
// retitles the window, a carriage return that writes over the line, a bell,
// a bidi override (U+202E) that shows text in another order than it has.
// Each is written as its JSON escape (\u001b, \r, \u202e) instead, so the
// person sees what the file holds, and JSON output stays JSON that parses to
// the same values. Pure: cli/main.ts applies it to everything printed, and
// commands apply it to one-line pieces so a line break cannot forge a line.

/** Control characters (C0, DEL, C1), bidi controls, and the Unicode line and paragraph separators. */
const UNSAFE = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/gu;
const UNSAFE_BUT_LINE_BREAKS = /(?!\n)[\p{Cc}\p{Bidi_Control}\u2028\u2029]/gu;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escaped(char: string): string {
  return NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** One line's worth (a name, a path, a sentence): line breaks are escaped too. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escaped);
}

/** Whole output, which may span lines: the same, with line breaks kept. */
export function terminalSafeLines(text: string): string {
  return text.replace(UNSAFE_BUT_LINE_BREAKS, escaped);
}
