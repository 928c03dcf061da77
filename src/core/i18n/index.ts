export { addLanguage, hasLanguage, loadLanguage, isLanguageLoaded, onLanguageLoaded, uiLanguage, translator, guidepostI18n, shippedLanguages, defaultLanguage, baseLanguage } from './i18n.js';
export type { UiStrings, Translate } from './i18n.js';
export type { KeysOf, UiKey } from './keys.js';
export { extraTranslator } from './extra.js';
