/**
 * A JSON reader for tutorial files that knows where every value is, and says what is wrong in
 * plain words with a line and column. Engines word `JSON.parse` errors differently (and some
 * give no position at all), so guidepost reads the text itself.
 *
 * Slips that leave no doubt about what was meant (a comma too many or missing, a comment,
 * single quotes, an unquoted name) are reported and reading goes on, so the editor also sees
 * the tutorial's other problems; anything else stops the reading.
 */
import { explained, type ExplainedProblem } from './found.js';
import { LineIndex, readString, skipNested } from './json-text.js';
import { ENGLISH_JSON, type JsonWords } from './json-words.js';
import { MAX_DEPTH, MAX_PROBLEMS, MAX_VALUES } from './limits.js';
import { tooManyValues } from './problem-list.js';
import { appendPath, type PathSegment } from './problems.js';

/** Where a value (and, for object members, its key) starts: offsets into the text. */
export interface JsonPlace {
  key?: number;
  value: number;
}

/** What reading a tutorial file gives. */
export interface JsonReading {
  /** The data; undefined when the text could not be read at all. */
  value: unknown;
  /** Syntax problems, already with line and column. */
  problems: ExplainedProblem[];
  /** Reading stopped early because the file has more than 100 problems. */
  stopped: boolean;
  /** Where each path (`steps[0].title`, NFC keys) is in the text. */
  places: Map<string, JsonPlace>;
  /** Turns an offset into a 1-based line and column. */
  position(offset: number): { line: number; column: number };
}

class Stop extends Error {}

const WORD = /[A-Za-z_$][\w$-]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const CLOSER: Record<string, string> = { '{': '}', '[': ']' };

/**
 * Reads a tutorial file's text. A leading byte order mark (some Windows editors add one) is
 * allowed and not counted in columns, as editors do not show it. `words` word the problems.
 */
export function readJson(source: string, words: JsonWords = ENGLISH_JSON, tooMany: () => string = tooManyValues): JsonReading {
  const reader = new Reader(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source, words, tooMany);
  let value: unknown;
  try {
    reader.skipSpace();
    if (reader.atEnd()) reader.fail(0, words.empty());
    value = reader.value([], '');
    reader.skipSpace();
    if (!reader.atEnd()) reader.slip(reader.pos, words.textAfterEnd());
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    value = undefined;
  }
  return { value, problems: reader.problems, stopped: reader.stopped, places: reader.places, position: (offset) => reader.lines.position(offset) };
}

class Reader {
  pos = 0;
  readonly problems: ExplainedProblem[] = [];
  readonly places = new Map<string, JsonPlace>();
  readonly lines = new LineIndex(this.text);
  stopped = false;
  private values = 0;
  /** Open `{`/`[` with their offsets, to say which one a truncated file never closed. */
  private readonly open: { char: string; at: number }[] = [];

  constructor(
    private readonly text: string,
    readonly words: JsonWords,
    private readonly tooMany: () => string,
  ) {}

  position(offset: number): { line: number; column: number } {
    return this.lines.position(offset);
  }

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  /** Reports a slip and reads on. */
  slip(offset: number, words: string): void {
    const { line, column } = this.position(offset);
    const found = explained('json-syntax', [], this.words.at(line, column, words));
    found.line = line;
    found.column = column;
    this.report(found);
  }

  /** Keeps a problem; past the 100th, stops reading: a flood of slips is not worth reading on. */
  private report(problem: ExplainedProblem): void {
    this.problems.push(problem);
    if (this.problems.length > MAX_PROBLEMS) {
      this.stopped = true;
      throw new Stop();
    }
  }

  /** Reports a mistake that makes the rest unreadable, and stops. */
  fail(offset: number, words: string): never {
    this.slip(offset, words);
    throw new Stop();
  }

  failAtEnd(): never {
    const last = this.open[this.open.length - 1];
    const open = last ? { char: last.char, line: this.position(last.at).line, closer: CLOSER[last.char]! } : undefined;
    this.fail(this.text.length, this.words.endsEarly(open));
  }

  skipSpace(): void {
    for (;;) {
      const char = this.text[this.pos];
      if (char === ' ' || char === '\t' || char === '\n' || char === '\r') this.pos += 1;
      else if (char === '/' && (this.text[this.pos + 1] === '/' || this.text[this.pos + 1] === '*')) this.comment();
      else return;
    }
  }

  private comment(): void {
    const start = this.pos;
    const block = this.text[this.pos + 1] === '*';
    const end = block ? this.text.indexOf('*/', this.pos + 2) : this.text.indexOf('\n', this.pos);
    if (block && end === -1) this.failAtEnd();
    this.pos = end === -1 ? this.text.length : end + (block ? 2 : 0);
    this.slip(start, this.words.comment());
  }

