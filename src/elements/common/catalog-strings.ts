import en from '../../../locales/catalog/en.json';
import vi from '../../../locales/catalog/vi.json';
import { guidepostI18n } from '../../core/i18n/index.js';

let added = false;

/**
 * Makes the UI strings of `<gp-catalog>` and `<gp-lookup>` (`locales/catalog/`) available;
 * each of them calls it when created. They ship apart from `locales/*.json`, so a page with
 * only a walkthrough never downloads them. Strings a portal gave with `addLanguage` are kept.
 */
export function useCatalogStrings(): void {
  if (added) return;
  added = true;
  const i18n = guidepostI18n();
  for (const [lang, strings] of Object.entries({ vi, en })) i18n.addResourceBundle(lang, 'translation', strings, true, false);
}
