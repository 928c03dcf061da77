import i18next, { type i18n as I18n, type TOptions } from 'i18next';
import en from '../../../locales/en.json';
import vi from '../../../locales/vi.json';
import type { UiKey } from './keys.js';

/** The shape of a language file in `locales/`: nested groups of UI strings. */
export type UiStrings = { [key: string]: string | UiStrings };

/** Languages whose UI strings ship inside the library. */
export const shippedLanguages = ['vi', 'en'] as const;

/** The language used for UI strings when nothing better is known. */
export const defaultLanguage = 'vi';

let instance: I18n | undefined;

/**
 * The library's own i18next instance. It is created on first use (never at import time) and is
 * never the host page's global `i18next`, so a portal that uses i18next itself is not disturbed.
 */
export function guidepostI18n(): I18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: { vi: { translation: vi }, en: { translation: en } },
      lng: defaultLanguage,
      fallbackLng: ['en'],
      // Lit renders every string as a text node, which is the escaping; i18next's own HTML
      // escaping would show "&amp;" to citizens.
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
      showSupportNotice: false,
    } as Parameters<I18n['init']>[0]);
  }
  return instance;
}

/**
 * Adds (or extends) the UI strings of a language at run time, for example H'Mông (`hmn`) or Tày
 * (`tyz`). Keys missing from `strings` fall back to English. For languages that `Intl` has no
 * plural rules for, give identical `_one` and `_other` forms.
 *
 * @example addLanguage('hmn', { tutorial: { next: 'Mus ntxiv' } })
 */
export function addLanguage(lang: string, strings: UiStrings): void {
  guidepostI18n().addResourceBundle(lang, 'translation', strings, true, true);
}

/** Whether UI strings exist for `lang` or for its base language (`vi-VN` → `vi`). */
export function hasLanguage(lang: string): boolean {
  const i18n = guidepostI18n();
  return i18n.hasResourceBundle(lang, 'translation') || i18n.hasResourceBundle(baseLanguage(lang), 'translation');
}

/** `vi-VN` → `vi`. */
export function baseLanguage(lang: string): string {
  return lang.split('-')[0]!.toLowerCase();
}

/**
 * Picks the UI language for a requested content language: the language itself when UI strings
 * exist for it, else its base language, else the default (`vi`).
 */
export function uiLanguage(requested: string | undefined): string {
  if (!requested) return defaultLanguage;
  const i18n = guidepostI18n();
  if (i18n.hasResourceBundle(requested, 'translation')) return requested;
  const base = baseLanguage(requested);
  return i18n.hasResourceBundle(base, 'translation') ? base : defaultLanguage;
}

/** A translate function bound to one language; its keys are checked against locales/en.json. */
export type Translate = (key: UiKey, options?: TOptions) => string;

/** Returns a translate function for `lang` (see {@link uiLanguage} for how the language is chosen). */
export function translator(lang: string | undefined): Translate {
  // i18next's overloads are typed for its own resource typing; ours is a plain string lookup.
  const fixed = guidepostI18n().getFixedT(uiLanguage(lang)) as unknown as (key: string, options?: TOptions) => unknown;
  return (key, options) => String(fixed(key, options));
}
