/**
 * Inline Markdown: `**strong**`, `*emphasis*` / `_emphasis_`, `[links](https://…)`, backslash
 * escapes and line breaks. Emphasis follows CommonMark's delimiter-run rules in simplified form
 * (no "rule of three"), so `ten_dang_nhap` and `2 * 3 * 4` stay plain text.
 */
import { isSafeHref } from './href.js';
import type { FoundLink, MarkdownInline } from './types.js';

/** Collects every `[text](href)` while parsing, for the validator. @internal */
export interface InlineContext {
  links?: FoundLink[];
}

interface Delimiter {
  kind: 'delimiter';
  char: '*' | '_';
  count: number;
  canOpen: boolean;
  canClose: boolean;
}
type Item = { kind: 'text'; text: string } | { kind: 'node'; node: MarkdownInline } | Delimiter;

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** Parses one paragraph's or list item's text (newlines become breaks) into inlines. */
export function parseInlines(source: string, context: InlineContext = {}, inLink = false): MarkdownInline[] {
  const items: Item[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') items.push({ kind: 'text', text });
    text = '';
  };
  const closers = inLink ? undefined : matchBrackets(source);
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (char === '\\' && i + 1 < source.length && ESCAPABLE.test(source[i + 1]!)) {
      text += source[i + 1];
      i += 2;
    } else if (char === '\n') {
      flush();
      items.push({ kind: 'node', node: { type: 'break' } });
      i += 1;
    } else if (char === '*' || char === '_') {
      let end = i;
      while (source[end] === char) end += 1;
      flush();
      items.push(delimiter(char, end - i, source[i - 1], source[end]));
      i = end;
    } else if (char === '[' && closers?.has(i)) {
      const link = readLink(source, i, closers.get(i)!, closers);
      if (link === undefined) {
        text += char;
        i += 1;
        continue;
      }
      const safe = isSafeHref(link.href);
      context.links?.push({ href: link.href, text: link.text, safe });
      if (safe) {
        flush();
        items.push({ kind: 'node', node: { type: 'link', href: link.href, children: parseInlines(link.text, context, true) } });
      } else {
        // An unsafe link stays visible, exactly as written, so nothing is hidden from the
        // reader and nothing can run.
        text += source.slice(i, link.end);
      }
      i = link.end;
    } else {
      text += char;
      i += 1;
    }
  }
  flush();
  resolveEmphasis(items);
  return toInlines(items);
}

/**
 * Index of each `[` → its matching `]`, and of each `(` → its matching `)`, ignoring escaped
 * characters. Found in one pass so hostile text such as `[a]([a]([a](…` stays linear.
 */
function matchBrackets(source: string): Map<number, number> {
  const closers = new Map<number, number>();
  const open: Record<string, number[]> = { '[': [], '(': [] };
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (char === '\\') i += 1;
    else if (char === '[' || char === '(') open[char]!.push(i);
    else if (char === ']' || char === ')') {
      const start = open[char === ']' ? '[' : '(']!.pop();
      if (start !== undefined) closers.set(start, i);
    } else if (char === '\n') open['(']!.length = 0;
  }
  return closers;
}

/** Reads `(href)` right after the `]` at `close`; undefined when it is not a link. */
function readLink(
  source: string,
  open: number,
  close: number,
  closers: Map<number, number>,
): { text: string; href: string; end: number } | undefined {
  const end = source[close + 1] === '(' ? closers.get(close + 1) : undefined;
  if (end === undefined) return undefined;
  const href = source.slice(close + 2, end).trim();
  if (href === '' || WHITESPACE.test(href)) return undefined;
  return { text: source.slice(open + 1, close), href, end: end + 1 };
}

function delimiter(char: '*' | '_', count: number, before = ' ', after = ' '): Delimiter {
  const beforeSpace = WHITESPACE.test(before);
  const afterSpace = WHITESPACE.test(after);
  const beforePunct = PUNCTUATION.test(before);
  const afterPunct = PUNCTUATION.test(after);
  const leftFlanking = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
  const rightFlanking = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
  if (char === '*') return { kind: 'delimiter', char, count, canOpen: leftFlanking, canClose: rightFlanking };
  // `_` never opens or closes inside a word: snake_case names stay as written.
  return {
    kind: 'delimiter',
    char,
    count,
    canOpen: leftFlanking && (!rightFlanking || beforePunct),
    canClose: rightFlanking && (!leftFlanking || afterPunct),
  };
}

/** Pairs delimiter runs into strong/emphasis nodes, innermost first, in place. */
function resolveEmphasis(items: Item[]): void {
  // Below this index no opener of the character can still be found: keeps hostile input
  // such as thousands of lone `*` linear instead of quadratic.
  const openersBottom = { '*': -1, _: -1 };
  for (let c = 0; c < items.length; c += 1) {
    const closer = items[c]!;
    if (closer.kind !== 'delimiter' || !closer.canClose || closer.count === 0) continue;
    let o = c - 1;
    for (; o > openersBottom[closer.char]; o -= 1) {
      const candidate = items[o]!;
      if (candidate.kind === 'delimiter' && candidate.char === closer.char && candidate.canOpen && candidate.count > 0) break;
    }
    if (o <= openersBottom[closer.char]) {
      openersBottom[closer.char] = c - 1;
      continue;
    }
    const opener = items[o] as Delimiter;
    const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
    const children = toInlines(items.slice(o + 1, c));
    items.splice(o + 1, c - o - 1, { kind: 'node', node: { type: use === 2 ? 'strong' : 'emphasis', children } });
    opener.count -= use;
    closer.count -= use;
    // The closer now sits at o + 2; look at it again if it has characters left.
    c = closer.count > 0 ? o + 1 : o + 2;
  }
}

function toInlines(items: Item[]): MarkdownInline[] {
  const inlines: MarkdownInline[] = [];
  for (const item of items) {
    const text = item.kind === 'text' ? item.text : item.kind === 'delimiter' ? item.char.repeat(item.count) : undefined;
    if (text === undefined) {
      inlines.push((item as { node: MarkdownInline }).node);
      continue;
    }
    if (text === '') continue;
    const last = inlines[inlines.length - 1];
    if (last?.type === 'text') last.text += text;
    else inlines.push({ type: 'text', text });
  }
  return inlines;
}
