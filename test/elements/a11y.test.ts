// What a person meets (issue 16): a low-vision citizen on a 320 × 640 phone at A, A+, A++ or
// 200 % browser text, and a blind citizen with a screen reader. Layout is measured with
// getBoundingClientRect in Chromium; names and descriptions are read from Chromium's own
// accessibility tree (scripts/wtr-ax-plugin.mjs), so "said twice" means what a screen reader gets.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/gp-tour.js';
import '../../src/elements/gp-tutorial.js';
import type { GpTour } from '../../src/elements/gp-tour.js';
import type { GpTutorial } from '../../src/elements/gp-tutorial.js';
import type { Tutorial } from '../../src/core/tutorial/index.js';
import { resetTextSizeForTests } from '../../src/elements/controllers/text-size.js';
import { liveRegionText } from '../../src/elements/common/live-region.js';
import { translator } from '../../src/core/i18n/index.js';
import residence from '../../examples/tour-residence-form.json';
import vneid from '../../examples/vneid-level-2.json';
import { axTree, spokenOnFocus, type AxTree } from './ax.js';
import { deepActiveElement, expectAccessible, textOf } from './helpers.js';

const both = (en: string, vi: string) => ({ en, vi });

/** A tour with long titles, a step with choices and a step far from the first. */
const long: Tutorial = {
  format: 1,
  id: 'a11y-long-tour',
  revision: 1,
  lang: 'vi',
  title: both('Register your family’s temporary residence at the ward office', 'Đăng ký tạm trú cho cả gia đình tại bộ phận một cửa của phường'),
  steps: [
    {
      id: 'papers',
      title: both('Get the identity cards of everyone who will live with you ready', 'Chuẩn bị sẵn căn cước của tất cả những người sẽ ở cùng bạn'),
      body: both('Keep them next to you. '.repeat(30), 'Để tất cả bên cạnh bạn. '.repeat(30)),
      tip: both('A photo of each card is not enough.', 'Ảnh chụp căn cước là chưa đủ.'),
    },
    {
      id: 'name',
      title: both('Type the full name of the head of the household, with accents', 'Gõ họ và tên đầy đủ của chủ hộ, có dấu'),
      body: both('As on the card. '.repeat(20), 'Giống như trên thẻ. '.repeat(20)),
      target: '#full-name',
    },
    {
      id: 'owner',
      title: both('Do you own the house you live in?', 'Bạn có phải là chủ căn nhà bạn đang ở không?'),
      body: both('Choose the answer that fits. '.repeat(10), 'Chọn câu trả lời đúng với bạn. '.repeat(10)),
      target: '#ward',
      choices: [
        { label: both('Yes, I own it', 'Có, tôi là chủ nhà'), next: 'send' },
        { label: both('No, I rent it or live with family', 'Không, tôi thuê hoặc ở nhờ'), next: 'send' },
      ],
    },
    { id: 'send', title: both('Send the form', 'Gửi tờ khai'), target: '#submit' },
  ],
};

type Size = { name: string; size: 'normal' | 'large' | 'largest'; root: string };
const sizes: Size[] = [
  { name: 'A', size: 'normal', root: '' },
  { name: 'A+', size: 'large', root: '' },
  { name: 'A++', size: 'largest', root: '' },
  { name: '200 % browser text', size: 'normal', root: '200%' },
];

/** The citizen's text size, as a guide remembers it, and the browser's text size. */
function useTextSize(s: Size): void {
  localStorage.setItem('guidepost:text-size', s.size);
  resetTextSizeForTests();
  document.documentElement.style.fontSize = s.root;
}

function resetTextSize(): void {
  localStorage.clear();
  resetTextSizeForTests();
  document.documentElement.style.fontSize = '';
}

const reducedMotion = [{ name: 'prefers-reduced-motion', value: 'reduce' }];

function page(): TemplateResult {
  return html`<style>
      .a11y-page { overflow-wrap: anywhere; }
      .a11y-page h1 { font-size: 1.5rem; }
      .a11y-page input, .a11y-page select { min-width: 0; max-width: 100%; font: inherit; }
    </style>
    <main class="a11y-page" style="padding: 1rem; font-size: 1.25rem">
    <h1>Residence declaration</h1>
    <form style="display: grid; gap: 0.5rem; max-width: min(20rem, 100%)">
      <label for="full-name">Full name</label>
      <input id="full-name" />
      <label for="id-number">ID card number</label>
      <input id="id-number" inputmode="numeric" />
      <label for="phone">Phone</label>
      <input id="phone" type="tel" />
      <label for="ward">Ward</label>
      <select id="ward"><option value="">Choose</option><option>Tây Tựu</option></select>
      <div style="height: 1200px"></div>
      <button type="button" id="submit">Send</button>
    </form>
  </main>`;
}

