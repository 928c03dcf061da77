/**
 * The editor's own UI strings, in vi and en. They live in `locales/editor/`, apart from the
 * citizen's strings, so a citizen's page never downloads them; like the library's, they are
 * read through an i18next instance of their own, never the host page's global one.
 */
import i18next, { type i18n as I18n, type TOptions } from 'i18next';
import en from '../../locales/editor/en.json';
import vi from '../../locales/editor/vi.json';
import type { KeysOf } from '../index.js';

let instance: I18n | undefined;

function editorI18n(): I18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: { vi: { translation: vi }, en: { translation: en } },
      lng: 'vi',
      fallbackLng: ['en'],
      // Lit renders every string as a text node, which is the escaping.
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
      showSupportNotice: false,
    } as Parameters<I18n['init']>[0]);
  }
  return instance;
}

/**
 * The key of one of the editor's UI strings, such as `'editor.save'`: derived by the type
 * checker from `locales/editor/en.json`, so a key that is not there fails the typecheck.
 */
export type EditorKey = KeysOf<typeof en>;

/** Words one of the editor's UI strings in the editor's language. */
export type EditorTranslate = (key: EditorKey, options?: TOptions) => string;

/** The editor's UI languages. */
export const editorLanguages = ['vi', 'en'] as const;

/** The editor's UI language for `lang`: `vi` or `en` (others read English). */
export function editorLanguage(lang: string | undefined): 'vi' | 'en' {
  const base = (lang ?? '').split('-')[0]!.toLowerCase();
  return base === 'vi' ? 'vi' : base === 'en' || base !== '' ? 'en' : 'vi';
}

/** A translate function for the editor's strings in `lang`. */
export function editorTranslator(lang: string | undefined): EditorTranslate {
  const fixed = editorI18n().getFixedT(editorLanguage(lang)) as unknown as (key: string, options?: TOptions) => unknown;
  return (key, options) => String(fixed(key, options));
}
