import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { chooseVoice, readingScript, spokenText, splitSentences, type VoiceLike } from '../../../src/index.js';
import { locateSentence } from '../../../src/core/read/index.js';
import { hasVoice } from '../../../src/core/speech/index.js';

const words = { position: 'Bước 2 trên 7', tip: 'Mẹo', warning: 'Lưu ý', chooseOne: 'Chọn một' };

describe('read aloud: the script of a step', () => {
  it('reads the place, title, text, tip, warning and choices in order, a sentence at a time', () => {
    const script = readingScript(
      {
        title: 'Mở ứng dụng **VNeID**',
        body: 'Tìm biểu tượng VNeID. Chạm vào biểu tượng đó!\n\n- Nếu chưa có, hãy cài ứng dụng\n- Sau đó mở lại',
        tip: 'Ứng dụng có *logo* màu đỏ.',
        warning: 'Không đưa mật khẩu cho ai. Cán bộ không bao giờ hỏi.',
        choices: ['Có, tôi đã cài', 'Chưa cài'],
      },
      words,
      'vi',
    );
    expect(script).to.deep.equal([
      { part: 'position', sentences: ['Bước 2 trên 7'] },
      { part: 'title', sentences: ['Mở ứng dụng VNeID.'] },
      { part: 'body', sentences: ['Tìm biểu tượng VNeID.', 'Chạm vào biểu tượng đó!', 'Nếu chưa có, hãy cài ứng dụng.', 'Sau đó mở lại.'] },
      { part: 'tip', sentences: ['Mẹo: Ứng dụng có logo màu đỏ.'] },
      { part: 'warning', sentences: ['Lưu ý: Không đưa mật khẩu cho ai.', 'Cán bộ không bao giờ hỏi.'] },
      { part: 'choices', sentences: ['Chọn một:', 'Có, tôi đã cài.', 'Chưa cài.'] },
    ]);
  });

  it('leaves out the parts a step does not have', () => {
    const script = readingScript({ title: 'Install the app', body: '  ' }, { ...words, position: 'Step 1 of 3' }, 'en');
    expect(script.map((p) => p.part)).to.deep.equal(['position', 'title']);
  });

  it('reads a link by its text, an address without https://, and a phone number digit by digit', () => {
    expect(spokenText('Mở [Cổng Dịch vụ công](https://dichvucong.gov.vn) để nộp hồ sơ.')).to.equal('Mở Cổng Dịch vụ công để nộp hồ sơ.');
    expect(spokenText('Vào https://www.dichvucong.gov.vn/ ngay.')).to.equal('Vào dichvucong.gov.vn ngay.');
    expect(spokenText('Gọi 1900 0368 hoặc [024 3825 1234](tel:+842438251234).')).to.equal('Gọi 1 9 0 0, 0 3 6 8 hoặc 0 2 4, 3 8 2 5, 1 2 3 4.');
    expect(spokenText('Số 0912-345-678.')).to.equal('Số 0 9 1 2, 3 4 5, 6 7 8.');
  });

  it('reads amounts, years and short numbers as numbers, not digit by digit', () => {
    expect(spokenText('Phí 100.000 đồng, từ năm 2026, mã 123456.')).to.equal('Phí 100.000 đồng, từ năm 2026, mã 123456.');
  });

  it('never reads a Markdown mark or leaves an empty sentence, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 40 }), (body, title) => {
        const script = readingScript({ title, body, tip: body, choices: [title] }, words, 'vi');
        for (const part of script) {
          expect(part.sentences.length).to.be.greaterThan(0);
          for (const sentence of part.sentences) expect(sentence.trim()).to.not.equal('');
        }
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });

  it('keeps every word of a plain text when it splits it into sentences', () => {
    const word = fc.stringMatching(/^[a-zA-Zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễđ]{1,8}$/u);
    const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 6 }), fc.constantFrom('.', '!', '?')).map(([w, end]) => `${w.join(' ')}${end}`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), fc.constantFrom('vi', 'en'), (sentences, lang) => {
        const text = sentences.join(' ');
        const split = splitSentences(text, lang);
        expect(split.join(' ')).to.equal(text);
        expect(split.length).to.be.at.least(1);
      }),
      { seed: 20261204, numRuns: 200 },
    );
  });
});

