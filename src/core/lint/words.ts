/**
 * Counting what an older reader has to hold in mind: sentences and their length. Vietnamese
 * is written one syllable per space-separated token ("kích hoạt" is one word, two
 * syllables), so its limits count syllables, about one and a half per word.
 */

/** The plain words of a Markdown text: links keep their text, list marks and emphasis go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`[^`]*`/g, ' ')
    .replace(/[*_]+/g, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '');
}

/** The sentences of a text: split at . ! ? … and at line ends (each list item stands alone). */
export function sentences(markdown: string): string[] {
  return plainText(markdown)
    .split(/\n+|(?<=[.!?…])\s+/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** The words of a text (space-separated tokens with a letter or digit; one per syllable in Vietnamese). */
export function countTokens(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Whether `lang` writes one syllable per token, so its limits are counted in syllables. */
export function countsSyllables(lang: string): boolean {
  return /^(vi|tyz|blt|cjm|hmn|th|lo|km|zh|yue)(-|$)/i.test(lang);
}

/** A limit in words, as tokens for `lang`: 25 words ≈ 38 Vietnamese syllables. */
export function limitFor(words: number, lang: string): number {
  return countsSyllables(lang) ? Math.round(words * 1.5) : words;
}
