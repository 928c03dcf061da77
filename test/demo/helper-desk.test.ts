// The demo helper desk as a hotline operator with a screen reader meets it: the page itself, in
// a frame, served as `npm start` serves it (/raw/: its scripts, the CDN build from `npm run
// build`, and the example tutorials), read through Chromium's accessibility tree.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { encodeReference } from '../../src/core/help/index.js';
import type { Tutorial } from '../../src/core/tutorial/index.js';
import vi from '../../locales/vi.json';
import vneid from '../../examples/vneid-level-2.json';
import { axTree } from '../elements/ax.js';
import { textOf } from '../elements/helpers.js';

const address = '/raw/demo/helper-desk.html';

async function openDesk(lang: 'vi' | 'en'): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  localStorage.setItem('demo:lang', lang);
  const frame = document.createElement('iframe');
  frame.title = 'helper desk';
  frame.style.setProperty('width', '800px');
  frame.style.setProperty('height', '900px');
  frame.src = address;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('#known tr'), 'the desk did not load its guides (run npm run build first)', { timeout: 10000 });
  return { frame, doc: frame.contentDocument! };
}

/** Types `code` into the field with real key presses and sends it with Enter. */
async function lookUp(doc: Document, code: string): Promise<void> {
  const input = doc.querySelector<HTMLInputElement>('#code')!;
  input.focus();
  input.select();
  await sendKeys({ type: code });
  await sendKeys({ press: 'Enter' });
}

describe('The demo helper desk', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
    localStorage.clear();
  });

  it('calls the code “Mã tra cứu”, as the citizen’s dialog does, and reads it one character at a time', async () => {
    const opened = await openDesk('vi');
    frame = opened.frame;
    const { doc } = opened;
    expect(vi.help.referenceHeading.startsWith('Mã tra cứu')).to.equal(true);
    expect(textOf(doc.querySelector('label[for="code"]'))).to.equal('Mã tra cứu');
    expect(doc.body.textContent).to.not.contain('tham chiếu');
    const code = encodeReference({ tutorialId: vneid.id, revision: vneid.revision, stepId: 'install-app' }, vneid as Tutorial);
    await lookUp(doc, code);
    const heading = doc.querySelector('#result-heading')!;
    await waitUntil(() => textOf(heading).includes('Cài ứng dụng VNeID'), 'no result');
    const spoken = `${[...code.slice(0, 4)].join(' ')}, ${[...code.slice(5)].join(' ')}`;
    const tree = await axTree(address);
    // (Chromium puts a space between the hidden code's box and the colon.)
    const named = tree.all('heading').find((n) => n.name.replace(/\s+:/, ':') === `Mã tra cứu ${spoken}: Cài ứng dụng VNeID`);
    expect(named, tree.all('heading').map((n) => n.name).join(' | ')).to.exist;
    expect(named!.level).to.equal(2);
    // Only the field holds the code as typed.
    const saidAsNumbers = tree.nodes.filter((n) => n.name.includes(code) && n.role !== 'textbox' && !tree.closest(n, 'textbox'));
    expect(saidAsNumbers.map((n) => `${n.role}: ${n.name}`)).to.deep.equal([]);
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`says a mistyped code once, as an alert and not also as the field’s description, in ${lang}`, async () => {
      const opened = await openDesk(lang);
      frame = opened.frame;
      const { doc } = opened;
      const code = encodeReference({ tutorialId: vneid.id, revision: vneid.revision, stepId: 'install-app' }, vneid as Tutorial);
      const wrong = `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`;
      await lookUp(doc, wrong);
      const problem = doc.querySelector('#code-problem')!;
      await waitUntil(() => textOf(problem) !== '', 'no message');
      const input = doc.querySelector<HTMLInputElement>('#code')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(doc.activeElement === input, 'focus stays in the field').to.equal(true);
      const tree = await axTree(address);
      const field = tree.focused!;
      expect(field.role).to.equal('textbox');
      const alert = tree.one('alert');
      const message = tree.descendants(alert).map((n) => n.name).join(' ');
      expect(message).to.contain([...wrong.slice(0, 4)].join(' '));
      expect(field.description).to.not.contain(message.slice(0, 20));
      expect(field.description).to.equal(textOf(doc.querySelector('#code-hint')));
    });

    it(`captions its table and marks each language button with its language, in ${lang}`, async () => {
      const opened = await openDesk(lang);
      frame = opened.frame;
      const { doc } = opened;
      doc.querySelector<HTMLElement>('.known summary')!.click();
      await waitUntil(() => doc.querySelector<HTMLDetailsElement>('.known')!.open);
      const caption = textOf(doc.querySelector('.known caption'));
      expect(caption).to.not.equal('');
      const tree = await axTree(address);
      expect(tree.one('table').name).to.equal(caption);
      expect(doc.querySelector('[data-lang="vi"]')!.getAttribute('lang')).to.equal('vi');
      expect(doc.querySelector('[data-lang="en"]')!.getAttribute('lang')).to.equal('en');
      expect(doc.documentElement.lang).to.equal(lang);
    });
  }
});