describe('read aloud: the voice', () => {
  const voice = (lang: string, name: string, localService = false, isDefault = false): VoiceLike => ({ lang, name, localService, default: isDefault });

  it('takes a voice of the text\'s language, the exact tag and a voice on the device first', () => {
    const voices = [voice('en-US', 'English', true, true), voice('vi-VN', 'Google Tiếng Việt'), voice('vi-VN', 'Linh', true), voice('fr-FR', 'Amélie', true)];
    expect(chooseVoice(voices, 'vi')?.name).to.equal('Linh');
    expect(chooseVoice(voices, 'vi-VN')?.name).to.equal('Linh');
    expect(chooseVoice(voices, 'en')?.name).to.equal('English');
  });

  it('reads the usual region of a bare language first, and accepts vi_VN spellings', () => {
    expect(chooseVoice([voice('en-GB', 'UK', true), voice('en-US', 'US')], 'en-GB')?.name).to.equal('UK');
    expect(chooseVoice([voice('en-GB', 'UK'), voice('en-US', 'US')], 'en')?.name).to.equal('US');
    expect(chooseVoice([voice('vi_VN', 'Android')], 'vi')?.name).to.equal('Android');
  });

  it('never reads a language with another language\'s voice', () => {
    const voices = [voice('en-US', 'English', true, true), voice('vi-VN', 'Linh', true)];
    expect(chooseVoice(voices, 'hmn')).to.equal(undefined);
    expect(chooseVoice([voice('en-US', 'English', true, true)], 'vi')).to.equal(undefined);
    expect(chooseVoice([], 'vi')).to.equal(undefined);
    fc.assert(
      fc.property(fc.array(fc.record({ lang: fc.constantFrom('vi-VN', 'en-US', 'en-GB', 'fr', 'km-KH', 'vi', 'hmn'), name: fc.string(), localService: fc.boolean(), default: fc.boolean() })), fc.constantFrom('vi', 'en', 'km', 'hmn', 'tày'), (list, lang) => {
        const chosen = chooseVoice(list, lang);
        if (chosen) expect(chosen.lang.split(/[-_]/)[0]!.toLowerCase()).to.equal(lang);
        else expect(list.some((v) => v.lang.split('-')[0] === lang)).to.equal(false);
      }),
      { seed: 20261204 },
    );
  });
});

describe('read aloud: finding the sentence said on the screen', () => {
  it('finds a sentence said without its marks, full stop or https://, and a phone number said digit by digit', () => {
    const shown = 'Mở trang https://dichvucong.gov.vn rồi gọi 1900 0000 nếu cần.';
    const span = locateSentence(shown, spokenText(shown));
    expect(span && shown.slice(span.start, span.end)).to.equal('Mở trang https://dichvucong.gov.vn rồi gọi 1900 0000 nếu cần');
    const tip = 'MẹoBiểu tượng hình tam giác.';
    const found = locateSentence(tip, 'Mẹo: Biểu tượng hình tam giác.');
    expect(found && tip.slice(found.start, found.end)).to.equal(tip.slice(0, -1));
  });

  it('finds composed text in decomposed text (NFC in NFD), and a repeated sentence in order from `from`', () => {
    const shown = 'Chạm vào Cài đặt. Chạm vào Cài đặt.'.normalize('NFD');
    const first = locateSentence(shown, 'Chạm vào Cài đặt.')!;
    const second = locateSentence(shown, 'Chạm vào Cài đặt.', first.end)!;
    expect(first.start).to.equal(0);
    expect(second.start).to.be.greaterThan(first.end);
    expect(shown.slice(second.start, second.end).normalize('NFC')).to.equal('Chạm vào Cài đặt');
  });

  it('finds every sentence of any text it split itself, in order, each inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Mở', 'ứng', 'dụng', 'VNeID', '123', 'Cài', 'đặt', '.', '!', '?', ' ', '**', '-', 'x'), { maxLength: 40 }), (pieces) => {
        const shown = pieces.join(' ');
        let from = 0;
        for (const sentence of splitSentences(spokenText(shown), 'vi')) {
          const span = locateSentence(shown, sentence, from);
          if (!/[\p{L}\p{N}]/u.test(sentence)) continue;
          expect(span, sentence).to.not.equal(undefined);
          expect(span!.start).to.be.at.least(from);
          expect(span!.end).to.be.at.most(shown.length);
          from = span!.end;
        }
      }),
    );
  });

  it('says where a voice exists only for the same language: vi_VN and vi-VN for vi, never en for vi', () => {
    expect(hasVoice([{ lang: 'en-US' }, { lang: 'en-GB' }], 'vi')).to.equal(false);
    expect(hasVoice([{ lang: 'en-US' }, { lang: 'vi_VN' }], 'vi')).to.equal(true);
    expect(hasVoice([{ lang: 'vi-VN' }], 'vi-VN')).to.equal(true);
    expect(hasVoice([], 'vi')).to.equal(false);
  });
});