async function openTour(tutorial: unknown, lang: string): Promise<GpTour> {
  const wrapper = await fixture<HTMLElement>(html`<div>${page()}<gp-tour lang=${lang} storage="none" .tutorial=${tutorial}></gp-tour></div>`);
  const el = wrapper.querySelector<GpTour>('gp-tour')!;
  await el.start();
  await settledDocked(el);
  return el;
}

const part = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

async function settledDocked(el: GpTour): Promise<void> {
  await waitUntil(() => part(el, '.panel')?.classList.contains('docked'), 'the panel did not dock');
  await nextFrame();
  await nextFrame();
  await nextFrame();
}

/** The part of `r` inside `box`. */
function clip(r: DOMRect, box: DOMRect): DOMRect {
  const left = Math.max(r.left, box.left);
  const top = Math.max(r.top, box.top);
  return new DOMRect(left, top, Math.max(0, Math.min(r.right, box.right) - left), Math.max(0, Math.min(r.bottom, box.bottom) - top));
}

const viewport = () => new DOMRect(0, 0, window.innerWidth, window.innerHeight);
const round = (r: DOMRect) => `${Math.round(r.top)}…${Math.round(r.bottom)}`;

/** Whether `r` lies wholly inside `box` (to a pixel). */
function inside(r: DOMRect, box: DOMRect): boolean {
  return r.height > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.left >= box.left - 1 && r.right <= box.right + 1;
}

/**
 * What the citizen sees of the docked step when it opens: the panel's visible box (in the
 * viewport), and inside it what the step's scrolling middle shows. The heading (focused) must
 * be wholly in view there, and the main action (Next or the first choice) wholly in the panel.
 */
function expectFirstScreen(el: GpTour, label: string): void {
  const panel = part(el, '.panel')!;
  const seen = clip(panel.getBoundingClientRect(), viewport());
  const scroll = part(el, '.scroll')!;
  const middle = clip(scroll.getBoundingClientRect(), seen);
  const heading = part(el, '.step-heading')!;
  const action = part(el, '.actions .next') ?? part(el, '.actions .choice')!;
  // Booleans, not elements: a failing check on elements serializes whole trees and stalls the runner.
  expect(deepActiveElement() === heading, `${label}: focus on the heading`).to.equal(true);
  expect(scroll.scrollTop, `${label}: the step starts at its top`).to.equal(0);
  expect(inside(heading.getBoundingClientRect(), middle), `${label}: heading ${round(heading.getBoundingClientRect())} in view ${round(middle)}`).to.equal(true);
  expect(inside(action.getBoundingClientRect(), seen), `${label}: ${textOf(action)} ${round(action.getBoundingClientRect())} in the panel ${round(seen)}`).to.equal(true);
  expect(inside(part(el, '.close')!.getBoundingClientRect(), seen), `${label}: Close in the panel`).to.equal(true);
  // The panel itself does not scroll: the step's middle does, and what does not fit is there.
  expect(panel.scrollHeight, `${label}: the panel scrolls`).to.be.at.most(panel.clientHeight + 1);
  expect(document.documentElement.scrollWidth, `${label}: sideways scroll`).to.be.at.most(window.innerWidth);
}

/** Presses Next (or the first choice) with the keyboard and waits for the step `title`. */
async function pressMainAction(el: GpTour, title: string): Promise<void> {
  const action = part(el, '.actions .next') ?? part(el, '.actions .choice')!;
  action.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => textOf(part(el, '.step-title')) === title, `no step “${title}”: ${textOf(part(el, '.step-title'))}`);
  await settledDocked(el);
}

/** Fails when a phrase of what is said on focus comes twice. */
function expectSaidOnce(tree: AxTree, label: string): string[] {
  const focused = tree.focused;
  expect(focused, `${label}: nothing focused in the accessibility tree`).to.exist;
  const said = spokenOnFocus(tree, focused!);
  expect(new Set(said).size, `${label}: said twice: ${JSON.stringify(said)}`).to.equal(said.length);
  return said;
}

