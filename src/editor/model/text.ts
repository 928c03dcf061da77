/**
 * Reading and writing one language of a `Text` (a plain string in the tutorial's language, or
 * translations keyed by language tag) without losing the other languages.
 */
import type { Text } from '../../index.js';

/** The text of `text` in exactly `lang` (no fallback: the editor shows what is missing). */
export function textIn(text: Text | undefined, lang: string, mainLang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return lang === mainLang ? text : '';
  const value = (text as Record<string, unknown>)[lang];
  return typeof value === 'string' ? value : '';
}

/**
 * `text` with its `lang` translation set to `value`. A text stays a plain string while it has
 * only the main language; it becomes translations as soon as another language is written.
 * Returns undefined when every translation is empty, so an optional field disappears.
 */
export function withText(text: Text | undefined, lang: string, value: string, mainLang: string): Text | undefined {
  if ((text === undefined || typeof text === 'string') && lang === mainLang) return value === '' ? undefined : value;
  const translations: Record<string, string> =
    text === undefined ? {} : typeof text === 'string' ? { [mainLang]: text } : { ...(text as Record<string, string>) };
  translations[lang] = value;
  return Object.values(translations).every((v) => v === '') ? undefined : translations;
}

/** `text` with an (empty) translation for `lang`, so the language shows as still to be written. */
export function withLanguage(text: Text | undefined, lang: string, mainLang: string): Text {
  const translations: Record<string, string> =
    text === undefined ? { [mainLang]: '' } : typeof text === 'string' ? { [mainLang]: text } : { ...(text as Record<string, string>) };
  if (!Object.hasOwn(translations, lang)) translations[lang] = '';
  return translations;
}

/** Every language tag `text` has a translation key for. */
export function languagesOfText(text: unknown): string[] {
  return typeof text === 'object' && text !== null && !Array.isArray(text) ? Object.keys(text) : [];
}
