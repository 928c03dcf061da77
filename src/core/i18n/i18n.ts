import i18next, { type i18n as I18n, type TOptions } from 'i18next';
import type { UiKey } from './keys.js';

import { isShipped, shippedStrings, type ShippedLanguage } from './shipped.js';
import type { UiStrings } from './shipped.js';

export { shippedLanguages, type UiStrings } from './shipped.js';

/** The language whose strings stand in for any a language added at run time leaves out. */
const fallbackLanguage = 'en';

/** Shipped languages loaded or being loaded. */
const loading = new Map<string, Promise<void>>();
const loaded = new Set<string>();
/** Languages added with {@link addLanguage}, which need the fallback language's strings too. */
const added = new Set<string>();
const listeners = new Set<(lang: string) => void>();

function loadShipped(lang: ShippedLanguage): Promise<void> {
  let pending = loading.get(lang);
  if (!pending) {
    pending = shippedStrings[lang]().then(
      (strings) => {
        // Strings added with addLanguage() before these arrived win over the shipped ones.
        guidepostI18n().addResourceBundle(lang, 'translation', strings.default, true, false);
        loaded.add(lang);
        for (const listener of [...listeners]) listener(lang);
      },
      (error: unknown) => {
        // Offline or a failed request: a later call tries again.
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** The shipped languages `lang`'s UI needs: its own, and the fallback when some strings may be missing. */
function needed(lang: string | undefined): ShippedLanguage[] {
  const ui = uiLanguage(lang);
  const own = isShipped(ui) ? [ui] : [];
  return isShipped(ui) && !added.has(ui) ? own : [...own, fallbackLanguage];
}

/**
 * Loads the UI strings `lang` is shown with (see {@link uiLanguage}), once: the shipped
 * language's own module, plus English when `lang` was added with {@link addLanguage} (for the
 * strings it leaves out). Elements call it themselves; code that calls {@link translator}
 * directly awaits it first. Rejects when the strings could not be loaded (offline).
 */
export function loadLanguage(lang: string | undefined): Promise<void> {
  return Promise.all(needed(lang).map(loadShipped)).then(() => undefined);
}

/** Whether the strings `lang` is shown with are loaded, so {@link translator} has them now. */
export function isLanguageLoaded(lang: string | undefined): boolean {
  return needed(lang).every((l) => loaded.has(l));
}

/**
 * Calls `listener` with the language each time strings arrive: a shipped language loaded, or
 * strings given to {@link addLanguage}. Returns the function that stops it.
 */
export function onLanguageLoaded(listener: (lang: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

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
      resources: {},
      lng: defaultLanguage,
      fallbackLng: [fallbackLanguage],
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
  if (!isShipped(lang)) added.add(lang);
  for (const listener of [...listeners]) listener(lang);
}

/** Whether UI strings exist for `lang` or for its base language (`vi-VN` → `vi`). */
export function hasLanguage(lang: string): boolean {
  return known(lang) || known(baseLanguage(lang));
}

/** Shipped (loaded or not) or added at run time. */
function known(lang: string): boolean {
  return isShipped(lang) || guidepostI18n().hasResourceBundle(lang, 'translation');
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
  if (known(requested)) return requested;
  const base = baseLanguage(requested);
  return known(base) ? base : defaultLanguage;
}

/** A translate function bound to one language; its keys are checked against locales/en.json. */
export type Translate = (key: UiKey, options?: TOptions) => string;

/**
 * Returns a translate function for `lang` (see {@link uiLanguage} for how the language is
 * chosen). The strings must be loaded ({@link loadLanguage}); until they are, it starts loading
 * them and returns each key as it is.
 */
export function translator(lang: string | undefined): Translate {
  if (!isLanguageLoaded(lang)) loadLanguage(lang).catch(() => undefined);
  // i18next's overloads are typed for its own resource typing; ours is a plain string lookup.
  const fixed = guidepostI18n().getFixedT(uiLanguage(lang)) as unknown as (key: string, options?: TOptions) => unknown;
  return (key, options) => String(fixed(key, options));
}
