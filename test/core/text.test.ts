import { expect } from '@open-wc/testing';
import { resolveText, resolveTextWithLang } from '../../src/core/text/index.js';

// "Tiếp tục" typed as base letters plus combining marks (NFD), and as precomposed letters (NFC).
const continueDecomposed = 'Ti\u0065\u0302\u0301p tu\u0323c';
const continueComposed = 'Ti\u1EBFp t\u1EE5c';

describe('resolveTextWithLang', () => {
  it('gives a plain string in the tutorial language', () => {
    expect(resolveTextWithLang('Bắt đầu', 'en', 'vi')).to.deep.equal({ text: 'Bắt đầu', lang: 'vi' });
  });

  it('picks the requested language when it is there', () => {
    expect(resolveTextWithLang({ vi: 'Có', en: 'Yes' }, 'en', 'vi')).to.deep.equal({ text: 'Yes', lang: 'en' });
  });

  it('matches language tags whatever their case, and answers with the tag as written', () => {
    expect(resolveTextWithLang({ vi: 'Có', 'en-GB': 'Yes' }, 'EN-gb', 'vi')).to.deep.equal({ text: 'Yes', lang: 'en-GB' });
  });

  it('falls back from a regional language to its base language', () => {
    expect(resolveTextWithLang({ vi: 'Có', en: 'Yes' }, 'vi-VN', 'en')).to.deep.equal({ text: 'Có', lang: 'vi' });
  });

  it('shortens a longer tag one subtag at a time', () => {
    const text = { zh: '是 (zh)', 'zh-Hant': '是 (Hant)', en: 'Yes' };
    expect(resolveTextWithLang(text, 'zh-Hant-TW', 'en')).to.deep.equal({ text: '是 (Hant)', lang: 'zh-Hant' });
    expect(resolveTextWithLang(text, 'zh-Hans-CN', 'en')).to.deep.equal({ text: '是 (zh)', lang: 'zh' });
  });

  it('shortens a tag with a private-use part down to its language', () => {
    expect(resolveTextWithLang({ de: 'Ja', en: 'Yes' }, 'de-CH-x-phonebk', 'en')).to.deep.equal({ text: 'Ja', lang: 'de' });
  });

  it('prefers another region of the same language over the tutorial language', () => {
    expect(resolveTextWithLang({ vi: 'Có', 'en-US': 'Yes' }, 'en-GB', 'vi')).to.deep.equal({ text: 'Yes', lang: 'en-US' });
  });

  it('falls back to the tutorial language when the requested one is missing', () => {
    expect(resolveTextWithLang({ vi: 'Có', en: 'Yes' }, 'fr', 'vi')).to.deep.equal({ text: 'Có', lang: 'vi' });
  });

  it('uses the tutorial language when no language is requested', () => {
    expect(resolveTextWithLang({ en: 'Yes', vi: 'Có' }, undefined, 'vi')).to.deep.equal({ text: 'Có', lang: 'vi' });
    expect(resolveTextWithLang({ en: 'Yes', vi: 'Có' }, '', 'vi')).to.deep.equal({ text: 'Có', lang: 'vi' });
  });

  it('applies the base-language fallback to the tutorial language too', () => {
    expect(resolveTextWithLang({ en: 'Yes', vi: 'Có' }, 'fr', 'vi-VN')).to.deep.equal({ text: 'Có', lang: 'vi' });
  });

  it('falls back to the first translation when neither language is there', () => {
    expect(resolveTextWithLang({ hmn: 'Yog', en: 'Yes' }, 'fr', 'vi')).to.deep.equal({ text: 'Yog', lang: 'hmn' });
  });

  it('treats an empty translation as missing', () => {
    expect(resolveTextWithLang({ vi: 'Có', en: '' }, 'en', 'vi')).to.deep.equal({ text: 'Có', lang: 'vi' });
  });

  it('gives empty text in the tutorial language when there is no translation at all', () => {
    expect(resolveTextWithLang({}, 'en', 'vi')).to.deep.equal({ text: '', lang: 'vi' });
    expect(resolveTextWithLang({ en: '' }, 'en', 'vi')).to.deep.equal({ text: '', lang: 'vi' });
  });

  it('normalizes decomposed Vietnamese to NFC, in plain strings and translations', () => {
    expect(continueDecomposed).to.not.equal(continueComposed);
    expect(resolveTextWithLang(continueDecomposed, 'vi', 'vi').text).to.equal(continueComposed);
    expect(resolveTextWithLang({ en: 'Continue', vi: continueDecomposed }, 'vi-VN', 'en')).to.deep.equal({
      text: continueComposed,
      lang: 'vi',
    });
  });
});

describe('resolveText', () => {
  it('gives only the text, falling back and normalized the same way', () => {
    expect(resolveText({ en: 'Continue', vi: continueDecomposed }, 'vi-VN', 'en')).to.equal(continueComposed);
    expect(resolveText({ vi: 'Có', en: 'Yes' }, 'fr', 'vi')).to.equal('Có');
    expect(resolveText('Xong', 'en', 'vi')).to.equal('Xong');
  });
});
