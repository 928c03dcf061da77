/**
 * Small helpers of the JSON reader (`json.ts`) that need none of its state: lines and columns,
 * skipping a part too deep to read, and reading a text in quotes.
 */
import type { JsonWords } from './json-words.js';

/** Turns offsets into 1-based lines and columns. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}

/**
 * The offset just after the `{ }` or `[ ]` that opens at `start`, found without recursion
 * (texts in quotes are skipped, so a bracket inside one does not count); -1 when the file ends
 * first. What is inside is not checked: the checks report the part as too deep.
 */
export function skipNested(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const char = text[i];
    if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') {
      depth -= 1;
      if (depth === 0) return i + 1;
    } else if (char === '"' || char === "'") {
      for (i += 1; i < text.length && text[i] !== char && text[i] !== '\n'; i += 1) if (text[i] === '\\') i += 1;
    }
  }
  return -1;
}
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', "'": "'" };

/** What reading a text needs of the reader: reporting slips and mistakes, and lines. */
export interface TextReader {
  slip(offset: number, words: string): void;
  fail(offset: number, words: string): never;
  position(offset: number): { line: number; column: number };
  words: JsonWords;
}

/**
 * Reads the text in quotes that starts at `start` (double or, as a slip, single quotes) and
 * returns it with the offset after its closing quote.
 */
export function readString(text: string, start: number, reader: TextReader): { value: string; end: number } {
  const quote = text[start]!;
  let pos = start;
  if (quote === "'") reader.slip(start, reader.words.singleQuotes());
  let result = '';
  pos += 1;
  for (;;) {
    const char = text[pos];
    if (char === undefined) reader.fail(text.length, reader.words.endsInText(reader.position(start).line));
    if (char === quote) break;
    if (char === '\n' || char === '\r') {
      reader.fail(start, reader.words.noClosingQuote());
    }
    if (char === '\\') {
      const next = text[pos + 1] ?? '';
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
        result += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
        pos += 6;
        continue;
      }
      const escaped = ESCAPES[next];
      if (escaped === undefined || (next === "'" && quote === '"')) {
        reader.slip(pos, reader.words.badEscape(next));
        result += '\\';
        pos += 1;
        continue;
      }
      result += escaped;
      pos += 2;
      continue;
    }
    if (char < ' ') {
      reader.slip(pos, reader.words.control());
      result += char;
      pos += 1;
      continue;
    }
    // Copy a run of ordinary characters at once: much faster on big files than one by one.
    let end = pos + 1;
    while (end < text.length && isPlain(text.charCodeAt(end), quote)) end += 1;
    result += text.slice(pos, end);
    pos = end;
  }
  return { value: result, end: pos + 1 };
}

/** A character a text copies as it is: not a quote, backslash, line break or control. */
export function isPlain(code: number, quote: string): boolean {
  return code >= 0x20 && code !== 0x5c && code !== quote.charCodeAt(0);
}
