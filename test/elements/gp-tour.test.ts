import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/gp-tour.js';
import type { GpTour } from '../../src/elements/gp-tour.js';
import type { Tutorial } from '../../src/core/tutorial/index.js';
import { encodeReference } from '../../src/core/help/index.js';
import { liveRegionText } from '../../src/elements/common/live-region.js';
import { resetTextSizeForTests } from '../../src/elements/controllers/text-size.js';
import residence from '../../examples/tour-residence-form.json';
import * as stories from '../../stories/gp-tour.stories.js';
import { buttonNamed, deepActiveElement, expectAccessible, record, tabTo, textOf, watchUncaught } from './helpers.js';

const both = (en: string, vi: string) => ({ en, vi });

type Feature = { name: string; value: string };
/** Emulates CSS media features through DevTools (scripts/wtr-media-plugin.mjs); none resets them. */
const emulate = (...features: Feature[]) => executeServerCommand('emulate-media-features', features);
// Most tests run with reduced motion, so scrolling is instant and positions can be measured.
const reducedMotion: Feature = { name: 'prefers-reduced-motion', value: 'reduce' };

/** A short tour over the test form: no target, a field that advances on change, a field, a button. */
const tour: Tutorial = {
  format: 1,
  id: 'test-tour',
  revision: 1,
  lang: 'vi',
  title: both('Fill in the form', 'Điền tờ khai'),
  steps: [
    { id: 'ready', title: both('Get your ID card', 'Lấy căn cước'), body: both('Keep it next to you.', 'Để bên cạnh.') },
    {
      id: 'name',
      title: both('Type your full name', 'Gõ họ và tên'),
      body: both('As on your card.', 'Giống trên thẻ.'),
      target: '#full-name',
      advanceOn: { event: 'change' },
    },
    { id: 'id-number', title: both('Type your ID number', 'Gõ số căn cước'), target: '#id-number' },
    { id: 'send', title: both('Send the form', 'Gửi tờ khai'), target: '#submit' },
  ],
};

const root = (el: GpTour) => el.shadowRoot!;
const panel = (el: GpTour) => root(el).querySelector<HTMLElement>('.panel');
const ring = (el: GpTour) => root(el).querySelector<HTMLElement>('.ring')!;
const button = (el: GpTour, text: string) => [...root(el).querySelectorAll('button')].find(buttonNamed(text));
const heading = (el: GpTour) => root(el).querySelector<HTMLElement>('.step-heading');
const helpDialog = (el: GpTour) => root(el).querySelector<HTMLDialogElement>('dialog.help-dialog');
const helpRoot = (el: GpTour) => root(el).querySelector('dialog gp-help')?.shadowRoot;
/** A part of the help inside the dialog, once `<gp-help>` has rendered it. */
const helpPart = (el: GpTour, name: string) => helpRoot(el)?.querySelector<HTMLElement>(`[part~="${name}"]`);
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T & Element>(selector)!;

function form(extra: TemplateResult | string = ''): TemplateResult {
  return html`<main class="tour-test-page">
    <h1>Residence declaration</h1>
    <button type="button" id="opener">Show me how</button>
    <form class="tour-test-form">
      <label for="full-name">Full name</label>
      <input id="full-name" name="full-name" autocomplete="name" />
      <label for="id-number">ID card number</label>
      <input id="id-number" name="id-number" inputmode="numeric" />
      ${extra}
      <button type="button" id="submit">Send</button>
    </form>
  </main>`;
}

async function setUp(tutorial: unknown = tour, options: { extra?: TemplateResult } = {}): Promise<GpTour> {
  const wrapper = await fixture<HTMLElement>(html`<div>
    ${form(options.extra)}
    <gp-tour lang="en" storage="none" .tutorial=${tutorial}></gp-tour>
  </div>`);
  return wrapper.querySelector('gp-tour')!;
}

/** Waits until the panel has settled: beside its target (`anchored`) or docked. */
async function settled(el: GpTour, mode: 'anchored' | 'docked'): Promise<void> {
  await waitUntil(() => panel(el)?.classList.contains(mode), `the panel is not ${mode}`);
  await nextFrame();
  await nextFrame();
}

/**
 * Where focus is, as a short name: comparing elements themselves would make a failing check
 * serialize whole DOM trees for the report, which can stall the test runner.
 */
function focusName(): string {
  const active = deepActiveElement();
  if (!active) return 'none';
  if (active.classList.contains('step-heading')) return 'heading';
  if (active.id) return `#${active.id}`;
  return `${active.localName}: ${textOf(active)}`;
}

/** Whether a node is there (a boolean, for the same reason as {@link focusName}). */
const isShown = (node: Element | null | undefined) => node !== null && node !== undefined;

