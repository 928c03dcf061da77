import { expect } from '@open-wc/testing';
import i18next from 'i18next';
import en from '../../locales/en.json';
import vi from '../../locales/vi.json';
import { addLanguage, guidepostI18n, isLanguageLoaded, loadLanguage, translator, uiLanguage, type UiStrings } from '../../src/core/i18n/index.js';

/** Every key of a UI strings file, as dotted paths (plural forms such as minutes_one are keys of their own). */
function keys(strings: UiStrings, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

describe('UI strings', () => {
  const shipped: Record<string, UiStrings> = { vi, en };

  for (const [lang, strings] of Object.entries(shipped)) {
    it(`${lang} has exactly the keys of en, none missing and none extra`, () => {
      const expected = keys(en).sort();
      const actual = keys(strings).sort();
      expect(actual.filter((k) => !expected.includes(k)), `extra keys in ${lang}`).to.deep.equal([]);
      expect(expected.filter((k) => !actual.includes(k)), `keys missing from ${lang}`).to.deep.equal([]);
    });

    it(`${lang} has no empty string and keeps every {{placeholder}} of en`, () => {
      const flat = (s: UiStrings, p = ''): [string, string][] =>
        Object.entries(s).flatMap(([k, v]) => (typeof v === 'string' ? [[`${p}${k}`, v] as [string, string]] : flat(v, `${p}${k}.`)));
      const enMap = new Map(flat(en));
      for (const [key, value] of flat(strings)) {
        expect(value.trim(), key).to.not.equal('');
        const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
        expect(placeholders(value), key).to.deep.equal(placeholders(enMap.get(key)!));
        expect(value, key).to.equal(value.normalize('NFC'));
      }
    });
  }
});

describe('loading UI strings', () => {
  // First in this file: nothing has loaded a language yet.
  it('loads only the language asked for, and English only for a language added at run time', async () => {
    expect(isLanguageLoaded('vi')).to.equal(false);
    expect(translator('vi')('tutorial.next')).to.equal('tutorial.next');
    await loadLanguage('vi-VN');
    expect(isLanguageLoaded('vi')).to.equal(true);
    expect(translator('vi')('tutorial.stepOf', { current: 1, total: 2 })).to.equal('Bước 1 trên 2');
    expect(isLanguageLoaded('en')).to.equal(false);

    addLanguage('tyz', { tutorial: { next: 'Pây tiếp' } });
    expect(uiLanguage('tyz')).to.equal('tyz');
    // Its missing strings come from English, which loads with it.
    expect(isLanguageLoaded('tyz')).to.equal(false);
    await loadLanguage('tyz');
    expect(isLanguageLoaded('en')).to.equal(true);
    expect(translator('tyz')('tutorial.next')).to.equal('Pây tiếp');
    expect(translator('tyz')('tutorial.back')).to.equal('Back');
  });

  it('keeps strings added for a shipped language over the shipped ones that load later', async () => {
    // vi and en are loaded by now; a fresh language would need a fresh page, so this checks the merge rule.
    addLanguage('en', { tutorial: { next: 'Onward' } });
    await loadLanguage('en');
    expect(translator('en')('tutorial.next')).to.equal('Onward');
    addLanguage('en', { tutorial: { next: 'Next' } });
  });
});

describe('the library i18n instance', () => {
  before(() => Promise.all([loadLanguage('vi'), loadLanguage('en')]));

  it('translates with plurals and interpolation, without HTML escaping', () => {
    const t = translator('en');
    expect(t('tutorial.stepOf', { current: 2, total: 7 })).to.equal('Step 2 of 7');
    expect(t('tutorial.minutes', { count: 1 })).to.equal('About 1 minute');
    expect(t('tutorial.minutes', { count: 10 })).to.equal('About 10 minutes');
    expect(t('tutorial.completeBody', { title: 'A & B <c>' })).to.equal('You have completed all the steps of “A & B <c>”.');
    expect(translator('vi')('tutorial.stepOf', { current: 3, total: 7 })).to.equal('Bước 3 trên 7');
  });

  it('picks the base language and falls back to Vietnamese for unknown languages', () => {
    expect(uiLanguage('en-GB')).to.equal('en');
    expect(uiLanguage('vi-VN')).to.equal('vi');
    expect(uiLanguage('fr')).to.equal('vi');
    expect(uiLanguage(undefined)).to.equal('vi');
  });

  it('is its own instance, never the host page global one', () => {
    expect(guidepostI18n()).to.not.equal(i18next);
    expect(i18next.isInitialized).to.not.equal(true);
  });

  it('adds a language without Intl plural rules at run time, falling back to English per key', () => {
    addLanguage('hmn', { tutorial: { next: 'Mus ntxiv', minutes_one: 'Li {{count}} feeb', minutes_other: 'Li {{count}} feeb' } });
    const t = translator('hmn');
    expect(t('tutorial.next')).to.equal('Mus ntxiv');
    expect(t('tutorial.minutes', { count: 1 })).to.equal('Li 1 feeb');
    expect(t('tutorial.minutes', { count: 5 })).to.equal('Li 5 feeb');
    expect(t('tutorial.back')).to.equal('Back');
  });
});
