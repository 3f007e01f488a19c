// Text from data (what a person typed, what a rubric file says) made safe to
// put into Markdown. Markdown viewers pass raw HTML through, so a level label
// reading `<img src=x onerror=…>` would be markup there: <, > and & become
// entities, which every viewer shows as the characters. Markdown's own
// punctuation gets a backslash, so nothing turns into emphasis, a link, a
// heading or a table cell by accident. Escaped rather than stripped, so the
// reader still sees what was written.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function escapeMarkup(text: string): string {
  // Entities first: they hold none of the punctuation escaped after them.
  return text.replace(/[&<>]/g, (c) => ENTITIES[c]!).replace(/([\\`*_[\]|#])/g, '\\$1');
}

/** For a paragraph or a list item: line breaks (LF, CR or CRLF, as Markdown counts them) kept as hard breaks. */
export function mdText(text: string): string {
  return escapeMarkup(text).replace(/\r\n?|\n/g, '  \n');
}

/** For a heading or a table cell, which end at a line break: line breaks become spaces. */
export function mdLine(text: string): string {
  return escapeMarkup(text).replace(/\s*(?:\r\n?|\n)\s*/g, ' ');
}
