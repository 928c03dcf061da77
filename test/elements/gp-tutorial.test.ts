import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/gp-tutorial.js';
import type { GpTutorial } from '../../src/elements/gp-tutorial.js';
import { memoryStore } from '../../src/core/progress/index.js';
import { liveRegionText } from '../../src/elements/common/live-region.js';
import { branching, hostile, linear } from '../fixtures/tutorials.js';
import { buttonNamed, deepActiveElement, expectAccessible, record, tabTo, textOf, watchUncaught } from './helpers.js';

const root = (el: GpTutorial) => el.shadowRoot!;
const $ = (el: GpTutorial, selector: string) => root(el).querySelector<HTMLElement>(selector);
const buttons = (el: GpTutorial) => [...root(el).querySelectorAll('button')];
const button = (el: GpTutorial, text: string) => buttons(el).find(buttonNamed(text));

async function ready(el: GpTutorial, selector = 'button'): Promise<void> {
  await waitUntil(() => $(el, selector), `no ${selector} rendered`);
  await el.updateComplete;
}

async function render(template: TemplateResult, selector?: string): Promise<GpTutorial> {
  const el = await fixture<GpTutorial>(template);
  await ready(el, selector);
  return el;
}

async function press(key: string, el: GpTutorial): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<gp-tutorial>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    localStorage.clear();
  });

  it('shows a start view with summary, minutes and what you need, in English', async () => {
    const el = await render(html`<gp-tutorial lang="en" storage="none" .tutorial=${linear}></gp-tutorial>`);
    expect(textOf($(el, 'h2'))).to.equal('Install the VNeID app');
    expect(textOf($(el, '[part="summary"]'))).to.equal('Install the app on your phone.');
    expect(textOf($(el, '[part="minutes"]'))).to.equal('About 5 minutes');
    expect(textOf($(el, 'h3'))).to.equal('What you need');
    expect(textOf($(el, '[part="requirements"]'))).to.equal('A smartphone');
    expect(button(el, 'Start')).to.exist;
    await expectAccessible(el);
  });

  it('walks through every step by keyboard alone, focus on each step heading', async () => {
    const el = await render(html`<gp-tutorial lang="en" storage="none" .tutorial=${linear}></gp-tutorial>`);
    await tabTo(buttonNamed('Start'));
    await press('Enter', el);
    let heading = deepActiveElement()!;
    expect(heading.localName).to.equal('h3');
    expect(textOf(heading)).to.equal('Step 1 of 3: Open the app store');
    await expectAccessible(el);

    await tabTo(buttonNamed('Next'));
    await press('Enter', el);
    heading = deepActiveElement()!;
    expect(textOf(heading)).to.equal('Step 2 of 3: Search for VNeID');
    expect(textOf($(el, '[part="warning"]'))).to.contain('Warning');
    await expectAccessible(el);

    await tabTo(buttonNamed('Next'));
    await press('Enter', el);
    expect(textOf(deepActiveElement())).to.equal('Step 3 of 3: Install');
    const finish = await tabTo(buttonNamed('Finish'));
    expect(finish).to.exist;
    await press('Enter', el);
    heading = deepActiveElement()!;
    expect(textOf(heading)).to.equal('Finished');
    expect(textOf($(el, '[part="complete"]'))).to.contain('You followed 3 steps.');
    await expectAccessible(el);
  });

  it('follows a choice and goes Back along the path taken', async () => {
    const el = await render(html`<gp-tutorial lang="en" storage="none" .tutorial=${branching}></gp-tutorial>`);
    button(el, 'Start')!.click();
    await el.updateComplete;
    expect(textOf($(el, '.step-heading'))).to.equal('Step 1 of 3: Do you have a chip-based ID card?');
    expect(root(el).querySelector('[part~="choices"]')!.getAttribute('role')).to.equal('group');
    await expectAccessible(el);
    await tabTo(buttonNamed('Not yet'));
    await press('Enter', el);
    expect(textOf(deepActiveElement())).to.equal('Step 2 of 2: Get a card');
    await tabTo(buttonNamed('Back'));
    await press('Enter', el);
    expect(textOf(deepActiveElement())).to.equal('Step 1 of 3: Do you have a chip-based ID card?');
    button(el, 'Yes')!.click();
    await el.updateComplete;
    expect(textOf($(el, '.step-heading'))).to.equal('Step 2 of 3: Install the app');
    button(el, 'Back')!.click();
    await el.updateComplete;
    expect(textOf($(el, '.step-heading'))).to.equal('Step 1 of 3: Do you have a chip-based ID card?');
  });

  it('shows the new step by the time next(), back() and goTo() return', async () => {
    const el = await render(html`<gp-tutorial lang="en" storage="none" .tutorial=${branching}></gp-tutorial>`);
    button(el, 'Start')!.click();
    await el.updateComplete;
    // No await after each call: a page that reads the walkthrough right after it sees the step.
    el.next(0);
    expect(textOf($(el, '.step-heading'))).to.equal('Step 2 of 3: Install the app');
    el.back();
    expect(textOf($(el, '.step-heading'))).to.equal('Step 1 of 3: Do you have a chip-based ID card?');
    el.goTo('get-card');
    expect(textOf($(el, '.step-heading'))).to.equal('Step 2 of 2: Get a card');
  });

  it('dispatches gp-start, gp-step-change and gp-complete with the documented details', async () => {
    const el = await render(html`<gp-tutorial lang="en" storage="none" .tutorial=${branching}></gp-tutorial>`);
    const log = record<Record<string, unknown>>(document, 'gp-start', 'gp-step-change', 'gp-complete');
    button(el, 'Start')!.click();
    await el.updateComplete;
    button(el, 'Not yet')!.click();
    await el.updateComplete;
    button(el, 'Finish')!.click();
    await el.updateComplete;
    expect(log.map((e) => e.name)).to.deep.equal(['gp-start', 'gp-step-change', 'gp-step-change', 'gp-complete']);
    expect(log[0]!.detail).to.deep.equal({ tutorialId: 'test-branching', revision: 1, stepId: 'has-card', index: 0, total: 3, resumed: false });
    expect(log[1]!.detail).to.deep.equal({ tutorialId: 'test-branching', stepId: 'has-card', index: 0, total: 3, from: null });
    expect(log[2]!.detail).to.deep.equal({ tutorialId: 'test-branching', stepId: 'get-card', index: 1, total: 2, from: 'has-card' });
    const complete = log[3]!.detail;
    expect(complete.tutorialId).to.equal('test-branching');
    expect(complete.revision).to.equal(1);
    expect(complete.steps).to.equal(2);
    expect(complete.ms).to.be.a('number').and.at.least(0);
  });

  it('offers to continue after a reload, naming the step, and resumes there', async () => {
    const first = await render(html`<gp-tutorial lang="en" .tutorial=${linear}></gp-tutorial>`);
    button(first, 'Start')!.click();
    await first.updateComplete;
    button(first, 'Next')!.click();
    await first.updateComplete;
    await aTimeout(10);
    first.remove();

    const el = await render(html`<gp-tutorial lang="en" .tutorial=${linear}></gp-tutorial>`);
    await waitUntil(() => button(el, 'Continue'), 'no Continue button');
    expect(textOf(button(el, 'Continue'))).to.equal('Continue at step 2: Search for VNeID');
    expect(button(el, 'Start again')).to.exist;
    await expectAccessible(el);
    const started = oneEvent(el, 'gp-start');
    await tabTo(buttonNamed('Continue'));
    await press('Enter', el);
    expect((await started).detail.resumed).to.equal(true);
    expect(textOf(deepActiveElement())).to.equal('Step 2 of 3: Search for VNeID');
  });

  it('says politely, once, that the place is saved', async () => {
    const el = await render(html`<gp-tutorial lang="en" .tutorial=${linear}></gp-tutorial>`);
    button(el, 'Start')!.click();
    await waitUntil(() => liveRegionText() === 'Your place is saved on this device.', `live region: ${liveRegionText()}`);
    expect(document.getElementById('gp-live-region')!.getAttribute('aria-live')).to.equal('polite');
    expect(document.getElementById('gp-live-region')!.parentElement).to.equal(document.body);
  });

  it('keeps nothing with storage="none", and does not claim to', async () => {
    document.getElementById('gp-live-region')?.replaceChildren();
    const el = await render(html`<gp-tutorial lang="en" storage="none" .tutorial=${linear}></gp-tutorial>`);
    button(el, 'Start')!.click();
    await aTimeout(150);
    expect(liveRegionText()).to.equal('');
    await el.updateComplete;
    button(el, 'Next')!.click();
    await el.updateComplete;
    await aTimeout(10);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('guidepost:progress'))).to.deep.equal([]);
  });

  it('keeps progress for this browser tab only with storage="session"', async () => {
    sessionStorage.clear();
    const el = await render(html`<gp-tutorial lang="en" storage="session" .tutorial=${linear}></gp-tutorial>`);
    button(el, 'Start')!.click();
    await el.updateComplete;
    await aTimeout(10);
    expect(JSON.parse(sessionStorage.getItem('guidepost:progress:test-linear')!).path).to.deep.equal(['open-store']);
    expect(localStorage.getItem('guidepost:progress:test-linear')).to.equal(null);
    sessionStorage.clear();
  });

  it('uses a custom store', async () => {
    const store = memoryStore();
    const el = await render(html`<gp-tutorial lang="en" .store=${store} .tutorial=${linear}></gp-tutorial>`);
    button(el, 'Start')!.click();
    await el.updateComplete;
    await aTimeout(10);
    const saved = await store.get('test-linear');
    expect(saved?.path).to.deep.equal(['open-store']);
  });

  it('takes a new tutorial while a step is shown (the editor’s preview) in place: the same heading, no empty view, focus kept', async () => {
    const el = await render(html`<gp-tutorial lang="en" storage="none" start="search" .tutorial=${linear}></gp-tutorial>`, '.step-heading');
    const heading = $(el, '.step-heading')!;
    expect(textOf(heading)).to.equal('Step 2 of 3: Search for VNeID');
    button(el, 'Next')!.focus();
    const removed: Node[] = [];
    const watch = new MutationObserver((records) => records.forEach((r) => removed.push(...r.removedNodes)));
    watch.observe(root(el), { childList: true, subtree: true });
    const retitled = (title: string): typeof linear => ({
      ...linear,
      steps: linear.steps.map((step) => (step.id === 'search' ? { ...step, title: { ...(step.title as Record<string, string>), en: title } } : step)),
    });
    for (const title of ['Search for the VNeID app', 'Search for the VNeID app by name']) {
      el.tutorial = retitled(title);
      await waitUntil(() => textOf($(el, '.step-heading')) === `Step 2 of 3: ${title}`, `the step did not show "${title}"`);
    }
    watch.disconnect();
    expect($(el, '.step-heading')).to.equal(heading);
    expect(removed.filter((n) => n instanceof Element && n.contains(heading))).to.deep.equal([]);
    expect(root(el).activeElement).to.equal(button(el, 'Next'));
  });

  it('takes a store given while a step is shown, and offers the progress saved in it', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in e ? e.reason : e.message));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const el = await render(html`<gp-tutorial lang="en" storage="none" .tutorial=${linear}></gp-tutorial>`);
      button(el, 'Start')!.click();
      await el.updateComplete;
      const store = memoryStore();
      await store.set({ tutorialId: 'test-linear', revision: 1, path: ['open-store', 'search'], finished: false, startedAt: 1, updatedAt: 2 });
      el.store = store;
      await waitUntil(() => button(el, 'Continue at step 2: Search for VNeID'), 'the saved progress was not offered');
      await aTimeout(0);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });

  it('shows Vietnamese controls with lang="vi"', async () => {
    const el = await render(html`<gp-tutorial lang="vi" storage="none" .tutorial=${linear}></gp-tutorial>`);
    expect(button(el, 'Bắt đầu')).to.exist;
    button(el, 'Bắt đầu')!.click();
    await el.updateComplete;
    expect(textOf($(el, '.step-heading'))).to.equal('Bước 1 trên 3: Mở kho ứng dụng');
    expect(button(el, 'Tiếp theo')).to.exist;
    expect(button(el, 'Nhờ trợ giúp')).to.exist;
    expect(textOf($(el, '[part="tip"]'))).to.contain('Mẹo');
    await expectAccessible(el);
  });

  it('falls back to the inherited lang, then to the tutorial lang', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><gp-tutorial storage="none" .tutorial=${linear}></gp-tutorial></div>`);
    const el = wrapper.querySelector('gp-tutorial')!;
    await ready(el);
    expect(button(el, 'Start')).to.exist;
    const alone = await render(html`<gp-tutorial storage="none" .tutorial=${{ ...linear, lang: 'en', id: 'x' }}></gp-tutorial>`);
    expect(button(alone, 'Start')).to.exist;
  });

  it('follows a language switch on <html lang>, controls and content alike', async () => {
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.lang = 'en';
    try {
      const el = await render(html`<gp-tutorial storage="none" start="search" .tutorial=${linear}></gp-tutorial>`, '.step-heading');
      expect(textOf($(el, '.step-heading'))).to.equal('Step 2 of 3: Search for VNeID');
      document.documentElement.lang = 'vi';
      await waitUntil(() => textOf($(el, '.step-heading')) === 'Bước 2 trên 3: Tìm VNeID', textOf($(el, '.step-heading')));
      expect(button(el, 'Tiếp theo')).to.exist;
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });

  it('opens at the step named by start, counted along the way there, without stealing focus', async () => {
    const el = await render(html`<gp-tutorial lang="en" storage="none" start="search" .tutorial=${linear}></gp-tutorial>`, '.step-heading');
    expect(textOf($(el, '.step-heading'))).to.equal('Step 2 of 3: Search for VNeID');
    expect(button(el, 'Back')).to.exist;
    expect(deepActiveElement() === document.body, 'focus stays on page load').to.equal(true);
  });

  it('puts the step in the page title only when the page opts in, and gives the title back', async () => {
    const original = document.title;
    document.title = 'Ward portal';
    try {
      const plain = await render(html`<gp-tutorial lang="en" storage="none" start="search" .tutorial=${linear}></gp-tutorial>`, '.step-heading');
      expect(document.title).to.equal('Ward portal');
      plain.remove();
      const el = await render(html`<gp-tutorial lang="en" storage="none" document-title .tutorial=${linear}></gp-tutorial>`);
      expect(document.title).to.equal('Ward portal');
      button(el, 'Start')!.click();
      await el.updateComplete;
      expect(document.title).to.equal('Step 1 of 3: Open the app store – Ward portal');
      el.next();
      await el.updateComplete;
      expect(document.title).to.equal('Step 2 of 3: Search for VNeID – Ward portal');
      el.remove();
      expect(document.title).to.equal('Ward portal');
    } finally {
      document.title = original;
    }
  });

  it('loads a real example file and shows its picture, relative to the file, with alt text in the language shown', async () => {
    // /raw/ serves the file as a web server would (see web-test-runner.config.mjs).
    const el = await render(html`<gp-tutorial lang="en" storage="none" start="install-app" src="/raw/examples/vneid-level-2.json"></gp-tutorial>`, '.step-heading');
    const img = $(el, '[part="image"] img') as HTMLImageElement;
    expect(img.src).to.equal(new URL('/raw/examples/img/phone-app-store.svg', location.href).href);
    expect(img.alt).to.equal('A phone screen showing the app store: search box at the top, one app with a large Install button next to it.');
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the picture did not load');
    await expectAccessible(el);
  });

  it('puts the title at heading-level and steps one below', async () => {
    const el = await render(html`<gp-tutorial lang="en" storage="none" heading-level="3" .tutorial=${linear}></gp-tutorial>`);
    expect($(el, 'h3')!.getAttribute('part')).to.equal('title');
    button(el, 'Start')!.click();
    await el.updateComplete;
    expect($(el, 'h4')!.getAttribute('part')).to.equal('step-heading');
  });

  it('fires gp-help-request with a reference code from Get help', async () => {
    const el = await render(html`<gp-tutorial lang="en" storage="none" .tutorial=${linear}></gp-tutorial>`);
    button(el, 'Start')!.click();
    await el.updateComplete;
    const help = oneEvent(el, 'gp-help-request');
    await tabTo(buttonNamed('Get help'));
    await press('Enter', el);
    const { detail } = await help;
    expect(detail.tutorialId).to.equal('test-linear');
    expect(detail.stepId).to.equal('open-store');
    expect(detail.locale).to.equal('en');
    expect(detail.reference).to.match(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // <gp-help> is loaded on this first request and shown in a modal dialog, focus inside it.
    await waitUntil(() => root(el).querySelector('dialog[open] gp-help')?.shadowRoot?.childElementCount, 'help did not open');
    expect(customElements.get('gp-help')).to.be.a('function');
    expect(deepActiveElement()!.closest('dialog')).to.equal(root(el).querySelector('dialog'));
    await press('Escape', el);
    await waitUntil(() => !root(el).querySelector('dialog[open]'));
    expect(textOf(deepActiveElement())).to.equal('Get help');
  });

  it('renders hostile content as inert text', async () => {
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    const el = await render(html`<gp-tutorial lang="en" storage="none" .tutorial=${hostile}></gp-tutorial>`);
    expect(textOf($(el, 'h2'))).to.equal('Hostile <img src=x onerror="window.__pwned=1">');
    button(el, 'Start')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('script, img, b')).to.equal(null);
    expect(textOf($(el, '.step-title'))).to.equal('<script>window.__pwned=1</script>Step');
    const links = [...root(el).querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/']);
    expect(textOf($(el, '[part="body"]'))).to.contain('<b onclick="window.__pwned=1">this</b>');
    expect(textOf($(el, '[part="body"]'))).to.contain('<a href="javascript:window.__pwned=1">that</a>');
    await aTimeout(20);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('never turns a javascript: Markdown link into a link', async () => {
    const withLink = { ...hostile, steps: [{ id: 'one', title: 'One', body: 'Click [here](javascript:window.__pwned=1).' }] };
    const el = await fixture<GpTutorial>(html`<gp-tutorial lang="en" storage="none" .tutorial=${withLink}></gp-tutorial>`);
    await aTimeout(50);
    button(el, 'Start')?.click();
    await el.updateComplete;
    expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('remembers the text size, and fits 320 px at the largest size with no horizontal scroll', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render(html`<gp-tutorial lang="vi" storage="none" .tutorial=${linear}></gp-tutorial>`);
    const largest = await tabTo((b) => b.localName === 'button' && textOf(b).startsWith('A++'));
    await press('Enter', el);
    expect(largest.getAttribute('aria-pressed')).to.equal('true');
    expect(getComputedStyle(el).fontSize).to.equal('40px');
    expect(localStorage.getItem('guidepost:text-size')).to.equal('largest');
    button(el, 'Bắt đầu')!.click();
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    await expectAccessible(el);
    const again = await render(html`<gp-tutorial lang="vi" storage="none" .tutorial=${linear}></gp-tutorial>`);
    expect(getComputedStyle(again).fontSize).to.equal('40px');
    buttons(again)[0]!.click(); // back to A
    await again.updateComplete;
  });

  it('keeps targets at least 48 px and body text at 20 px', async () => {
    const el = await render(html`<gp-tutorial lang="en" storage="none" .tutorial=${linear}></gp-tutorial>`);
    expect(getComputedStyle(el).fontSize).to.equal('20px');
    expect(parseFloat(getComputedStyle(el).lineHeight) / 20).to.be.at.least(1.6);
    for (const b of buttons(el)) {
      const r = b.getBoundingClientRect();
      expect(r.height, textOf(b)).to.be.at.least(48);
      expect(r.width, textOf(b)).to.be.at.least(48);
    }
  });
});

describe('<gp-tutorial> with bad input', () => {
  const uncaught = watchUncaught();

  async function failing(template: TemplateResult): Promise<{ el: GpTutorial; detail: { message: string; problems: readonly { path: string }[] }; count: () => number }> {
    let count = 0;
    const listener = () => (count += 1);
    document.addEventListener('gp-error', listener);
    const seen = new Promise<CustomEvent>((resolve) => document.addEventListener('gp-error', (e) => resolve(e as CustomEvent), { once: true }));
    const el = await fixture<GpTutorial>(template);
    const event = await seen;
    await el.updateComplete;
    await aTimeout(20);
    document.removeEventListener('gp-error', listener);
    return { el, detail: event.detail, count: () => count };
  }

  it('says plainly that a missing file cannot be found', async () => {
    const { el, detail, count } = await failing(html`<gp-tutorial lang="en" src="/no/such/file.json"></gp-tutorial>`);
    expect(textOf($(el, '[part="error"]'))).to.equal('This guide cannot be shown This guide could not be found. Please try again later.');
    // A heading (heading navigation finds it), said through the page's live region, not a
    // live region in the shadow root; on page load it does not take focus.
    expect($(el, 'h2.error-heading')).to.exist;
    expect(el.shadowRoot!.querySelector('[role="alert"], [aria-live]')).to.equal(null);
    await waitUntil(() => liveRegionText() === 'This guide cannot be shown. This guide could not be found. Please try again later.', `live region: ${liveRegionText()}`);
    expect(deepActiveElement() === document.body, 'focus stays on page load').to.equal(true);
    expect(detail.message).to.contain('HTTP 404');
    expect(count()).to.equal(1);
    expect(button(el, 'Try again')).to.exist;
    expect(uncaught).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('reports bad JSON with its line and column for the authors', async () => {
    const url = URL.createObjectURL(new Blob(['{\n  "format": 1,\n  "id": "x",\n}'], { type: 'application/json' }));
    const { el, detail } = await failing(html`<gp-tutorial lang="vi" src=${url}></gp-tutorial>`);
    expect(textOf($(el, '[part="error"]'))).to.equal('Không thể hiển thị hướng dẫn này Hướng dẫn này đang có lỗi nên chưa hiển thị được. Vui lòng thử lại sau.');
    expect(detail.problems.length).to.be.greaterThan(0);
    const details = $(el, '[part="error-details"]') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    expect(textOf(details)).to.contain('(file): Line 3, column 12: there is a comma after the last field. Remove this comma.');
    expect(textOf(details)).to.match(/revision \(line 1, column 1\): /);
    expect(uncaught).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('lists the problems of an invalid tutorial', async () => {
    const bad = { format: 2, id: 'Bad Id', revision: 1, lang: 'en', title: 'x', steps: [{ id: 'a', title: 'A', next: 'nowhere' }] };
    const { el, detail } = await failing(html`<gp-tutorial lang="en" .tutorial=${bad}></gp-tutorial>`);
    expect(textOf($(el, '[part="error"]'))).to.contain('This guide has a mistake in it');
    const paths = detail.problems.map((p) => p.path);
    expect(paths).to.include.members(['format', 'id', 'steps[0].next']);
    expect((detail as { tutorialId?: string }).tutorialId).to.equal('Bad Id');
    expect(uncaught).to.deep.equal([]);
  });

  it('says so when the network fails', async () => {
    const { el, detail } = await failing(html`<gp-tutorial lang="en" src="http://127.0.0.1:9/unreachable.json"></gp-tutorial>`);
    expect(textOf($(el, '[part="error"]'))).to.contain('Check your internet connection');
    expect(detail.message).to.contain('unreachable.json');
    expect(uncaught).to.deep.equal([]);
  });

  it('next() from the start view starts and moves on, like Guide.next()', async () => {
    const el = await render(html`<gp-tutorial lang="en" storage="none" .tutorial=${linear}></gp-tutorial>`);
    const log = record<Record<string, unknown>>(el, 'gp-start', 'gp-step-change');
    el.next();
    await el.updateComplete;
    expect(log.map((e) => [e.name, e.detail['stepId']])).to.deep.equal([
      ['gp-start', 'open-store'],
      ['gp-step-change', 'open-store'],
      ['gp-step-change', 'search'],
    ]);
    expect(textOf($(el, '.step-heading'))).to.equal('Step 2 of 3: Search for VNeID');
    el.next();
    await el.updateComplete;
    expect(textOf($(el, '.step-heading'))).to.equal('Step 3 of 3: Install');
  });

  it('does not throw when a method is misused', async () => {
    const el = await render(html`<gp-tutorial lang="en" storage="none" .tutorial=${branching}></gp-tutorial>`);
    el.goTo('no-such-step');
    el.back();
    button(el, 'Start')!.click();
    await el.updateComplete;
    el.next(); // a choice step needs a choice
    await el.updateComplete;
    expect(textOf($(el, '.step-heading'))).to.equal('Step 1 of 3: Do you have a chip-based ID card?');
    expect(uncaught).to.deep.equal([]);
  });
});
