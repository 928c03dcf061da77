/**
 * Finding a guide the way a citizen types: on a phone, often without Vietnamese marks, in any
 * case. "kich hoat", "KÍCH HOẠT" and "Kích hoạt" find the same guides, and "d" finds "đ".
 */
import { foldMarks } from '../text/index.js';
import type { Text } from '../tutorial/types.js';

/**
 * The words of `text` as search compares them: marks folded away ({@link foldMarks}), and
 * anything that is not a letter or a digit read as a space between words.
 */
export function searchWords(text: string): string[] {
  return foldMarks(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** `texts` folded into one string to search in: words separated by single spaces. */
export function searchableText(texts: readonly string[]): string {
  return ` ${texts.flatMap(searchWords).join(' ')} `;
}

/**
 * Whether `query` finds something whose texts are `searchable` (from {@link searchableText}):
 * every word of the query starts a word there ("kich" finds "Kích hoạt", "hoat kich" too, but
 * "ich" does not). An empty query finds everything.
 */
export function matchesSearch(searchable: string, query: string): boolean {
  return searchWords(query).every((word) => searchable.includes(` ${word}`));
}

/** Every wording of a text, all its translations, so a guide is found in any of its languages. */
export function textVariants(text: Text | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text).filter((t): t is string => typeof t === 'string');
}