const rectOf = (node: Element) => node.getBoundingClientRect();
const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
function expectInViewport(r: DOMRect): void {
  expect(r.left, 'left').to.be.at.least(0);
  expect(r.top, 'top').to.be.at.least(0);
  expect(r.right, 'right').to.be.at.most(window.innerWidth);
  expect(r.bottom, 'bottom').to.be.at.most(window.innerHeight);
}

const style = document.createElement('style');
style.textContent = `
  .tour-test-page { padding: 1rem; font-size: 20px; }
  .tour-test-form { display: grid; gap: 0.5rem; max-width: min(20rem, 100%); }
  .tour-test-form input, .tour-test-form select { font: inherit; padding: 0.5rem; min-width: 0; }
  .tour-test-form button { font: inherit; min-height: 3rem; }
  .tour-test-form.wide { max-width: none; }
  .tall { height: 2000px; }
`;
document.head.append(style);

describe('<gp-tour>', () => {
  before(() => emulate(reducedMotion));
  beforeEach(async () => {
    localStorage.clear();
    await setViewport({ width: 1280, height: 800 });
    window.scrollTo(0, 0);
  });
  afterEach(async () => {
    localStorage.clear();
  });
  after(async () => {
    await emulate();
    await setViewport({ width: 800, height: 600 });
  });

  it('opens a non-modal dialog named by the tour, focused on its heading, which says the step', async () => {
    const el = await setUp();
    const log = record<Record<string, unknown>>(el, 'gp-start', 'gp-step-change');
    $<HTMLButtonElement>('#opener').focus();
    await el.start();
    const dialog = panel(el)!;
    expect(dialog.getAttribute('role')).to.equal('dialog');
    expect(dialog.hasAttribute('aria-modal')).to.equal(false);
    const labelledBy = dialog.getAttribute('aria-labelledby')!;
    expect(textOf(root(el).getElementById(labelledBy))).to.equal('Fill in the form');
    expect(focusName()).to.equal('heading');
    expect(textOf(heading(el))).to.equal('Step 1 of 4: Get your ID card');
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(log.map((e) => e.name)).to.deep.equal(['gp-start', 'gp-step-change']);
    expect(log[0]!.detail).to.deep.equal({ tutorialId: 'test-tour', revision: 1, stepId: 'ready', index: 0, total: 4, resumed: false });
    expect(isShown(button(el, 'Close')), 'Close').to.equal(true);
    expect(isShown(button(el, 'Next')), 'Next').to.equal(true);
    expect(isShown(button(el, 'Get help')), 'Get help').to.equal(true);
    expect(isShown(button(el, 'Back')), 'Back').to.equal(false);
    await expectAccessible(el);
  });

  it('shows a step without a target docked at the bottom, with no note', async () => {
    const el = await setUp();
    await el.start();
    await settled(el, 'docked');
    const r = rectOf(panel(el)!);
    expect(Math.round(r.bottom)).to.equal(window.innerHeight);
    expect(r.left).to.equal(0);
    expect(isShown(root(el).querySelector('[part="note"]')), 'a note is shown').to.equal(false);
    expect(ring(el).classList.contains('shown')).to.equal(false);
  });

  it('places the step beside its target, inside the viewport, at 1280 px', async () => {
    const el = await setUp();
    await el.start('name');
    await settled(el, 'anchored');
    const target = rectOf($('#full-name'));
    const box = rectOf(panel(el)!);
    expect(overlaps(box, target), 'the panel covers the field').to.equal(false);
    expectInViewport(box);
    // Beside it: to its right, a short gap away, level with it.
    expect(box.left - target.right).to.be.within(8, 24);
    expect(box.top).to.be.at.most(target.bottom);
    expect(panel(el)!.getAttribute('part')).to.equal('panel anchored');
    // The ring sits exactly over the field, and never takes clicks.
    const around = rectOf(ring(el));
    expect(Math.round(around.left)).to.equal(Math.round(target.left));
    expect(Math.round(around.top)).to.equal(Math.round(target.top));
    expect(Math.round(around.width)).to.equal(Math.round(target.width));
    expect(getComputedStyle(ring(el)).pointerEvents).to.equal('none');
    expect(getComputedStyle(ring(el)).visibility).to.equal('visible');
    expect(parseFloat(getComputedStyle(ring(el)).outlineWidth)).to.be.at.least(3);
    // No style was put on the page's own element.
    expect($('#full-name').getAttribute('style')).to.equal(null);
    expect(document.elementFromPoint(target.left + 5, target.top + 5)?.id).to.equal('full-name');
    await expectAccessible(el);
  });

  it('docks at 320 px, fits the viewport, and scrolls the target above the panel', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await setUp(tour, { extra: html`<div class="tall"></div>` });
    await el.start('send');
    await settled(el, 'docked');
    await waitUntil(() => rectOf($('#submit')).bottom <= rectOf(panel(el)!).top, 'the button is still under the panel');
    const box = rectOf(panel(el)!);
    expect(box.left).to.equal(0);
    expect(Math.round(box.right)).to.equal(window.innerWidth);
    expect(Math.round(box.bottom)).to.equal(window.innerHeight);
    expect(box.height).to.be.at.most(window.innerHeight / 2 + 1);
    const target = rectOf($('#submit'));
    expect(target.top).to.be.at.least(0);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    expect(panel(el)!.getAttribute('part')).to.equal('panel docked');
    await expectAccessible(el);
  });

  it('shows each new docked step from the top of its panel, heading in view', async () => {
    await setViewport({ width: 320, height: 480 });
    const long = { ...tour, steps: tour.steps.map((st) => ({ ...st, body: both('Read this. '.repeat(40), 'Đọc kỹ. '.repeat(40)) })) };
    const el = await setUp(long);
    await el.start();
    await settled(el, 'docked');
    const box = root(el).querySelector<HTMLElement>('.scroll')!;
    expect(box.scrollHeight).to.be.greaterThan(box.clientHeight);
    box.scrollTop = box.scrollHeight; // the citizen scrolled down to the end of the step
    el.next();
    await settled(el, 'docked');
    await waitUntil(() => textOf(heading(el)).startsWith('Step 2 of 4'));
    expect(box.scrollTop).to.equal(0);
    const h = rectOf(heading(el)!);
    expect(h.top).to.be.at.least(rectOf(box).top);
  });

  it('scrolls a target far down the page into view', async () => {
    const el = await setUp(tour, { extra: html`<div class="tall"></div>` });
    // Start from the top whatever an earlier test scrolled, so the target really is out of view.
    window.scrollTo({ top: 0, behavior: 'instant' });
    await waitUntil(() => rectOf($('#submit')).top > window.innerHeight, `the target is not below the viewport: ${rectOf($('#submit')).top}`);
    await el.start('send');
    await settled(el, 'anchored');
    const target = rectOf($('#submit'));
    expect(target.top).to.be.at.least(0);
    expect(target.bottom).to.be.at.most(window.innerHeight);
    expectInViewport(rectOf(panel(el)!));
    expect(overlaps(rectOf(panel(el)!), target)).to.equal(false);
  });

  it('scrolls smoothly, except when the citizen asked for reduced motion', async () => {
    const el = await setUp();
    const calls: (ScrollIntoViewOptions | boolean | undefined)[] = [];
    const field = $('#full-name');
    field.scrollIntoView = (options) => calls.push(options);
    await el.start('name');
    await settled(el, 'anchored');
    el.end();
    await emulate();
    try {
      await el.start('name');
      await settled(el, 'anchored');
    } finally {
      await emulate(reducedMotion);
    }
    expect(calls).to.deep.equal([
      { block: 'center', inline: 'nearest', behavior: 'auto' },
      { block: 'center', inline: 'nearest', behavior: 'smooth' },
    ]);
  });

  it('docks with the largest text when the step does not fit beside its target', async () => {
    await setViewport({ width: 1024, height: 640 });
    localStorage.setItem('guidepost:text-size', 'largest');
    resetTextSizeForTests();
    try {
      const el = await setUp(tour, { extra: html`<div class="tall"></div>` });
      expect(getComputedStyle(el).fontSize).to.equal('40px');
      await el.start('id-number');
      await settled(el, 'docked');
      await waitUntil(() => rectOf($('#id-number')).bottom <= rectOf(panel(el)!).top, 'the field is under the panel');
      await aTimeout(100);
      // Scrolling the field up made room beside it, but the panel stays where the citizen saw it.
      expect(panel(el)!.dataset['placement']).to.equal('docked');
      expect(rectOf($('#id-number')).top).to.be.at.least(0);
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
      expectInViewport(rectOf(panel(el)!));
      await expectAccessible(el);
    } finally {
      localStorage.removeItem('guidepost:text-size');
      resetTextSizeForTests();
    }
  });

  it('stays docked for its target once docked, even when scrolling it up made room beside it', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const roomy: Tutorial = {
        ...tour,
        id: 'test-roomy',
        steps: [
          {
            id: 'wide',
            title: both('Type your ID number', 'Gõ số căn cước'),
            body: both('Type the 12 digits printed on your card, with no spaces.', 'Gõ 12 chữ số in trên thẻ, không có dấu cách.'),
            tip: both('The number is under your photo.', 'Số nằm dưới ảnh của bạn.'),
            target: '#id-number',
          },
        ],
      };
      const el = await setUp(roomy, { extra: html`<div class="tall"></div>` });
      $('.tour-test-form').classList.add('wide');
      await el.start();
      await settled(el, 'docked');
      await waitUntil(() => rectOf($('#id-number')).bottom <= rectOf(panel(el)!).top, 'the field is under the panel');
      for (let i = 0; i < 5; i += 1) await nextFrame();
      expect(panel(el)!.dataset['placement']).to.equal('docked');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('docks when its text grows while a step is shown, with no ResizeObserver loop', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      await setViewport({ width: 800, height: 600 });
      const el = await setUp();
      await el.start('name');
      await settled(el, 'anchored');
      // As when the citizen picks A++ in another guidepost element on the page.
      el.style.setProperty('--gp-font-size', '2.5rem');
      await settled(el, 'docked');
      await nextFrame();
      expect(errors).to.deep.equal([]);
      expectInViewport(rectOf(panel(el)!));
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('keeps the ring, the panel and every button visible in forced colors', async () => {
    await emulate({ name: 'forced-colors', value: 'active' }, reducedMotion);
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await setUp();
      await el.start('name');
      await settled(el, 'anchored');
      const probe = document.createElement('span');
      probe.style.setProperty('color', 'Highlight');
      document.body.append(probe);
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      const around = getComputedStyle(ring(el));
      expect(around.outlineStyle).to.equal('solid');
      expect(around.outlineColor).to.equal(highlight);
      expect(parseFloat(around.outlineWidth)).to.be.at.least(3);
      expect(around.boxShadow).to.not.equal('none');
      expect(around.visibility).to.equal('visible');
      const box = getComputedStyle(panel(el)!);
      expect(box.borderTopStyle).to.equal('solid');
      expect(parseFloat(box.borderTopWidth)).to.be.at.least(2);
      for (const b of root(el).querySelectorAll('button')) {
        expect(getComputedStyle(b).borderTopStyle, textOf(b)).to.equal('solid');
      }
      await expectAccessible(el);
    } finally {
      await emulate(reducedMotion);
    }
  });

  it('keeps every button at least 48 px and the text at 20 px', async () => {
    const el = await setUp();
    await el.start('id-number');
    expect(getComputedStyle(heading(el)!).fontSize).to.equal('24px');
    expect(getComputedStyle(root(el).querySelector('.scroll')!).fontSize).to.equal('20px');
    for (const b of root(el).querySelectorAll('button')) {
      const r = b.getBoundingClientRect();
      expect(r.height, textOf(b)).to.be.at.least(48);
      expect(r.width, textOf(b)).to.be.at.least(48);
    }
  });

  it('leaves arrow keys, letters and Escape typed in the highlighted field to the field', async () => {
    const el = await setUp();
    await el.start('name');
    await settled(el, 'anchored');
    const field = $<HTMLInputElement>('#full-name');
    const keys = record<unknown>(el, 'gp-step-change', 'gp-exit');
    const prevented: string[] = [];
    field.addEventListener('keydown', (e) => {
      queueMicrotask(() => e.defaultPrevented && prevented.push(e.key));
    });
    // Tab from the panel reaches the field: Close, Get help, Next, then the field.
    await tabTo((n) => n === field, 4);
    await sendKeys({ type: 'Lan' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ type: 'Nguyễn ' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(field.value).to.equal('LNguyễn an');
    expect(prevented).to.deep.equal([]);
    expect(keys).to.deep.equal([]);
    expect(el.open).to.equal(true);
    expect(textOf(heading(el))).to.equal('Step 2 of 4: Type your full name');
    expect(focusName()).to.equal('#full-name');
    // …and Shift+Tab comes back to the panel's last control.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(textOf(deepActiveElement())).to.equal('Next');
  });

  it('moves on when the citizen changes the field (advanceOn), keeping their focus in the page', async () => {
    const el = await setUp();
    await el.start('name');
    await settled(el, 'anchored');
    const changes = record<{ stepId: string; from: string }>(el, 'gp-step-change');
    await tabTo((n) => n === $('#full-name'), 4);
    await sendKeys({ type: 'Lan' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(changes.map((e) => [e.detail.stepId, e.detail.from])).to.deep.equal([['id-number', 'name']]);
    expect(textOf(heading(el))).to.equal('Step 3 of 4: Type your ID number');
    // The Tab went where the citizen sent it, and the new step was announced instead.
    expect(focusName()).to.equal('#id-number');
    await waitUntil(() => liveRegionText() === 'Step 3 of 4: Type your ID number', 'not announced');
    await settled(el, 'anchored');
    expect(Math.round(rectOf(ring(el)).top)).to.equal(Math.round(rectOf($('#id-number')).top));
  });

  it('moves on at the first letter (advanceOn input) without taking the next letters', async () => {
    const eager: Tutorial = {
      ...tour,
      id: 'test-input',
      steps: [{ ...tour.steps[1]!, advanceOn: { event: 'input' } }, tour.steps[2]!],
    };
    const el = await setUp(eager);
    await el.start();
    await settled(el, 'anchored');
    await tabTo((n) => n.id === 'full-name', 4);
    await sendKeys({ type: 'Lan' });
    await el.updateComplete;
    expect(textOf(heading(el))).to.equal('Step 2 of 2: Type your ID number');
    expect($<HTMLInputElement>('#full-name').value).to.equal('Lan');
    expect(focusName()).to.equal('#full-name');
  });

  it('moves on by click (advanceOn click) and by Next, Back and Finish from the keyboard', async () => {
    const clicky: Tutorial = { ...tour, id: 'test-click', steps: [{ id: 'press', title: both('Press Send', 'Bấm Gửi'), target: '#submit', advanceOn: { event: 'click' } }, tour.steps[2]!] };
    const el = await setUp(clicky);
    const log = record<Record<string, unknown>>(el, 'gp-step-change', 'gp-complete');
    await el.start();
    await settled(el, 'anchored');
    $('#submit').click();
    await el.updateComplete;
    expect(textOf(heading(el))).to.equal('Step 2 of 2: Type your ID number');
    expect(focusName()).to.equal('heading');
    await tabTo(buttonNamed('Back'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(textOf(deepActiveElement())).to.equal('Step 1 of 2: Press Send');
    await tabTo(buttonNamed('Next'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tabTo(buttonNamed('Finish'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(log.map((e) => e.name)).to.deep.equal(['gp-step-change', 'gp-step-change', 'gp-step-change', 'gp-step-change', 'gp-complete']);
    expect(log[4]!.detail).to.include({ tutorialId: 'test-click', steps: 2 });
    expect(el.open).to.equal(false);
    expect(isShown(panel(el)), 'the panel is still there').to.equal(false);
    await waitUntil(() => liveRegionText() === 'You have finished the guided tour.', 'not announced');
  });

  it('anchors to a target that appears late', async () => {
    const late: Tutorial = { ...tour, id: 'test-late', steps: [{ id: 'phone', title: both('Type your phone number', 'Gõ số điện thoại'), target: '#phone' }] };
    const el = await setUp(late);
    await el.start();
    await settled(el, 'docked');
    expect(isShown(root(el).querySelector('[part="note"]')), 'a note is shown').to.equal(false);
    const input = document.createElement('input');
    input.id = 'phone';
    $('#id-number').after(input);
    await settled(el, 'anchored');
    expect(overlaps(rectOf(panel(el)!), rectOf(input))).to.equal(false);
    expect(ring(el).classList.contains('shown')).to.equal(true);
    expect(isShown(root(el).querySelector('[part="note"]')), 'a note is shown').to.equal(false);
  });

  it('follows a target that a re-render replaces', async () => {
    const el = await setUp();
    await el.start('name');
    await settled(el, 'anchored');
    const fresh = document.createElement('input');
    fresh.id = 'full-name';
    fresh.className = 'fresh';
    $('#full-name').replaceWith(fresh);
    fresh.style.setProperty('margin-top', '6rem');
    await waitUntil(() => Math.round(rectOf(ring(el)).top) === Math.round(rectOf(fresh).top), 'the ring did not follow');
    await settled(el, 'anchored');
    expect(overlaps(rectOf(panel(el)!), rectOf(fresh))).to.equal(false);
  });

  it('shows the step unanchored with a note when the target never appears', async () => {
    const missing: Tutorial = { ...tour, id: 'test-missing', steps: [{ id: 'phone', title: both('Type your phone number', 'Gõ số điện thoại'), target: '#phone' }] };
    const el = await setUp(missing);
    el.targetTimeout = 200;
    await el.start();
    await settled(el, 'docked');
    expect(isShown(root(el).querySelector('[part="note"]')), 'a note is shown').to.equal(false);
    await waitUntil(() => root(el).querySelector('[part="note"]'), 'no note');
    expect(textOf(root(el).querySelector('[part="note"]'))).to.equal(
      'The part of the page this step is about is not showing yet. You can read the step here.',
    );
    expect(ring(el).classList.contains('shown')).to.equal(false);
    expect(focusName()).to.equal('heading');
    await expectAccessible(el);
  });

  it('ends on Escape in the panel: gp-exit, and focus back on what had it', async () => {
    const el = await setUp();
    const opener = $<HTMLButtonElement>('#opener');
    opener.addEventListener('click', () => void el.start());
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el), 'not open');
    await el.updateComplete;
    expect(focusName()).to.equal('heading');
    await tabTo(buttonNamed('Next'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const exit = oneEvent(el, 'gp-exit');
    await sendKeys({ press: 'Escape' });
    expect((await exit).detail).to.deep.equal({ tutorialId: 'test-tour', stepId: 'name', index: 1 });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(isShown(panel(el)), 'the panel is still there').to.equal(false);
    expect(focusName()).to.equal('#opener');
  });

  it('leaves the page as it was once ended', async () => {
    const el = await setUp();
    await el.start('name');
    await settled(el, 'anchored');
    el.end();
    await el.updateComplete;
    expect(isShown(root(el).querySelector('.ring, .panel')), 'the ring or panel is still there').to.equal(false);
    expect(rectOf(el).height).to.equal(0);
    const log = record(el, 'gp-step-change', 'gp-start');
    const field = $<HTMLInputElement>('#full-name');
    field.focus();
    await sendKeys({ type: 'Lan' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    // Shift+Tab took its ordinary way (to the button before the field), and nothing moved on.
    expect(focusName()).to.equal('#opener');
    expect(log).to.deep.equal([]);
    expect(field.getAttribute('style')).to.equal(null);
  });

  it('leaves focus where it is when the page ends the tour while the citizen is elsewhere', async () => {
    const el = await setUp();
    $<HTMLButtonElement>('#opener').focus();
    await el.start('name');
    $<HTMLInputElement>('#id-number').focus();
    el.end();
    expect(focusName()).to.equal('#id-number');
  });

  it('ends on Close the same way', async () => {
    const el = await setUp();
    $<HTMLButtonElement>('#opener').focus();
    await el.start();
    const exits = record(el, 'gp-exit');
    await tabTo(buttonNamed('Close'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(exits.length).to.equal(1);
    expect(focusName()).to.equal('#opener');
  });

  it('starts when the open attribute is set and ends when it is removed', async () => {
    const el = await setUp();
    const log = record(el, 'gp-start', 'gp-exit');
    el.setAttribute('open', '');
    await waitUntil(() => heading(el), 'not open');
    expect(textOf(heading(el))).to.equal('Step 1 of 4: Get your ID card');
    el.removeAttribute('open');
    await el.updateComplete;
    expect(isShown(panel(el)), 'the panel is still there').to.equal(false);
    expect(log.map((e) => e.name)).to.deep.equal(['gp-start', 'gp-exit']);
  });

  it('resumes at the saved step after a reload', async () => {
    const first = await setUp();
    first.storage = 'local';
    await first.start();
    first.next();
    first.next();
    await first.updateComplete;
    await aTimeout(20);
    first.parentElement!.remove();

    const el = await setUp();
    el.storage = 'local';
    const started = oneEvent(el, 'gp-start');
    await el.start();
    expect((await started).detail).to.deep.equal({ tutorialId: 'test-tour', revision: 1, stepId: 'id-number', index: 2, total: 4, resumed: true });
    expect(textOf(heading(el))).to.equal('Step 3 of 4: Type your ID number');
    expect(focusName()).to.equal('heading');
    expect(isShown(button(el, 'Back')), 'Back').to.equal(true);
  });

  it('opens help in a modal dialog above the step from Get help, with the step’s reference code', async () => {
    const el = await setUp();
    $<HTMLButtonElement>('#opener').focus();
    await el.start('name');
    await settled(el, 'anchored');
    const exits = record(el, 'gp-exit');
    const help = oneEvent(el, 'gp-help-request');
    await tabTo(buttonNamed('Get help'));
    await sendKeys({ press: 'Enter' });
    const reference = encodeReference({ tutorialId: 'test-tour', revision: 1, stepId: 'name' }, tour);
    expect((await help).detail).to.deep.equal({ tutorialId: 'test-tour', stepId: 'name', reference, locale: 'en' });
    // <gp-help> is loaded on this first request and shown in a modal dialog, focus on its heading.
    await waitUntil(() => helpPart(el, 'code'), 'help did not open');
    const dialog = helpDialog(el)!;
    expect(dialog.matches(':modal'), 'modal').to.equal(true);
    expect(textOf(helpPart(el, 'code')!.querySelector('.code-text'))).to.equal(reference);
    expect(textOf(root(el).getElementById(dialog.getAttribute('aria-labelledby')!))).to.equal('Get help from a person');
    expect(focusName()).to.equal('button: Close');
    expect(deepActiveElement()!.classList.contains('help-close-top'), 'the Close at the top').to.equal(true);
    // The step stays open behind the help, which covers it (its backdrop takes every click).
    expect(panel(el)!.matches(':popover-open'), 'panel open').to.equal(true);
    const r = rectOf(panel(el)!);
    const hit = root(el).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    expect(hit === dialog || dialog.contains(hit), `the panel is above the help: ${hit?.localName}`).to.equal(true);

    // Escape closes only the help; a second one, back in the panel, ends the tour.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'help did not close');
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(exits).to.deep.equal([]);
    expect(panel(el)!.matches(':popover-open'), 'panel open').to.equal(true);
    expect(focusName()).to.equal('button: Get help');
    expect(isShown(root(el).querySelector('gp-help')), 'gp-help is still there').to.equal(false);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(exits.length).to.equal(1);
    expect(focusName()).to.equal('#opener');
  });

  it('lists the step’s help, then the tour’s, in an accessible dialog closed by Close', async () => {
    const withHelp: Tutorial = {
      ...tour,
      help: { channels: [{ type: 'phone', label: both('Ward hotline', 'Đường dây phường'), value: '024.3825.1234' }] },
      steps: tour.steps.map((step) =>
        step.id === 'id-number' ? { ...step, help: { channels: [{ type: 'email', label: both('ID card office', 'Phòng căn cước'), value: 'cccd@example.gov.vn' }] } } : step,
      ),
    };
    const el = await setUp(withHelp);
    $<HTMLButtonElement>('#opener').focus();
    await el.start('id-number');
    await settled(el, 'anchored');
    button(el, 'Get help')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => helpPart(el, 'code'), 'help did not open');
    const labels = [...helpRoot(el)!.querySelectorAll('.channel-label')].map(textOf);
    expect(labels).to.deep.equal(['ID card office', 'Ward hotline']);
    const reference = encodeReference({ tutorialId: 'test-tour', revision: 1, stepId: 'id-number' }, withHelp);
    expect(textOf(helpPart(el, 'code')!.querySelector('.code-text'))).to.equal(reference);
    await expectAccessible(el);

    await tabTo(buttonNamed('Close'));
    expect(deepActiveElement()!.classList.contains('help-close'), 'the help’s Close').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !helpDialog(el)!.open, 'help did not close');
    expect(el.open).to.equal(true);
    expect(focusName()).to.equal('button: Get help');
  });

  it('closes the help with the tour when the page ends it, focus back on what had it', async () => {
    const el = await setUp();
    $<HTMLButtonElement>('#opener').focus();
    await el.start();
    button(el, 'Get help')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => helpPart(el, 'code'), 'help did not open');
    const dialog = helpDialog(el)!;
    el.end();
    await el.updateComplete;
    expect(dialog.open, 'help open').to.equal(false);
    expect(dialog.isConnected, 'help still there').to.equal(false);
    expect(focusName()).to.equal('#opener');
    // The next tour opens without help showing.
    await el.start();
    expect(helpDialog(el)!.open, 'help open').to.equal(false);
    expect(focusName()).to.equal('heading');
  });

  it('shows Vietnamese controls with lang="vi"', async () => {
    const el = await setUp();
    el.lang = 'vi';
    await el.start('name');
    expect(textOf(heading(el))).to.equal('Bước 2 trên 4: Gõ họ và tên');
    expect(isShown(button(el, 'Đóng')), 'Đóng').to.equal(true);
    expect(isShown(button(el, 'Tiếp theo')), 'Tiếp theo').to.equal(true);
    expect(isShown(button(el, 'Quay lại')), 'Quay lại').to.equal(true);
    expect(isShown(button(el, 'Nhờ trợ giúp')), 'Nhờ trợ giúp').to.equal(true);
    await expectAccessible(el);
  });

  it('follows a language switch on <html lang> while open, content included', async () => {
    const original = document.documentElement.lang;
    document.documentElement.lang = 'vi';
    try {
      const wrapper = await fixture<HTMLElement>(html`<div>${form()}<gp-tour storage="none" .tutorial=${tour}></gp-tour></div>`);
      const el = wrapper.querySelector('gp-tour')!;
      await el.start('name');
      expect(textOf(heading(el))).to.equal('Bước 2 trên 4: Gõ họ và tên');
      document.documentElement.lang = 'en';
      await waitUntil(() => textOf(heading(el)) === 'Step 2 of 4: Type your full name', textOf(heading(el)));
      expect(textOf(root(el).querySelector('[part="body"]'))).to.equal('As on your card.');
      expect(panel(el)!.getAttribute('lang')).to.equal('en');
    } finally {
      document.documentElement.lang = original;
    }
  });

  it('walks the example residence form tour with real typing', async () => {
    const el = await setUp(residence, {
      extra: html`<label for="phone">Phone</label><input id="phone" type="tel" />
        <label for="ward">Ward</label>
        <select id="ward"><option value="">Choose</option><option>Tây Tựu</option><option>Phú Diễn</option></select>`,
    });
    await el.start();
    expect(textOf(heading(el))).to.equal('Step 1 of 6: Keep your ID card next to you');
    await tabTo(buttonNamed('Next'));
    await sendKeys({ press: 'Enter' });
    await settled(el, 'anchored');
    expect(textOf(heading(el))).to.equal('Step 2 of 6: Type your full name');
    await expectAccessible(el);
    await tabTo((n) => n === $('#full-name'), 4);
    await sendKeys({ type: 'Nguyễn Thị Lan' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(textOf(heading(el))).to.equal('Step 3 of 6: Type your ID card number');
    expect(focusName()).to.equal('#id-number');
    await sendKeys({ type: '001203004567' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(textOf(heading(el))).to.equal('Step 4 of 6: Type your phone number');
    expect($<HTMLInputElement>('#full-name').value).to.equal('Nguyễn Thị Lan');
    expect($<HTMLInputElement>('#id-number').value).to.equal('001203004567');
  });
});

describe('<gp-tour> with bad input', () => {
  const uncaught = watchUncaught();

  it('says plainly that a missing file cannot be found, once opened', async () => {
    const errors = record<{ message: string }>(document, 'gp-error');
    const el = await fixture<GpTour>(html`<gp-tour lang="en" src="/no/such/tour.json"></gp-tour>`);
    await waitUntil(() => errors.length === 1, 'no gp-error');
    expect(errors[0]!.detail.message).to.contain('HTTP 404');
    expect(isShown(panel(el)), 'the panel is still there').to.equal(false);
    await el.start();
    expect(textOf(root(el).querySelector('[part="error"]'))).to.equal('This guide cannot be shown This guide could not be found. Please try again later.');
    expect(focusName()).to.equal('#gp-tour-error');
    expect(root(el).querySelector('#gp-tour-error')!.localName).to.equal('h2');
    await waitUntil(() => liveRegionText() === 'This guide cannot be shown. This guide could not be found. Please try again later.', `live region: ${liveRegionText()}`);
    await expectAccessible(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(isShown(panel(el)), 'the panel is still there').to.equal(false);
    expect(errors.length).to.equal(1);
    expect(uncaught).to.deep.equal([]);
  });

  it('lists the problems of an invalid tour and never throws', async () => {
    const bad = { format: 1, id: 'bad-tour', revision: 1, lang: 'en', title: 'x', steps: [{ id: 'a', title: 'A', advanceOn: { event: 'change' } }] };
    const seen = oneEvent(document, 'gp-error');
    const el = await fixture<GpTour>(html`<gp-tour lang="en" open .tutorial=${bad}></gp-tour>`);
    const { detail } = await seen;
    expect(detail.problems.map((p: { path: string }) => p.path)).to.include('steps[0].target');
    await waitUntil(() => root(el).querySelector('[part="error"]'), 'no error');
    expect(textOf(root(el).querySelector('[part="error"]'))).to.contain('This guide has a mistake in it');
    expect(uncaught).to.deep.equal([]);
  });

  it('says that no tour was given, and ignores misuse', async () => {
    const el = await fixture<GpTour>(html`<gp-tour lang="en"></gp-tour>`);
    el.next();
    el.back();
    el.end();
    const seen = oneEvent(el, 'gp-error');
    await el.start();
    expect((await seen).detail.message).to.equal('No tutorial was given: set `src` or the `tutorial` property.');
    expect(textOf(root(el).querySelector('[part="error"]'))).to.contain('No guide was given to show.');
    expect(uncaught).to.deep.equal([]);
  });

  it('skips an invalid target selector without throwing', async () => {
    const odd: Tutorial = { ...tour, id: 'test-odd', steps: [{ id: 'x', title: both('Odd', 'Lạ'), target: '#[nope' }] };
    const el = await setUp(odd);
    el.targetTimeout = 50;
    await el.start();
    await waitUntil(() => root(el).querySelector('[part="note"]'), 'no note');
    expect(panel(el)!.classList.contains('docked')).to.equal(true);
    expect(uncaught).to.deep.equal([]);
  });
});

describe('<gp-tour> stories', () => {
  before(() => emulate(reducedMotion));
  after(() => emulate());
  beforeEach(() => setViewport({ width: 1280, height: 800 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  type StoryModule = Record<string, { args?: Record<string, unknown>; render?: (args: { lang: string }) => HTMLElement }>;
  /** Where each story's step should end up, at 1280 × 800 (320 px wide for NarrowScreen). */
  const expected: Record<string, string> = {
    BesideOnTheRight: 'right-start',
    BesideOnTheLeft: 'left-start',
    Below: 'bottom-start',
    Above: 'top-start',
    NoTarget: 'docked',
    NarrowScreen: 'docked',
    MissingTarget: 'docked',
    LargeText: 'docked',
    DarkPage: 'right-start',
    ForcedColors: 'right-start',
    English: 'right-start',
  };
  for (const [name, story] of Object.entries(stories as unknown as StoryModule)) {
    if (name === 'default' || !story.render) continue;
    it(`${name} opens an accessible step, placed ${expected[name]}`, async () => {
      if (name === 'NarrowScreen') await setViewport({ width: 320, height: 640 });
      const args = { ...stories.default.args, ...story.args } as { lang: string };
      const wrapper = await fixture<HTMLElement>(html`<div>${story.render!(args)}</div>`);
      const el = wrapper.querySelector('gp-tour')!;
      await waitUntil(() => heading(el), 'no step shown');
      await waitUntil(() => panel(el)!.dataset['placement'] === expected[name], `not ${expected[name]}`);
      await nextFrame();
      await nextFrame();
      expect(panel(el)!.dataset['placement']).to.equal(expected[name]);
      expectInViewport(rectOf(panel(el)!));
      await expectAccessible(el);
      el.end();
    });
  }
});
