import type { TOptions } from 'i18next';
import { guidepostI18n, uiLanguage, type UiStrings } from './i18n.js';

/**
 * A translate function for strings that live apart from the walkthrough's (`locales/handbook/`,
 * `locales/kiosk/`), so a page that never shows them never downloads them. They are added to
 * the library's own i18next instance on first use, without overwriting what a portal's
 * `addLanguage()` already set, so a portal may translate them too.
 */
export function extraTranslator<K extends string>(
  bundles: Record<string, UiStrings>,
): (lang: string | undefined) => (key: K, options?: TOptions) => string {
  let added = false;
  return (lang) => {
    const i18n = guidepostI18n();
    if (!added) {
      added = true;
      for (const [language, strings] of Object.entries(bundles)) i18n.addResourceBundle(language, 'translation', strings, true, false);
    }
    const fixed = i18n.getFixedT(uiLanguage(lang)) as unknown as (key: string, options?: TOptions) => unknown;
    return (key, options) => String(fixed(key, options));
  };
}
