/** The shape of a language file in `locales/`: nested groups of UI strings. */
export type UiStrings = { [key: string]: string | UiStrings };

/** Languages whose UI strings ship inside the library. */
export const shippedLanguages = ['vi', 'en'] as const;

export type ShippedLanguage = (typeof shippedLanguages)[number];

/**
 * The shipped UI strings, one module per language, loaded only when a language is shown: a page
 * in Vietnamese never downloads the English strings, unless a language added with
 * `addLanguage` needs them to fill its gaps. Kept apart from i18next, so the CDN autoloader can
 * start the page's language loading beside an element's code.
 */
export const shippedStrings: Record<ShippedLanguage, () => Promise<{ default: UiStrings }>> = {
  vi: () => import('../../../locales/vi.json'),
  en: () => import('../../../locales/en.json'),
};

export const isShipped = (lang: string): lang is ShippedLanguage => Object.hasOwn(shippedStrings, lang);
