import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/gp-catalog.js';
import type { GpCatalog } from '../../src/elements/gp-catalog.js';
import type { GpErrorDetail } from '../../src/core/events/index.js';
import { memoryStore, webStorageStore, type ProgressRecord } from '../../src/core/progress/index.js';
import { liveRegionText } from '../../src/elements/common/live-region.js';
import demoCatalog from '../../demo/catalog.json';
import { buttonNamed, deepActiveElement, expectAccessible, record, tabTo, textOf } from './helpers.js';

const demo = '/raw/demo/catalog.json';
const $ = (el: GpCatalog, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: GpCatalog, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** The titles of the guides listed by category, in order. */
const listed = (el: GpCatalog) => $$(el, '[part="category"] [part="guide-button"]').map(textOf);
const headings = (el: GpCatalog) => $$(el, '[part="category-title"]').map(textOf);
const all = (el: GpCatalog) => waitUntil(() => listed(el).length === demoCatalog.tutorials.length && !$(el, '[part="loading"]'), 'the guides did not all load', { timeout: 5000 });

function saved(tutorialId: string, path: string[], finished = false, updatedAt = 2): ProgressRecord {
  return { tutorialId, revision: 1, path, finished, startedAt: 1, updatedAt };
}

/** Types into the search field with real key presses, after clearing it. */
async function search(el: GpCatalog, text: string): Promise<void> {
  const input = $(el, 'input') as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await el.updateComplete;
}

/** Opens the guide named `name` from a fresh catalog with the keyboard and presses Start; gives its shadow root. */
async function startGuide(name: string): Promise<{ catalog: GpCatalog; walk: () => ShadowRoot }> {
  const catalog = await fixture<GpCatalog>(html`<gp-catalog lang="en" src=${demo}></gp-catalog>`);
  await all(catalog);
  await tabTo(buttonNamed(name));
  await sendKeys({ press: 'Enter' });
  const walk = () => $(catalog, 'gp-tutorial')!.shadowRoot!;
  await waitUntil(() => walk()?.querySelector('button.primary'), 'no Start button');
  (walk().querySelector('button.primary') as HTMLButtonElement).click();
  await waitUntil(() => walk().querySelector('[part="step-count"]'), 'no step');
  return { catalog, walk };
}

/** A reload: a new catalog on the same localStorage, with `title` and `count` under Continue. */
async function continueAfterReload(first: GpCatalog, title: string, count: string, tutorialId: string): Promise<GpCatalog> {
  first.remove();
  const el = await fixture<GpCatalog>(html`<gp-catalog lang="en" src=${demo}></gp-catalog>`);
  await all(el);
  await waitUntil(() => $(el, '[part="continue"] button'), 'no Continue entry after the reload');
  const entry = $(el, '[part="continue"] button')!;
  expect(textOf(entry)).to.equal(`${title} ${count}`);
  expect(Object.keys(localStorage).filter((k) => k.startsWith('guidepost:progress:'))).to.deep.equal([`guidepost:progress:${tutorialId}`]);
  await tabTo((b) => b === entry);
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => $(el, 'gp-tutorial')?.shadowRoot?.querySelector('[part="intro"]'), 'the guide did not open');
  return el;
}

