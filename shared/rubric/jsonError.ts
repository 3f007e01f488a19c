// Where a text stops being JSON, and why, found by reading it the way
// JSON.parse does. JSON.parse's own message names no place for an empty or
// cut-short file ("Unexpected end of JSON input") or for some stray
// brackets, and its wording differs between engines, so the rubric checks
// find the place themselves and only fall back on the engine's message if
// this reader finds nothing wrong.

/** What is wrong at the place a JSON text stops being JSON. */
export type JsonFault =
  | 'empty'
  | 'ends-early'
  | 'ends-in-text'
  | 'comma-before-close'
  | 'extra-comma'
  | 'missing-comma'
  | 'missing-colon'
  | 'name-not-quoted'
  | 'curly-quote'
  | 'comment'
  | 'bad-value'
  | 'bad-number'
  | 'bad-escape'
  | 'break-in-text'
  | 'after-end';

export interface JsonFaultAt {
  /** Offset into the text, in UTF-16 code units: where an editor's cursor should go. */
  offset: number;
  fault: JsonFault;
}

class Stop {
  constructor(readonly at: JsonFaultAt) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const CURLY_QUOTES = /[“”‘’]/;

/** The first place `text` stops being JSON, or null when JSON.parse would accept it. */
export function findJsonFault(text: string): JsonFaultAt | null {
  let i = 0;
  const stop = (fault: JsonFault, offset = i): never => {
    throw new Stop({ offset, fault });
  };
  const skipSpace = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  /** The fault for a character that cannot start what is expected here. */
  const unexpected = (otherwise: JsonFault): never => {
    if (i >= text.length) return stop('ends-early');
    const c = text[i]!;
    if (CURLY_QUOTES.test(c)) return stop('curly-quote');
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return stop('comment');
    return stop(otherwise);
  };
  const readString = () => {
    i++; // the opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) return stop('break-in-text');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) return stop('ends-in-text', text.length);
        if (e === 'u') {
          const digits = text.slice(i + 2, i + 6);
          if (/^[0-9a-fA-F]*$/.test(digits) && i + 6 > text.length) return stop('ends-in-text', text.length);
          if (!/^[0-9a-fA-F]{4}$/.test(digits)) return stop('bad-escape');
          i += 6;
        } else if ('"\\/bfnrt'.includes(e)) i += 2;
        else return stop('bad-escape');
      } else i++;
    }
    return stop('ends-in-text', text.length);
  };
  const readNumber = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) return stop('bad-number');
    const end = i + match[0].length;
    if (end < text.length && /[\d.eE+-]/.test(text[end]!)) return stop('bad-number');
    i = end;
  };
  const readValue = (): void => {
    skipSpace();
    if (i >= text.length) return stop('ends-early');
    const c = text[i]!;
    if (c === '{') return readObject();
    if (c === '[') return readArray();
    if (c === '"') return readString();
    if (c === '-' || (c >= '0' && c <= '9')) return readNumber();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        if (i < text.length && /[A-Za-z0-9_$]/.test(text[i]!)) return stop('bad-value', i - word.length);
        return;
      }
    }
    const rest = text.slice(i);
    if (['true', 'false', 'null'].some((w) => w.startsWith(rest))) return stop('ends-early', text.length);
    if (c === ',') return stop('extra-comma');
    return unexpected('bad-value');
  };
  /** An object's members or a list's items: after a comma, a closing bracket is the common slip (a trailing comma), not a missing comma. */
  const readList = (close: '}' | ']', readItem: () => void) => {
    i++;
    skipSpace();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] === close) return stop('comma-before-close');
      if (text[i] === ',') return stop('extra-comma');
      readItem();
      skipSpace();
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ',') return unexpected('missing-comma');
      i++;
    }
  };
  const readMember = () => {
    if (text[i] !== '"') return unexpected('name-not-quoted');
    readString();
    skipSpace();
    if (text[i] !== ':') return unexpected('missing-colon');
    i++;
    readValue();
  };
  const readObject = () => readList('}', readMember);
  const readArray = () => readList(']', readValue);
  try {
    skipSpace();
    if (i >= text.length) return { offset: i, fault: 'empty' };
    readValue();
    skipSpace();
    if (i < text.length) return unexpected('after-end');
    return null;
  } catch (e) {
    if (e instanceof Stop) return e.at;
    throw e;
  }
}

const HINTS: Record<JsonFault, string> = {
  empty: 'the file is empty; a rubric file starts with {',
  'ends-early': 'the file ends there, before the JSON is complete: it may have been cut short, or a closing } or ] is missing',
  'ends-in-text': 'the file ends inside text in quotes: it may have been cut short, or a closing quote (") is missing',
  'comma-before-close': 'remove the comma before the closing bracket',
  'extra-comma': 'remove the extra comma',
  'missing-comma': 'look for a missing comma or quote just before it',
  'missing-colon': 'a colon (:) must follow the name in quotes',
  'name-not-quoted': 'names in an object must be in straight quotes (")',
  'curly-quote': 'curly quotes there must be straight quotes (")',
  comment: 'JSON has no comments',
  'bad-value': 'text must be in straight quotes ("), and true, false and null in lower case',
  'bad-number': 'a number is written like 3, -1 or 2.5, without a leading zero, plus sign or trailing point',
  'bad-escape': 'a backslash in text must be doubled (\\\\) or start an escape such as \\n',
  'break-in-text': 'a line break or tab inside text in quotes must be written \\n or \\t, or a closing quote (") is missing before it',
  'after-end': 'there is more after the end of the JSON: remove it, or look for an extra closing bracket before it',
};

/** "line 4, column 1": the place an editor shows for an offset (columns in UTF-16 units, as editors count). */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/** Where and why a text is not JSON, as a sentence; `reason` is the engine's message, used only if the reader finds nothing wrong. */
export function describeJsonError(text: string, reason: string): string {
  const found = findJsonFault(text);
  if (!found) return `The file is not valid JSON (${reason}).`;
  return `The file is not valid JSON at ${lineAndColumn(text, found.offset)}: ${HINTS[found.fault]}.`;
}
