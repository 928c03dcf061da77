/**
 * Picking the translation of a tutorial text that a citizen should read.
 */
import type { Text } from '../tutorial/types.js';

/** A text in the language chosen for it, so the UI can mark fallen-back content with `lang`. */
export interface ResolvedText {
  /** The text, normalized to NFC. */
  readonly text: string;
  /** The BCP 47 tag of the language the text is in, as the tutorial spells it. */
  readonly lang: string;
}

/**
 * Picks the translation of `text` for a citizen who reads `lang`, and says which language it is
 * in. Falls back, in order:
 *
 * 1. `lang` itself, then shorter forms of it (`zh-Hant-TW` → `zh-Hant` → `zh`, as in RFC 4647
 *    lookup), then another region or script of the same language (`en-GB` reads `en-US`);
 * 2. the same for the tutorial's own `tutorialLang`;
 * 3. the first translation in the file.
 *
 * Language tags match without regard to case. An empty translation counts as missing (it is
 * almost always one not written yet). A plain string is in `tutorialLang`.
 *
 * The text is normalized to NFC: Vietnamese typed on some keyboards arrives decomposed (a
 * letter followed by combining marks), which breaks searching, screen-reader pronunciation in
 * some engines, and diacritic stacking in some fonts.
 */
export function resolveTextWithLang(text: Text, lang: string | undefined, tutorialLang: string): ResolvedText {
  if (typeof text === 'string') return { text: text.normalize('NFC'), lang: tutorialLang };
  const translations = Object.entries(text).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
  );
  const found =
    (lang ? findTranslation(translations, lang) : undefined) ??
    findTranslation(translations, tutorialLang) ??
    translations[0];
  return found ? { text: found[1].normalize('NFC'), lang: found[0] } : { text: '', lang: tutorialLang };
}

/**
 * The translation of `text` for a citizen who reads `lang`, falling back as
 * {@link resolveTextWithLang} describes, normalized to NFC.
 */
export function resolveText(text: Text, lang: string | undefined, tutorialLang: string): string {
  return resolveTextWithLang(text, lang, tutorialLang).text;
}

function findTranslation(translations: readonly [string, string][], tag: string): [string, string] | undefined {
  for (const candidate of lookupChain(tag)) {
    const exact = translations.find(([key]) => key.toLowerCase() === candidate);
    if (exact) return exact;
  }
  // Another variant of the same language is closer to the reader than the tutorial's language.
  const language = primarySubtag(tag);
  return translations.find(([key]) => primarySubtag(key) === language);
}

/** `zh-Hant-TW` → `zh-hant-tw`, `zh-hant`, `zh`. */
function lookupChain(tag: string): string[] {
  const subtags = tag.toLowerCase().split('-').filter((subtag) => subtag !== '');
  return subtags.map((_, index) => subtags.slice(0, subtags.length - index).join('-'));
}

function primarySubtag(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

/**
 * `text` without its marks, lower-cased, for comparing what a citizen types with what a file
 * says: every combining mark dropped (Vietnamese tones and vowel marks: "Kích hoạt" →
 * "kich hoat") and "đ" read as "d", as people write on a keyboard without Vietnamese input.
 * Compatibility forms (full-width letters, ligatures) become plain ones. Idempotent.
 */
export function foldMarks(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFC');
}
