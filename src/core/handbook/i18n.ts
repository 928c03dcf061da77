import type { TOptions } from 'i18next';
import en from '../../../locales/handbook/en.json';
import vi from '../../../locales/handbook/vi.json';
import { extraTranslator, type KeysOf } from '../i18n/index.js';

/**
 * The key of one of the handbook's UI strings, such as `'handbook.goTo'`: derived from
 * `locales/handbook/en.json`. They live apart from the citizen's walkthrough strings, so a page
 * with only `<gp-tutorial>` never downloads them.
 */
export type HandbookKey = KeysOf<typeof en>;

/** Words one of the handbook's UI strings. */
export type HandbookTranslate = (key: HandbookKey, options?: TOptions) => string;

/** The handbook's strings in `lang` (a language added with `addLanguage()` may translate them, under `handbook.`). */
export const handbookTranslator: (lang: string | undefined) => HandbookTranslate = extraTranslator<HandbookKey>({ en, vi });