  value(segments: PathSegment[], path: string, key?: number): unknown {
    this.skipSpace();
    const place: JsonPlace = { value: this.pos };
    if (key !== undefined) place.key = key;
    this.places.set(path, place);
    if (++this.values > MAX_VALUES) {
      // As validateTutorial() says of such data: about the whole file, so at its start.
      this.problems.push({ ...explained('too-large', [], this.tooMany()), line: 1, column: 1 });
      throw new Stop();
    }
    const char = this.text[this.pos];
    if (char === undefined) this.failAtEnd();
    if ((char === '{' || char === '[') && this.open.length >= MAX_DEPTH) {
      // No tutorial is this deep, and a hostile file must not exhaust the call stack: skip the
      // part without reading it; the checks report it as too deep, as validateTutorial() does.
      const end = skipNested(this.text, this.pos);
      if (end < 0) this.failAtEnd();
      this.pos = end;
      return char === '{' ? {} : [];
    }
    if (char === '{') return this.object(segments, path);
    if (char === '[') return this.array(segments, path);
    if (char === '"' || char === "'") return this.string();
    if (char === '-' || (char >= '0' && char <= '9')) return this.number();
    WORD.lastIndex = this.pos;
    const word = WORD.exec(this.text)?.[0];
    if (word !== undefined) return this.word(word);
    if (char === '+' || char === '.') this.fail(this.pos, this.words.plusOrPoint());
    if (char === ',') this.fail(this.pos, this.words.commaBeforeValue());
    this.fail(this.pos, this.words.unexpected(char));
  }

  private object(segments: PathSegment[], path: string): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    const keys = new Map<string, number>();
    this.open.push({ char: '{', at: this.pos });
    this.pos += 1;
    this.skipSpace();
    let comma = -1;
    let first = true;
    for (;;) {
      const char = this.text[this.pos];
      if (char === '}') {
        if (comma >= 0) this.slip(comma, this.words.trailingCommaField());
        break;
      }
      if (char === undefined) this.failAtEnd();
      if (!first && comma < 0) {
        if (char !== '"' && char !== "'") this.expectedSeparator('}');
        this.slip(this.pos, this.words.missingCommaField());
      }
      const keyAt = this.pos;
      const name = this.key();
      this.skipSpace();
      if (this.text[this.pos] !== ':') {
        if (this.atEnd()) this.failAtEnd();
        this.fail(this.pos, this.words.missingColon(name));
      }
      this.pos += 1;
      const nfc = name.normalize('NFC');
      const earlier = keys.get(nfc);
      if (earlier !== undefined) {
        const found = explained('duplicate-field', [...segments, nfc], this.words.duplicateField(name, this.position(earlier).line), true);
        Object.assign(found, this.position(keyAt));
        this.report(found);
      }
      keys.set(nfc, keyAt);
      const item = this.value([...segments, nfc], appendPath(path, nfc), keyAt);
      Object.defineProperty(result, name, { value: item, enumerable: true, writable: true, configurable: true });
      this.skipSpace();
      comma = this.text[this.pos] === ',' ? this.pos : -1;
      if (comma >= 0) {
        this.pos += 1;
        this.skipSpace();
      }
      first = false;
    }
    this.pos += 1;
    this.open.pop();
    return result;
  }

  private key(): string {
    const char = this.text[this.pos];
    if (char === '"' || char === "'") return this.string();
    WORD.lastIndex = this.pos;
    const word = WORD.exec(this.text)?.[0];
    if (word === undefined) this.fail(this.pos, this.words.keyExpected(char!));
    this.slip(this.pos, this.words.unquotedKey(word));
    this.pos += word.length;
    return word;
  }

  private array(segments: PathSegment[], path: string): unknown[] {
    const result: unknown[] = [];
    this.open.push({ char: '[', at: this.pos });
    this.pos += 1;
    this.skipSpace();
    let comma = -1;
    for (;;) {
      const char = this.text[this.pos];
      if (char === ']') {
        if (comma >= 0) this.slip(comma, this.words.trailingCommaItem());
        break;
      }
      if (char === undefined) this.failAtEnd();
      if (char === ',') {
        this.slip(this.pos, this.words.doubleComma());
        this.pos += 1;
        this.skipSpace();
        continue;
      }
      if (result.length > 0 && comma < 0) {
        if (!/["'{[\-0-9tfn]/.test(char)) this.expectedSeparator(']');
        this.slip(this.pos, this.words.missingCommaItem());
      }
      result.push(this.value([...segments, result.length], appendPath(path, result.length)));
      this.skipSpace();
      comma = this.text[this.pos] === ',' ? this.pos : -1;
      if (comma >= 0) {
        this.pos += 1;
        this.skipSpace();
      }
    }
    this.pos += 1;
    this.open.pop();
    return result;
  }

  private expectedSeparator(closer: string): never {
    const char = this.text[this.pos]!;
    const last = this.open[this.open.length - 1]!;
    if ((char === '}' || char === ']') && char !== closer) {
      this.fail(this.pos, this.words.mismatched(char, last.char, this.position(last.at).line, closer));
    }
    this.fail(this.pos, this.words.separator(closer, char));
  }

  private string(): string {
    const { value, end } = readString(this.text, this.pos, this);
    this.pos = end;
    return value;
  }

  private number(): number {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text)?.[0];
    const end = this.pos + (match?.length ?? 0);
    if (match === undefined || match === '-' || /[\w.]/.test(this.text[end] ?? '')) {
      this.fail(this.pos, this.words.badNumber());
    }
    this.pos = end;
    return Number(match);
  }

  private word(word: string): unknown {
    const literals = new Map<string, unknown>([['true', true], ['false', false], ['null', null]]);
    const at = this.pos;
    this.pos += word.length;
    if (literals.has(word)) return literals.get(word);
    const lower = word.toLowerCase();
    if (literals.has(lower)) {
      this.slip(at, this.words.capitalLiteral(lower, word));
      return literals.get(lower);
    }
    this.slip(at, this.words.unquotedText(word));
    return word;
  }
}
