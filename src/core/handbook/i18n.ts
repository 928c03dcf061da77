import type { TOptions } from 'i18next';
import en from '../../../locales/handbook/en.json';
import vi from '../../../locales/handbook/vi.json';
import { guidepostI18n, uiLanguage, type KeysOf } from '../i18n/index.js';

/**
 * The key of one of the handbook's UI strings, such as `'handbook.goTo'`: derived from
 * `locales/handbook/en.json`. They live apart from the citizen's walkthrough strings, so a page
 * with only `<gp-tutorial>` never downloads them.
 */
export type HandbookKey = KeysOf<typeof en>;

/** Words one of the handbook's UI strings. */
export type HandbookTranslate = (key: HandbookKey, options?: TOptions) => string;

let added = false;

/**
 * The handbook's strings in `lang`, read through the library's own i18next instance (so a
 * language added with `addLanguage()` may translate them too, under `handbook.`).
 */
export function handbookTranslator(lang: string | undefined): HandbookTranslate {
  const i18n = guidepostI18n();
  if (!added) {
    added = true;
    // Never overwrite: a portal's addLanguage() may already have set some of these.
    i18n.addResourceBundle('en', 'translation', en, true, false);
    i18n.addResourceBundle('vi', 'translation', vi, true, false);
  }
  const fixed = i18n.getFixedT(uiLanguage(lang)) as unknown as (key: string, options?: TOptions) => unknown;
  return (key, options) => String(fixed(key, options));
}