describe('A docked tour step on a 320 × 640 phone, at every text size', () => {
  before(() => executeServerCommand('emulate-media-features', reducedMotion));
  beforeEach(async () => {
    await setViewport({ width: 320, height: 640 });
    window.scrollTo(0, 0);
  });
  afterEach(resetTextSize);
  after(async () => {
    await executeServerCommand('emulate-media-features', []);
    await setViewport({ width: 800, height: 600 });
  });

  for (const s of sizes) {
    for (const lang of ['vi', 'en']) {
      it(`shows the heading and Next on the panel’s first screen, at ${s.name}, in ${lang}`, async () => {
        useTextSize(s);
        const el = await openTour(residence, lang);
        const text = (t: { vi: string; en: string }) => t[lang as 'vi' | 'en'];
        expect(getComputedStyle(el).fontSize).to.equal(s.name === 'A' ? '20px' : s.name === 'A+' ? '30px' : '40px');
        expectFirstScreen(el, 'step 1');
        await pressMainAction(el, text(residence.steps[1]!.title));
        expectFirstScreen(el, 'step 2');
        // The target is scrolled into the room above the panel.
        const field = document.querySelector('#full-name')!.getBoundingClientRect();
        expect(field.top, 'field top').to.be.at.least(0);
        expect(field.bottom, 'field above the panel').to.be.at.most(part(el, '.panel')!.getBoundingClientRect().top + 1);
        el.end();
      });

      it(`keeps a long step’s heading and its actions in view, choices included, at ${s.name}, in ${lang}`, async () => {
        useTextSize(s);
        const el = await openTour(long, lang);
        const text = (t: { vi: string; en: string }) => t[lang as 'vi' | 'en'];
        expectFirstScreen(el, 'step 1');
        // The long text scrolls inside the step's middle, under the heading.
        const scroll = part(el, '.scroll')!;
        expect(scroll.scrollHeight, 'the long step scrolls within the panel').to.be.greaterThan(scroll.clientHeight);
        await pressMainAction(el, text(long.steps[1]!.title as { vi: string; en: string }));
        expectFirstScreen(el, 'step 2, with Back');
        await pressMainAction(el, text(long.steps[2]!.title as { vi: string; en: string }));
        expectFirstScreen(el, 'step 3, with choices');
        if (s.name === 'A++') await expectAccessible(el);
        el.end();
      });
    }
  }

  it('makes room for the heading again when the citizen picks A++ in another guide while the step is open', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <gp-tutorial lang="vi" storage="none" .tutorial=${vneid}></gp-tutorial>
      ${page()}
      <gp-tour lang="vi" storage="none" .tutorial=${long}></gp-tour>
    </div>`);
    const tour = wrapper.querySelector<GpTour>('gp-tour')!;
    const tutorial = wrapper.querySelector<GpTutorial>('gp-tutorial')!;
    await waitUntil(() => part(tutorial, '.text-size-button'), 'no text size control');
    await tour.start();
    await settledDocked(tour);
    expectFirstScreen(tour, 'at A');
    // The tour is not modal: the citizen reaches the other guide's A++ and presses it.
    const largest = [...tutorial.shadowRoot!.querySelectorAll<HTMLButtonElement>('.text-size-button')].pop()!;
    largest.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => getComputedStyle(tour).fontSize === '40px', 'the tour did not follow A++');
    part(tour, '.step-heading')!.focus();
    await waitUntil(() => {
      const seen = clip(part(tour, '.panel')!.getBoundingClientRect(), viewport());
      return inside(part(tour, '.step-heading')!.getBoundingClientRect(), seen) && inside(part(tour, '.actions .next')!.getBoundingClientRect(), seen);
    }, 'the heading or Next is out of view at A++');
    tour.end();
  });
});

describe('Get help at 320 × 640, at A++ and at 200 % browser text', () => {
  beforeEach(() => setViewport({ width: 320, height: 640 }));
  afterEach(resetTextSize);
  after(() => setViewport({ width: 800, height: 600 }));

  const helpSizes = sizes.filter((s) => s.name === 'A++' || s.name.startsWith('200'));
  for (const s of helpSizes) {
    for (const lang of ['vi', 'en']) {
      for (const host of ['gp-tutorial', 'gp-tour'] as const) {
        it(`puts Close at the top of ${host}’s help, focused and in view, the dialog named once, at ${s.name}, in ${lang}`, async () => {
          useTextSize(s);
          const t = translator(lang);
          let el: HTMLElement;
          if (host === 'gp-tutorial') {
            el = await fixture<GpTutorial>(html`<gp-tutorial lang=${lang} storage="none" start="install-app" .tutorial=${vneid}></gp-tutorial>`);
            await waitUntil(() => part(el, '.help-button'), 'no Get help');
          } else {
            el = await openTour(long, lang);
          }
          part(el, '.help-button')!.focus();
          await sendKeys({ press: 'Enter' });
          const dialog = el.shadowRoot!.querySelector('dialog')!;
          await waitUntil(() => dialog.open && dialog.querySelector('gp-help')?.shadowRoot?.querySelector('[part~="code"]'), 'help did not open');
          const close = part(el, '.help-close-top');
          expect(close !== null && deepActiveElement() === close, 'focus on the Close at the top').to.equal(true);
          expect(textOf(close)).to.equal(t('help.close'));
          if (!close) return;
          expect(dialog.scrollTop).to.equal(0);
          const seen = clip(dialog.getBoundingClientRect(), viewport());
          expect(inside(close.getBoundingClientRect(), seen), `Close ${round(close.getBoundingClientRect())} in the dialog's first screen ${round(seen)}`).to.equal(true);
          // Nothing said twice: "Get help from a person, dialog, Close, button".
          const tree = await axTree();
          const said = expectSaidOnce(tree, 'help');
          expect(said).to.deep.equal([t('help.heading'), t('help.close')]);
          const named = tree.one('dialog', t('help.heading'));
          expect(tree.closest(tree.focused!, 'dialog')).to.deep.equal(named);
          // The heading is still there to find by heading navigation, not focused.
          expect(tree.descendants(named).filter((n) => n.role === 'heading' && n.name === t('help.heading')).length).to.equal(1);
          // The code and the helpline are read one character at a time, group by group.
          const texts = tree.descendants(named).map((n) => n.name);
          const code = textOf(dialog.querySelector('gp-help')!.shadowRoot!.querySelector('.code-text'));
          expect(texts).to.include([...code.replace('-', '')].slice(0, 4).join(' ') + ', ' + [...code.replace('-', '')].slice(4).join(' '));
          expect(texts.filter((n) => n.includes(code))).to.deep.equal([]);
          if (host === 'gp-tutorial') {
            const call = tree.descendants(named).find((n) => n.role === 'link' && n.name.startsWith(t('help.call', { label: '' }).trim()));
            expect(call?.name).to.equal(`${t('help.call', { label: vneid.help.channels[0]!.label[lang as 'vi' | 'en'] })} 1 9 0 0, 0 0 0 0`);
          }
          await expectAccessible(el);
          await sendKeys({ press: 'Enter' });
          await waitUntil(() => !dialog.open, 'Close did not close the help');
          expect(deepActiveElement() === part(el, '.help-button'), 'focus back on Get help').to.equal(true);
          if (host === 'gp-tour') (el as GpTour).end();
        });
      }
    }
  }
});

