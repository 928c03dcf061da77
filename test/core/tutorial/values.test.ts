import { expect } from '@open-wc/testing';
import { bilingual, problemsOf, withSteps } from './tutorials.js';

describe('value checks', () => {
  it('checks a help channel value against its type', () => {
    const data = bilingual();
    data.help.channels = [
      { type: 'phone', label: 'Hotline', value: '19OO 0368' },
      { type: 'email', label: 'Email', value: 'hotro at example.gov.vn' },
      { type: 'link', label: 'Portal', value: 'javascript:alert(1)' },
      { type: 'chat', label: 'Chat', value: 'http://chat.example.vn' },
      { type: 'desk', label: 'Desk', value: '12 Đường Số 1', map: 'www.openstreetmap.org' },
    ];
    data.lang = 'vi';
    expect(problemsOf(data).filter((p) => p.code !== 'missing-translation')).to.deep.equal([
      {
        code: 'invalid-value',
        path: 'help.channels[0].value',
        message: 'Help channel 1 (phone): "value" is "19OO 0368", which is not a phone number. Use digits, spaces and + ( ) - only, such as "1900 0000".',
      },
      {
        code: 'invalid-value',
        path: 'help.channels[1].value',
        message: 'Help channel 2 (email): "value" is "hotro at example.gov.vn", which is not an email address. Write it like "hotro@example.gov.vn".',
      },
      {
        code: 'unsafe-link',
        path: 'help.channels[2].value',
        message: 'Help channel 3 (link): "value" is "javascript:alert(1)", which is not allowed. Links may only go to https:, tel: or mailto: addresses.',
      },
      {
        code: 'unsafe-link',
        path: 'help.channels[3].value',
        message: 'Help channel 4 (chat): "value" is "http://chat.example.vn", which is not secure. Write "https://chat.example.vn" instead.',
      },
      {
        code: 'unsafe-link',
        path: 'help.channels[4].map',
        message: 'Help channel 5 (desk): "map" is "www.openstreetmap.org", which is not a full address. Write the whole address, starting with https://.',
      },
    ]);
  });

  it('accepts good channel values, including in a step help', () => {
    const data = bilingual();
    data.steps[3].help.channels.push({ type: 'sms', label: { vi: 'Tin nhắn', en: 'Text message' }, value: '+84 912 345 678' });
    data.steps[3].help.channels.push({ type: 'email', label: { vi: 'Thư', en: 'Email' }, value: 'hotro@example.gov.vn' });
    expect(problemsOf(data)).to.deep.equal([]);
  });

  it('reports opening hours that close before they open', () => {
    const data = bilingual();
    data.help.channels[0].hours.push({ days: ['sa'], opens: '17:00', closes: '08:00' });
    expect(problemsOf(data)).to.deep.equal([
      {
        code: 'invalid-value',
        path: 'help.channels[0].hours[1].closes',
        message:
          'Opening hours 2 of help channel 1 (phone): it closes at "08:00", which is not after it opens at "17:00". For hours past midnight, write two entries: one until "24:00" and one from "00:00".',
      },
    ]);
  });

  it('allows images next to the tutorial or on https, nothing else', () => {
    const data = withSteps([
      { id: 'a', title: 'A', image: { src: 'img/a.png', alt: 'A' } },
      { id: 'b', title: 'B', image: { src: 'https://example.gov.vn/b.png', alt: 'B' } },
      { id: 'c', title: 'C', image: { src: 'http://example.gov.vn/c.png', alt: 'C' } },
      { id: 'd', title: 'D', image: { src: 'javascript:alert(1)', alt: 'D' } },
    ]);
    expect(problemsOf(data)).to.deep.equal([
      { code: 'unsafe-link', path: 'steps[2].image.src', message: 'Step 3 (c): the image "src" is "http://example.gov.vn/c.png", which is not secure. Write "https://example.gov.vn/c.png" instead.' },
      {
        code: 'unsafe-link',
        path: 'steps[3].image.src',
        message: 'Step 4 (d): the image "src" is "javascript:alert(1)", which is not allowed. Use a path next to the tutorial file, such as "img/step-1.png", or an https: address.',
      },
    ]);
  });

  it('allows recordings next to the tutorial or on https, one per language, nothing else', () => {
    const data = withSteps([
      { id: 'a', title: 'A', audio: { hmn: 'audio/a.hmn.mp3', vi: 'https://example.gov.vn/a.vi.mp3' } },
      { id: 'b', title: 'B', audio: { hmn: 'http://example.gov.vn/b.mp3', km: 'data:audio/mp3;base64,AAAA' } },
    ]);
    expect(problemsOf(data)).to.deep.equal([
      {
        code: 'unsafe-link',
        path: 'steps[1].audio.hmn',
        message: 'Step 2 (b): the recording for "hmn" is "http://example.gov.vn/b.mp3", which is not secure. Write "https://example.gov.vn/b.mp3" instead.',
      },
      {
        code: 'unsafe-link',
        path: 'steps[1].audio.km',
        message: 'Step 2 (b): the recording for "km" is "data:audio/mp3;base64,AAAA", which is not allowed. Use a path next to the tutorial file, such as "audio/step-1.km.mp3", or an https: address.',
      },
    ]);
  });

  it('refuses a recording list, an empty path and a key that is not a language', () => {
    const codes = (audio: unknown) => problemsOf(withSteps([{ id: 'a', title: 'A', audio }])).map((p) => `${p.code} ${p.path}`);
    expect(codes([])).to.deep.equal(['wrong-type steps[0].audio']);
    expect(codes({ vi: '' })).to.deep.equal(['empty-text steps[0].audio.vi']);
    expect(codes({ Vietnamese: 'a.mp3' })).to.have.length(1);
    expect(codes({ vi: 'audio/a.mp3' })).to.deep.equal([]);
  });

  it('asks for a target when a tour step advances on one', () => {
    const data = withSteps([{ id: 'phone', title: 'Phone', advanceOn: { event: 'change' } }]);
    expect(problemsOf(data)).to.deep.equal([
      { code: 'required', path: 'steps[0].target', message: 'Step 1 (phone) has "advanceOn" but no "target". Say which element of the page to watch, or remove "advanceOn".' },
    ]);
    data.steps[0].target = '#phone';
    expect(problemsOf(data)).to.deep.equal([]);
  });
});
