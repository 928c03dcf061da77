import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { lintTutorial, validateTutorial } from '../../../src/index.js';

const tutorial = (steps: object[], extra: object = {}) => ({ format: 1, id: 't', revision: 1, lang: 'vi', title: 'Hướng dẫn', steps, ...extra });
const codes = (data: unknown, options = {}) => lintTutorial(data, options).map((a) => `${a.path} ${a.code}`);

describe('lintTutorial', () => {
  it('finds nothing to say about plain, short steps', () => {
    expect(codes(tutorial([{ id: 'a', title: 'Mở ứng dụng', body: 'Bấm vào biểu tượng của ứng dụng.' }]))).to.deep.equal([]);
  });

  it('counts Vietnamese sentences in syllables and English ones in words', () => {
    const vi = Array.from({ length: 38 }, () => 'chữ').join(' ');
    const viLong = `${vi} thêm.`;
    expect(codes(tutorial([{ id: 'a', title: 'A', body: `${vi}.` }]))).to.deep.equal([]);
    expect(codes(tutorial([{ id: 'a', title: 'A', body: viLong }]))).to.deep.equal(['steps[0].body long-sentence']);
    const en = `${Array.from({ length: 26 }, () => 'word').join(' ')}.`;
    expect(codes(tutorial([{ id: 'a', title: 'A', body: { vi: 'Ngắn.', en } }]))).to.deep.equal(['steps[0].body.en long-sentence']);
  });

  it('says why it matters and how to fix it', () => {
    const [advice] = lintTutorial(tutorial([{ id: 'a', title: 'A', body: `${Array.from({ length: 40 }, () => 'chữ').join(' ')}.` }]));
    expect(advice!.severity).to.equal('warning');
    expect(advice!.message).to.match(/has 40 syllables\. Long sentences are hard to keep in mind .* older readers\. Split it/);
  });

  it('finds a step with more than one action, and a step text that is too long', () => {
    const several = tutorial([{ id: 'a', title: 'A', body: '1. Mở ứng dụng.\n2. Bấm Đăng nhập.' }, { id: 'b', title: 'B', body: 'Open the app, then press Log in.' }]);
    expect(codes(several)).to.deep.equal(['steps[0].body several-actions', 'steps[1].body several-actions']);
    const long = Array.from({ length: 15 }, () => 'Bấm vào nút này ở dưới cùng màn hình.').join(' ');
    expect(codes(tutorial([{ id: 'a', title: 'A', body: long }]))).to.deep.equal(['steps[0].body long-text']);
  });

  it('finds abbreviations not explained where first used, except those the portal allows', () => {
    const data = tutorial([
      { id: 'a', title: 'Mở VNeID', body: 'Nhập mã OTP. Mang căn cước công dân (CCCD).' },
      { id: 'b', title: 'B', body: 'Đưa CCCD và mã OTP.' },
    ]);
    expect(codes(data)).to.deep.equal(['steps[0].title unexplained-abbreviation', 'steps[0].body unexplained-abbreviation']);
    expect(codes(data, { abbreviations: ['VNeID', 'OTP'] })).to.deep.equal([]);
  });

  it('finds picture descriptions that describe nothing', () => {
    const data = tutorial([{ id: 'a', title: 'A', image: { src: 'img/x.png', alt: { vi: 'Hình ảnh', en: 'login.png' } } }]);
    expect(codes(data)).to.deep.equal(['steps[0].image.alt.vi unhelpful-alt', 'steps[0].image.alt.en unhelpful-alt']);
  });

  it('never throws, whatever it is given, and only ever warns', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        for (const advice of lintTutorial(data)) expect(advice.severity).to.equal('warning');
      }),
    );
    fc.assert(fc.property(fc.string(), fc.string(), (title, body) => void lintTutorial(tutorial([{ id: 'a', title, body }]))));
  });

  it('gives advice the shipped examples can act on, without errors', async () => {
    const data = await (await fetch('/raw/examples/vneid-level-2.json')).json();
    expect(validateTutorial(data).ok).to.equal(true);
    for (const advice of lintTutorial(data, { abbreviations: ['VNeID', 'OTP', 'QR'] })) expect(advice.message.length).to.be.greaterThan(40);
  });
});