describe('Nothing said twice, in the accessibility tree', () => {
  afterEach(resetTextSize);

  for (const lang of ['vi', 'en']) {
    const t = translator(lang);
    const text = (x: { vi: string; en: string }) => x[lang as 'vi' | 'en'];

    it(`names the tour’s dialog by the tour, and its focused heading says the step, in ${lang}`, async () => {
      const el = await openTour(long, lang);
      const tree = await axTree();
      const dialog = tree.one('dialog', text(long.title as { vi: string; en: string }));
      const focused = tree.focused!;
      expect(focused.role).to.equal('heading');
      // Chromium puts a space between the count's block and the hidden colon.
      expect(focused.name.replace(/\s*:\s*/, ': ')).to.equal(`${t('tutorial.stepOf', { current: 1, total: 4 })}: ${text(long.steps[0]!.title as { vi: string; en: string })}`);
      expect(tree.closest(focused, 'dialog')).to.deep.equal(dialog);
      expectSaidOnce(tree, 'tour');
      // Tip: a note named by its visible label.
      expect(tree.all('note', t('tutorial.tip')).length).to.equal(1);
      el.end();
    });

    it(`names the tour’s choices once, in ${lang}`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>${page()}<gp-tour lang=${lang} storage="none" .tutorial=${long}></gp-tour></div>`);
      const el = wrapper.querySelector<GpTour>('gp-tour')!;
      await el.start('owner');
      await waitUntil(() => part(el, '.choice'));
      part(el, '.choice')!.focus();
      const tree = await axTree();
      const said = expectSaidOnce(tree, 'tour choice');
      expect(said).to.deep.equal([text(long.title as { vi: string; en: string }), t('tutorial.choose'), text(long.steps[2]!.choices![0]!.label as { vi: string; en: string })]);
      el.end();
    });

    it(`labels the walkthrough’s choices by the visible line, and names the picture, the notes and the step list, in ${lang}`, async () => {
      const el = await fixture<GpTutorial>(html`<gp-tutorial lang=${lang} storage="none" start="has-chip-card" .tutorial=${vneid}></gp-tutorial>`);
      await waitUntil(() => part(el, '.choice'));
      const group = part(el, '[part="choices"]')!;
      expect(group.hasAttribute('aria-label'), 'aria-label beside the visible line').to.equal(false);
      const line = el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!;
      expect(textOf(line)).to.equal(t('tutorial.choose'));
      expect(line.checkVisibility()).to.equal(true);
      part(el, '.choice')!.focus();
      let tree = await axTree();
      const said = expectSaidOnce(tree, 'choice');
      expect(said).to.deep.equal([t('tutorial.choose'), text(vneid.steps[0]!.choices![0]!.label)]);
      // The picture is a figure named "Picture", its image named by its alt text.
      const figure = tree.one('figure', t('tutorial.figure'));
      expect(tree.descendants(figure).find((n) => n.role === 'image')?.name).to.equal(text(vneid.steps[0]!.image!.alt));
      // "Show all steps" is in a group named for what it holds, not a repeat of its button.
      const progress = tree.one('group', t('progress.group'));
      expect(tree.descendants(progress).some((n) => n.name === t('progress.show'))).to.equal(true);
      for (const g of tree.all('group')) expect(g.name, 'an unnamed group').to.not.equal('');
      for (const f of tree.all('figure')) expect(f.name, 'an unnamed figure').to.not.equal('');

      el.goTo('enter-code');
      await waitUntil(() => part(el, '[part="warning"]'));
      tree = await axTree();
      expect(tree.all('note', t('tutorial.tip')).length, 'tip').to.equal(1);
      expect(tree.all('note', t('tutorial.warning')).length, 'warning').to.equal(1);
      await expectAccessible(el);
    });

    it(`gives the tour’s error view a heading that takes focus, said through the page’s live region, in ${lang}`, async () => {
      const el = await fixture<GpTour>(html`<gp-tour lang=${lang} src="/no/such/a11y-tour.json"></gp-tour>`);
      await el.start();
      const expected = `${t('error.heading')}. ${t('error.notFound')}`;
      await waitUntil(() => liveRegionText() === expected, `live region: ${liveRegionText()}`);
      const tree = await axTree();
      const focused = tree.focused!;
      expect(focused.role).to.equal('heading');
      expect(focused.name).to.equal(t('error.heading'));
      expect(tree.closest(focused, 'dialog')?.name).to.equal(t('tour.label'));
      expectSaidOnce(tree, 'tour error');
      expect(tree.all('alert').length, 'an alert in the shadow root').to.equal(0);
      el.end();
    });

    it(`gives the walkthrough’s error view a heading, focused after Try again, in ${lang}`, async () => {
      const el = await fixture<GpTutorial>(html`<gp-tutorial lang=${lang} src="/no/such/a11y-guide.json"></gp-tutorial>`);
      await waitUntil(() => part(el, '.error-heading'), 'no error view');
      let tree = await axTree();
      expect(tree.all('heading', t('error.heading')).length, 'heading navigation finds it').to.equal(1);
      expect(tree.all('alert').length).to.equal(0);
      expect(deepActiveElement() === document.body, 'on page load focus stays').to.equal(true);
      const retry = [...el.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b) === t('error.retry'))!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActiveElement() === part(el, '.error-heading'), 'the heading did not take focus after Try again');
      tree = await axTree();
      expect(tree.focused?.role).to.equal('heading');
      await waitUntil(() => liveRegionText() === `${t('error.heading')}. ${t('error.notFound')}`);
    });
  }
});