describe('<gp-catalog>', () => {
  afterEach(async () => {
    localStorage.clear();
    document.documentElement.style.removeProperty('font-size');
    await setViewport({ width: 800, height: 600 });
  });

  it('lists the guides by category with title, summary and minutes from the tutorial files', async () => {
    const el = await fixture<GpCatalog>(html`<gp-catalog lang="en" src=${demo} .store=${memoryStore()}></gp-catalog>`);
    await all(el);
    expect(headings(el)).to.deep.equal(['Electronic identity (VNeID)', 'Online public services', 'Tax', 'Social and health insurance', 'Paying bills', 'Reporting to the ward']);
    expect(listed(el).slice(0, 2)).to.deep.equal(['Activate your level-2 e-ID (electronic identity) account in VNeID', 'Change the phone number or the phone of your VNeID account']);
    const first = $(el, '[part="guide"]')!;
    expect(textOf(first.querySelector('[part="meta"]'))).to.equal('About 15 minutes');
    expect(textOf(first.querySelector('[part="summary"]'))).to.match(/^Step by step, activate your level-2 VNeID account/);
    // The summary and minutes describe the button, so a screen reader hears them with its name.
    const button = first.querySelector('button')!;
    expect(button.getAttribute('aria-describedby')).to.equal('guide-0-summary guide-0-meta');
    expect($(el, 'h2')!.textContent).to.equal('Electronic identity (VNeID)');
    expect(first.querySelector('h3 > button')).to.equal(button);
    expect(textOf(el.shadowRoot!.querySelector('label[for="search"]'))).to.equal('Search the guides');
    await expectAccessible(el);
  });

  it('shows it in Vietnamese by default, the catalog’s language', async () => {
    const el = await fixture<GpCatalog>(html`<div><gp-catalog src=${demo} storage="none"></gp-catalog></div>`);
    const catalog = el.querySelector('gp-catalog')!;
    await all(catalog);
    expect(headings(catalog)[0]).to.equal('Định danh điện tử (VNeID)');
    expect(listed(catalog)[0]).to.equal('Kích hoạt tài khoản định danh điện tử mức 2 trên VNeID');
    expect(textOf(catalog.shadowRoot!.querySelector('label'))).to.equal('Tìm hướng dẫn');
    await expectAccessible(catalog);
  });

  it('finds the same guides with and without Vietnamese marks, in any case, and says how many politely', async () => {
    const el = await fixture<GpCatalog>(html`<gp-catalog lang="vi" src=${demo} .store=${memoryStore()}></gp-catalog>`);
    await all(el);
    const results: string[][] = [];
    for (const query of ['kich hoat', 'KÍCH HOẠT', 'Kích hoạt']) {
      await search(el, query);
      results.push(listed(el));
      expect(textOf($(el, '[part="count"]')), query).to.equal('Tìm thấy 1 hướng dẫn');
      await waitUntil(() => liveRegionText() === 'Tìm thấy 1 hướng dẫn', `the live region says "${liveRegionText()}"`);
    }
    expect(results).to.deep.equal([0, 1, 2].map(() => ['Kích hoạt tài khoản định danh điện tử mức 2 trên VNeID']));
    expect(document.getElementById('gp-live-region')!.getAttribute('aria-live')).to.equal('polite');
    await expectAccessible(el);

    // "d" finds "đ": "dien" is "điện" (electricity), in a title and a keyword.
    await search(el, 'tien dien');
    expect(listed(el)).to.deep.equal(['Trả tiền điện, tiền nước bằng mã QR (mã vuông in trên giấy báo) trong ứng dụng ngân hàng']);
    // Keywords count: "BHYT" is in no title.
    await search(el, 'bhyt');
    expect(listed(el)).to.deep.equal(['Xem thẻ bảo hiểm y tế và quá trình đóng bảo hiểm trên VssID']);
    // A category's title finds its guides; an English word finds the guide's English title.
    await search(el, 'dinh danh dien tu');
    expect(headings(el)).to.deep.equal(['Định danh điện tử (VNeID)']);
    await search(el, 'income');
    expect(listed(el)).to.deep.equal(['Cài eTax Mobile và tra cứu thuế thu nhập cá nhân']);

    await search(el, 'xyzzy');
    expect(listed(el)).to.deep.equal([]);
    expect(textOf($(el, '[part="none"]'))).to.equal('Không có hướng dẫn nào khớp với “xyzzy”. Hãy thử từ khác, hoặc ít từ hơn.');
    await waitUntil(() => liveRegionText().startsWith('Không có hướng dẫn nào'), 'no result was not announced');
    await expectAccessible(el);

    await search(el, '');
    expect(listed(el)).to.have.length(demoCatalog.tutorials.length);
    expect($(el, '[part="count"]')).to.equal(null);
  });

  it('lists guides with saved progress under "Continue where you left off", and marks finished ones Done', async () => {
    const store = memoryStore();
    store.set(saved('vneid-level-2', ['has-chip-card', 'install-app', 'open-activate'], false, 5));
    // Progress that no longer fits its tutorial is not offered, as the walkthrough would not offer it.
    store.set(saved('etax-mobile', ['no-such-step'], false, 9));
    store.set(saved('pay-bill-qr', ['open-bank-app'], true));
    const el = await fixture<GpCatalog>(html`<gp-catalog lang="en" src=${demo} .store=${store}></gp-catalog>`);
    await all(el);
    await waitUntil(() => $(el, '[part="continue"]'), 'no Continue section');
    const section = $(el, '[part="continue"]')!;
    expect(textOf(section.querySelector('h2'))).to.equal('Continue where you left off');
    expect([...section.querySelectorAll('button')].map(textOf)).to.deep.equal(['Activate your level-2 e-ID (electronic identity) account in VNeID Step 3 of 9']);
    const done = $$(el, '[part="done"]');
    expect(done.map((d) => textOf(d.closest('li')!.querySelector('button')))).to.deep.equal(['Pay an electricity or water bill by QR (square) code in your banking app']);
    expect(textOf(done[0])).to.equal('Done');
    // Not colour alone: the mark is a word, with an icon hidden from screen readers.
    expect(done[0]!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    await expectAccessible(el);
  });

  it('leaves out a missing or broken tutorial with a gp-error naming it, and shows the rest', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors = record<GpErrorDetail>(host, 'gp-error');
    const el = document.createElement('gp-catalog');
    el.setAttribute('lang', 'en');
    el.setAttribute('storage', 'none');
    el.src = '/raw/test/fixtures/catalog-broken.json';
    host.append(el);
    await waitUntil(() => listed(el).length === 2 && errors.length === 2 && !$(el, '[part="loading"]'), 'the list did not settle', { timeout: 5000 });
    expect(listed(el)).to.deep.equal(['A minimal tutorial', 'Activate a level-2 e-ID account']);
    const messages = errors.map((e) => e.detail.message).sort();
    expect(messages[0]).to.match(/^The catalog lists http:\/\/[^ ]+\/raw\/test\/fixtures\/catalog-broken\.json, which is left out: The tutorial in /);
    expect(messages[1]).to.match(/^The catalog lists http:\/\/[^ ]+\/raw\/test\/fixtures\/missing\.json, which is left out: Could not load the tutorial .*HTTP 404/);
    const details = $(el, '[part="error-details"]')!;
    expect(textOf(details.querySelector('summary'))).to.equal('2 guides could not be shown');
    await expectAccessible(el);
  });

  it('says plainly when the catalog itself cannot be loaded', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors = record<GpErrorDetail>(host, 'gp-error');
    const el = document.createElement('gp-catalog');
    el.setAttribute('lang', 'en');
    el.src = '/raw/test/fixtures/no-such-catalog.json';
    host.append(el);
    await waitUntil(() => $(el, '[part="error"]'), 'no error shown');
    // Said through the page's live region, not an alert inside the shadow root.
    expect($(el, '[role="alert"]')).to.equal(null);
    await waitUntil(() => document.getElementById('gp-live-region')?.textContent?.includes('The list of guides could not be found'), 'not announced');
    expect(textOf($(el, '[part="error"]'))).to.equal('The list of guides cannot be shown The list of guides could not be found. Please try again later.');
    expect(errors.map((e) => e.detail.message)).to.deep.equal(['Could not load the catalog /raw/test/fixtures/no-such-catalog.json: HTTP 404.']);
    await expectAccessible(el);
  });

  it('opens a guide in place from the keyboard, and Back to all guides returns focus to it', async () => {
    const el = await fixture<GpCatalog>(html`<gp-catalog lang="en" src=${demo} .store=${memoryStore()}></gp-catalog>`);
    await all(el);
    const chosen = await tabTo(buttonNamed('Install eTax Mobile'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, 'gp-tutorial')?.shadowRoot?.querySelector('[part="title"]'), 'the guide did not open');
    const back = deepActiveElement()!;
    expect(textOf(back)).to.equal('Back to all guides');
    expect(back.closest('section')!.getAttribute('aria-label')).to.equal('Install eTax Mobile and look up your personal income tax');
    expect(textOf($(el, 'gp-tutorial')!.shadowRoot!.querySelector('[part="title"]'))).to.equal('Install eTax Mobile and look up your personal income tax');
    await expectAccessible(el);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => listed(el).length === demoCatalog.tutorials.length, 'the list did not come back');
    expect(textOf(deepActiveElement())).to.equal(textOf(chosen));
    expect(deepActiveElement()!.getAttribute('data-guide')).to.equal(String(demoCatalog.tutorials.findIndex((t) => t.src.endsWith('/etax-mobile.json'))));
  });

  it('shows a guide\'s pictures from beside its tutorial file, not from the page', async () => {
    const { walk } = await startGuide('Install eTax Mobile and look up your personal income tax');
    for (let i = 0; i < 12 && !walk().querySelector('img'); i++) {
      (walk().querySelector('button.next, button.choice') as HTMLButtonElement).click();
      await waitUntil(() => walk().querySelector('[part="step-count"]'), 'no step');
    }
    const img = walk().querySelector('img')!;
    expect(img, 'no step of the guide has a picture').to.not.equal(null);
    expect(new URL(img.src).pathname).to.equal('/raw/examples/img/phone-app-store.svg');
    await img.decode();
    expect(img.naturalWidth).to.be.greaterThan(0);
  });

  it('resumes a guide from the list after a reload, and counts the step as the walkthrough does', async () => {
    const { catalog: first, walk } = await startGuide('Change the phone number');
    for (let i = 0; i < 2; i += 1) {
      const before = textOf(walk().querySelector('[part="step-count"]'));
      // The first answer of a question, else Next.
      const next = walk().querySelector<HTMLButtonElement>('[part~="choice"]') ?? [...walk().querySelectorAll('button')].find((b) => textOf(b) === 'Next')!;
      next.click();
      await waitUntil(() => textOf(walk().querySelector('[part="step-count"]')) !== before, 'Next did not move on');
    }
    const count = textOf(walk().querySelector('[part="step-count"]'));
    expect(count).to.match(/^Step 3 of \d+$/);
    const el = await continueAfterReload(first, 'Change the phone number or the phone of your VNeID account', count, 'vneid-change-phone');
    const resume = [...$(el, 'gp-tutorial')!.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b).startsWith('Continue at step 3'));
    expect(resume, 'the walkthrough offers to continue at step 3').to.not.equal(undefined);
    // Back goes to the Continue entry it came from.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part="continue"] button'));
    expect(deepActiveElement()!.closest('[part="continue"]')).to.not.equal(null);
    expect(webStorageStore(localStorage).get('vneid-change-phone')!.path).to.have.length(3);
  });

  it('finds the guides of every e-service as a citizen types, with and without marks', async () => {
    const el = await fixture<GpCatalog>(html`<gp-catalog lang="vi" src=${demo} .store=${memoryStore()}></gp-catalog>`);
    await all(el);
    const signature = 'Đăng ký chữ ký số cá nhân trên VNeID';
    for (const query of ['chu ky so', 'CHỮ KÝ SỐ', 'Chữ ký số', 'ky so']) {
      await search(el, query);
      expect(listed(el), query).to.deep.equal([signature]);
      await waitUntil(() => liveRegionText() === 'Tìm thấy 1 hướng dẫn', `the live region says "${liveRegionText()}" for “${query}”`);
    }
    await search(el, '1022');
    expect(listed(el)).to.deep.equal(['Gửi phản ánh, kiến nghị qua Cổng 1022']);
    // "phan anh" finds both ways of reporting to the ward, under their own category.
    for (const query of ['phan anh', 'Phản ánh', 'PHAN ANH']) {
      await search(el, query);
      expect(headings(el), query).to.deep.equal(['Phản ánh, kiến nghị với phường']);
      expect(listed(el), query).to.deep.equal(['Phản ánh hiện trường với phường qua ứng dụng iHanoi', 'Gửi phản ánh, kiến nghị qua Cổng 1022']);
      expect(textOf($(el, '[part="count"]'))).to.equal('Tìm thấy 2 hướng dẫn');
    }
    await search(el, 'ihanoi');
    expect(listed(el)).to.deep.equal(['Phản ánh hiện trường với phường qua ứng dụng iHanoi']);
    await search(el, 'quen mat khau');
    expect(listed(el)).to.deep.equal(['Lấy lại tài khoản VNeID khi quên mật khẩu hoặc mất điện thoại']);
    await search(el, 'dang nhap dich vu cong');
    expect(listed(el)).to.deep.equal(['Đăng nhập Cổng Dịch vụ công quốc gia bằng VNeID']);
    // In English too, from the guides' English titles and keywords.
    await search(el, 'digital signature');
    expect(listed(el)).to.deep.equal([signature]);
    await expectAccessible(el);
  });

  for (const [name, title] of [
    ['Register a personal digital signature', 'Register a personal digital signature in VNeID'],
    ['Report a problem in your street', 'Report a problem in your street to the ward with the iHanoi app'],
    ['Sign in to the National Public Service Portal', 'Sign in to the National Public Service Portal with VNeID'],
  ] as const) {
    it(`opens “${name}” from the list with the keyboard, and Back returns focus to it`, async () => {
      const el = await fixture<GpCatalog>(html`<gp-catalog lang="en" src=${demo} .store=${memoryStore()}></gp-catalog>`);
      await all(el);
      const chosen = await tabTo(buttonNamed(name));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, 'gp-tutorial')?.shadowRoot?.querySelector('[part="title"]'), 'the guide did not open');
      expect(textOf($(el, 'gp-tutorial')!.shadowRoot!.querySelector('[part="title"]'))).to.equal(title);
      const back = deepActiveElement()!;
      expect(textOf(back)).to.equal('Back to all guides');
      await expectAccessible(el);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => listed(el).length === demoCatalog.tutorials.length, 'the list did not come back');
      // The list is drawn anew: focus is on the same guide's button, the one in the list.
      const focused = deepActiveElement()!;
      expect(textOf(focused)).to.equal(title);
      expect([focused.getAttribute('data-guide'), focused.getAttribute('data-from')]).to.deep.equal([chosen.getAttribute('data-guide'), 'list']);
      await expectAccessible(el);
    });
  }

  it('resumes a new guide (account recovery, along its second answer) from the list after a reload', async () => {
    const { catalog: first, walk } = await startGuide('Get back into your VNeID account');
    // "I lost my phone or my number", then "Yes, I still have my old number".
    for (const answer of ['I lost my phone or my number', 'Yes, I still have my old number']) {
      const choice = [...walk().querySelectorAll<HTMLButtonElement>('[part~="choice"]')].find((b) => textOf(b) === answer)!;
      choice.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => ![...walk().querySelectorAll('[part~="choice"]')].some((b) => textOf(b) === answer), `“${answer}” did not move on`);
    }
    expect(textOf(walk().querySelector('[part="step-count"]'))).to.equal('Step 3 of 4');
    const el = await continueAfterReload(first, 'Get back into your VNeID account if you forgot the password or lost your phone', 'Step 3 of 4', 'vneid-recover-account');
    const resume = [...$(el, 'gp-tutorial')!.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b).startsWith('Continue at step 3'));
    expect(resume, 'the walkthrough offers to continue at step 3').to.not.equal(undefined);
    resume!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf($(el, 'gp-tutorial')!.shadowRoot!.querySelector('.step-heading')).includes('Put the sim card into the new phone'), 'not resumed at its step');
    await expectAccessible(el);
  });

  it('links each guide to the portal’s url-template instead of opening it in place', async () => {
    const template = 'guide.html?id={id}&src={src}';
    const el = await fixture<GpCatalog>(html`<gp-catalog lang="en" src=${demo} storage="none" url-template=${template}></gp-catalog>`);
    await all(el);
    const link = $(el, '[part="category"] a[part="guide-button"]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal(`guide.html?id=vneid-level-2&src=${encodeURIComponent(new URL('/raw/examples/vneid-level-2.json', location.href).href)}`);
    expect($(el, '[part="category"] button')).to.equal(null);
    await expectAccessible(el);
  });

  it('fits 320 px with 200 % text, every target at least 48 px', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    const store = memoryStore();
    store.set(saved('vneid-level-2', ['has-chip-card', 'install-app']));
    const el = await fixture<GpCatalog>(html`<gp-catalog lang="vi" src=${demo} .store=${store}></gp-catalog>`);
    await all(el);
    await waitUntil(() => $(el, '[part="continue"]'));
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    for (const target of $$(el, 'button, input, a')) {
      const box = target.getBoundingClientRect();
      expect(box.height, textOf(target)).to.be.at.least(48);
      expect(box.right, textOf(target)).to.be.at.most(320);
    }
    await expectAccessible(el);
  });
});
