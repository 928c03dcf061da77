import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/gp-help.js';
import '../../src/elements/gp-tutorial.js';
import { setDefaultHelp, type GpHelp } from '../../src/elements/gp-help.js';
import type { GpTutorial } from '../../src/elements/gp-tutorial.js';
import { liveRegionText } from '../../src/elements/common/live-region.js';
import { decodeReference, encodeReference } from '../../src/core/help/index.js';
import type { GpHelpRequestDetail } from '../../src/core/events/index.js';
import type { HelpChannel, Tutorial } from '../../src/core/tutorial/index.js';
import { shownTextOf, buttonNamed, deepActiveElement, expectAccessible, record, tabTo, textOf } from './helpers.js';

/** A tutorial with help at both levels; its id and revision give the code in docs/reference-codes.md. */
const guide: Tutorial = {
  format: 1,
  id: 'vneid-level-2',
  revision: 3,
  lang: 'vi',
  title: { vi: 'Kích hoạt tài khoản định danh mức 2', en: 'Activate a level-2 e-ID account' },
  help: {
    timezone: 'Asia/Ho_Chi_Minh',
    channels: [
      {
        type: 'phone',
        label: { vi: 'Tổng đài', en: 'Hotline' },
        value: '19000000',
        hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '07:30', closes: '17:00' }],
      },
      {
        type: 'desk',
        label: { vi: 'Bộ phận một cửa phường', en: 'Ward one-stop desk' },
        value: '12 Đường Số 1, Phường Tây Tựu',
        map: 'https://maps.example.org/?q=ward',
      },
    ],
  },
  steps: [
    { id: 'has-chip-card', title: { vi: 'Bạn có căn cước gắn chip chưa?', en: 'Do you have a chip-based ID card?' } },
    {
      id: 'install-app',
      title: { vi: 'Cài ứng dụng VNeID', en: 'Install the VNeID app' },
      help: {
        channels: [{ type: 'chat', label: { vi: 'nhân viên VNeID', en: 'VNeID staff' }, value: 'https://chat.example.gov.vn/vneid' }],
      },
    },
  ],
};

/** One channel of every type, plus two that cannot be linked safely. */
const everyType: HelpChannel[] = [
  { type: 'phone', label: 'Ward hotline', value: '024.3825.1234' },
  { type: 'sms', label: 'Text line', value: '1900 1234' },
  { type: 'email', label: 'Ward office', value: 'hotro@example.gov.vn' },
  { type: 'chat', label: 'Zalo', value: 'https://chat.example.gov.vn/' },
  { type: 'link', label: 'the help pages', value: 'https://example.gov.vn/help' },
  { type: 'desk', label: 'One-stop desk', value: '12 Đường Số 1', map: 'https://maps.example.org/?q=ward' },
  { type: 'phone', label: 'Night line', value: '1900 0000, press 2' },
  { type: 'link', label: 'Old site', value: 'http://old.example.gov.vn/' },
];

/** Monday 6 January 2025, 10:00 in Hồ Chí Minh City (UTC+7). */
const mondayMorning = new Date('2025-01-06T03:00:00Z');

const root = (el: Element) => el.shadowRoot!;
const $ = (el: Element, selector: string) => root(el).querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const statuses = (el: GpHelp) => $$(el, '[part~="status"]').map(textOf);
const actions = (el: GpHelp) => $$(el, '.channel-action, .channel-name').map(textOf);

async function render(template: TemplateResult): Promise<GpHelp> {
  const el = await fixture<GpHelp>(template);
  // A tutorial is checked asynchronously (its problems' words load on demand): wait for the heading.
  await waitUntil(() => el.shadowRoot?.querySelector('h2, h3, [part="heading"]'), 'gp-help did not render');
  await el.updateComplete;
  return el;
}

/** A standalone <gp-help> for `guide` at a step, at a fixed time. */
function atTime(iso: string, lang = 'en', stepId = 'has-chip-card'): Promise<GpHelp> {
  const now = () => new Date(iso);
  return render(html`<gp-help lang=${lang} .tutorial=${guide} step-id=${stepId} .now=${now}></gp-help>`);
}

describe('<gp-help>', () => {
  afterEach(async () => {
    setDefaultHelp(undefined);
    await setViewport({ width: 800, height: 600 });
  });

  it('gives each channel type one large link with a visible label and the right href', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    let el: GpHelp;
    try {
      el = await render(html`<gp-help lang="en" reference="445m 3o1u" .channels=${everyType}></gp-help>`);
    } finally {
      console.warn = warn;
    }
    const links = $$(el, 'a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:02438251234',
      `sms:19001234?body=I%20need%20help%20(445M-301V)`,
      'mailto:hotro@example.gov.vn?subject=I%20need%20help%20(445M-301V)',
      'https://chat.example.gov.vn/',
      'https://example.gov.vn/help',
      'https://maps.example.org/?q=ward',
    ]);
    expect(links.map(shownTextOf)).to.deep.equal([
      'Call Ward hotline 024 3825 1234',
      'Send a text message to Text line 1900 1234',
      'Email Ward office hotro@example.gov.vn',
      'Chat with Zalo chat.example.gov.vn (opens in a new tab)',
      'Open the help pages example.gov.vn (opens in a new tab)',
      'Show on a map (opens in a new tab)',
    ]);
    // Web pages open in a new tab so the citizen keeps their place; calls and mail do not.
    expect(links.map((a) => a.getAttribute('target'))).to.deep.equal([null, null, null, '_blank', '_blank', '_blank']);
    expect(links.slice(3).every((a) => a.getAttribute('rel') === 'noopener noreferrer')).to.equal(true);
    expect(textOf($(el, '[part~="desk"]'))).to.equal('One-stop desk 12 Đường Số 1 Show on a map (opens in a new tab)');
    // A number with words in it cannot be dialled: shown as written, with no link.
    expect(textOf($(el, '[part~="value"]'))).to.equal('1900 0000, press 2');
    // A web link that is not https: is left out, and the page's authors are told.
    expect(textOf($(el, '[part~="channels"]'))).not.to.contain('Old site');
    expect(warnings).to.deep.equal(['[guidepost] help: the link channel "Old site" is not an https: address, so it is not shown.']);
    for (const a of links) {
      const box = a.getBoundingClientRect();
      expect(box.height, textOf(a)).to.be.at.least(48);
      expect(box.width, textOf(a)).to.be.at.least(48);
    }
    await expectAccessible(el);
  });

  it('fires gp-help-request with the channel picked', async () => {
    const el = await atTime('2025-01-06T03:00:00Z', 'en', 'install-app');
    const stay = (e: Event) => e.preventDefault(); // the test page must not follow tel: or open tabs
    window.addEventListener('click', stay, true);
    try {
      const log = record<GpHelpRequestDetail>(document, 'gp-help-request');
      const call = await tabTo((a) => a.localName === 'a' && textOf(a).startsWith('Call Hotline'));
      await sendKeys({ press: 'Enter' });
      $(el, 'a[href^="https://chat"]')!.click();
      expect(call.getAttribute('href')).to.equal('tel:19000000');
      expect(log.map((e) => e.detail)).to.deep.equal([
        { tutorialId: 'vneid-level-2', stepId: 'install-app', reference: '445M-301V', channel: 'phone', locale: 'en' },
        { tutorialId: 'vneid-level-2', stepId: 'install-app', reference: '445M-301V', channel: 'chat', locale: 'en' },
      ]);
    } finally {
      window.removeEventListener('click', stay, true);
    }
  });

  it('shows the reference code of the step, equal to encodeReference, which decodes back', async () => {
    const el = await atTime('2025-01-06T03:00:00Z', 'en', 'install-app');
    const expected = encodeReference({ tutorialId: 'vneid-level-2', revision: 3, stepId: 'install-app' }, guide);
    expect(expected).to.equal('445M-301V'); // the worked example of docs/reference-codes.md
    const shown = textOf($(el, '.code-text'));
    expect(shown).to.equal(expected);
    expect(decodeReference(shown, [guide])).to.deep.equal({ tutorialId: 'vneid-level-2', revision: 3, stepId: 'install-app' });
    // Screen readers hear it one character at a time, the way the citizen must read it out.
    expect($(el, '.code-text')!.getAttribute('aria-hidden')).to.equal('true');
    expect(textOf($(el, '[part="code"] .visually-hidden'))).to.equal('4 4 5 M, 3 0 1 V');
    expect(textOf($(el, '[part="reference"]'))).to.contain('Read this code to the helper. It tells them which step you are on.');
    const first = await atTime('2025-01-06T03:00:00Z', 'en', 'has-chip-card');
    const code = textOf($(first, '.code-text'));
    expect(code).to.equal(encodeReference({ tutorialId: 'vneid-level-2', revision: 3, stepId: 'has-chip-card' }, guide));
    expect(decodeReference(code, [guide])?.stepId).to.equal('has-chip-card');
  });

  it('shows no code when no step is known, and the code given as `reference`, grouped', async () => {
    const none = await render(html`<gp-help lang="en" .channels=${everyType.slice(0, 1)}></gp-help>`);
    expect($(none, '[part="reference"]') === null, 'should not be rendered').to.equal(true);
    const given = await render(html`<gp-help lang="en" reference="445m301v" .channels=${everyType.slice(0, 1)}></gp-help>`);
    expect(textOf($(given, '.code-text'))).to.equal('445M-301V');
  });

  it('says when a channel is open or next opens, on the channel’s own clock, never the device’s', async () => {
    const cases: [string, string][] = [
      ['2025-01-06T03:00:00Z', 'Open now, until 17:00'], // Monday 10:00
      ['2025-01-06T10:00:00Z', 'Closed now. Opens tomorrow at 07:30'], // Monday 17:00, closing time
      ['2025-01-10T11:00:00Z', 'Closed now. Opens Monday at 07:30'], // Friday 18:00
      ['2025-01-11T03:00:00Z', 'Closed now. Opens Monday at 07:30'], // Saturday 10:00
      ['2025-01-12T13:00:00Z', 'Closed now. Opens tomorrow at 07:30'], // Sunday 20:00
      ['2025-01-05T23:00:00Z', 'Closed now. Opens today at 07:30'], // still Sunday in UTC, Monday 06:00 in Hà Nội
      ['2025-01-06T00:30:00Z', 'Open now, until 17:00'], // Monday 07:30 sharp
    ];
    for (const [iso, expected] of cases) {
      const el = await atTime(iso);
      // The desk has no hours: no status at all rather than a guess.
      expect(statuses(el), iso).to.deep.equal([expected]);
    }
  });

  it('reads each channel’s hours in its own time zone, and shows nothing without one', async () => {
    const paris: HelpChannel = {
      type: 'phone',
      label: 'Consulate',
      value: '+33 1 44 14 64 00',
      hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
    };
    const noZone: HelpChannel = { ...paris, label: 'Somewhere', value: '113' };
    const el = await render(html`<gp-help
      lang="en"
      .tutorial=${guide}
      .help=${{ channels: [paris], timezone: 'Europe/Paris' }}
      .now=${() => mondayMorning}
    ></gp-help>`);
    // 03:00 UTC: 10:00 in Hà Nội, 04:00 in Paris.
    expect(statuses(el)).to.deep.equal(['Open now, until 17:00', 'Closed now. Opens today at 09:00']);
    const alone = await render(html`<gp-help lang="en" .channels=${[noZone]} .now=${() => mondayMorning}></gp-help>`);
    expect(textOf($(alone, '.channel-action'))).to.equal('Call Somewhere');
    expect(statuses(alone)).to.deep.equal([]);
    const zoned = await render(html`<gp-help lang="en" timezone="Asia/Ho_Chi_Minh" .channels=${[noZone]} .now=${() => mondayMorning}></gp-help>`);
    expect(statuses(zoned)).to.deep.equal(['Open now, until 17:00']); // 10:00 in Hà Nội
    // The status is heard with the link it belongs to.
    const link = $(zoned, 'a')!;
    expect(textOf(root(zoned).getElementById(link.getAttribute('aria-describedby')!))).to.equal('Open now, until 17:00');
  });

  it('speaks Vietnamese and English', async () => {
    const vi = await atTime('2025-01-10T11:00:00Z', 'vi');
    expect(textOf($(vi, 'h2'))).to.equal('Nhờ người hỗ trợ');
    expect(textOf($(vi, '[part="intro"]'))).to.equal('Nếu bạn gặp khó khăn, sẽ có người giúp bạn. Hãy chọn một cách để liên hệ.');
    expect(actions(vi)).to.deep.equal(['Gọi Tổng đài', 'Bộ phận một cửa phường', 'Xem trên bản đồ']);
    expect(statuses(vi)).to.deep.equal(['Đang đóng cửa. Mở lại vào Thứ Hai lúc 07:30']);
    expect(textOf($(vi, 'h3'))).to.equal('Mã tra cứu của bạn');
    expect(textOf($(vi, 'button'))).to.equal('Sao chép mã');
    expect(textOf($(vi, '[part="safety"]'))).to.equal('Cán bộ không bao giờ hỏi mật khẩu hay mã OTP của bạn.');
    expect($(vi, 'a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:19000000');
    await expectAccessible(vi);

    const en = await atTime('2025-01-10T11:00:00Z', 'en');
    expect(textOf($(en, 'h2'))).to.equal('Get help from a person');
    expect(actions(en)).to.deep.equal(['Call Hotline', 'Ward one-stop desk', 'Show on a map']);
    expect(statuses(en)).to.deep.equal(['Closed now. Opens Monday at 07:30']);
    expect(textOf($(en, 'h3'))).to.equal('Your reference code');
    expect(textOf($(en, '[part="safety"]'))).to.equal('Staff will never ask for your password or OTP code.');
    await expectAccessible(en);
  });

  it('marks a label that fell back to another language with its lang, and puts the subject in mail', async () => {
    const viOnly: HelpChannel = { type: 'email', label: { vi: 'Văn phòng phường' }, value: 'hotro@example.gov.vn' };
    const tutorial = { ...guide, help: { channels: [viOnly] } };
    const el = await render(html`<gp-help lang="en" .tutorial=${tutorial} step-id="has-chip-card"></gp-help>`);
    // This tutorial has a warning (a missing translation), so it is accepted once its words load.
    await waitUntil(() => $(el, '.channel-label'), 'no channel shown');
    const label = $(el, '.channel-label')!;
    expect(textOf(label)).to.equal('Văn phòng phường');
    expect(label.getAttribute('lang')).to.equal('vi');
    const code = encodeReference({ tutorialId: guide.id, revision: 3, stepId: 'has-chip-card' }, guide);
    const subject = `Help with the guide “Activate a level-2 e-ID account” (${code})`;
    expect($(el, 'a')!.getAttribute('href')).to.equal(`mailto:hotro@example.gov.vn?subject=${encodeURIComponent(subject)}`);
  });

  it('lists the step’s help first, then the tutorial’s, then the portal default, without repeats', async () => {
    const el = await atTime('2025-01-06T03:00:00Z', 'en', 'install-app');
    expect(actions(el)).to.deep.equal(['Chat with VNeID staff', 'Call Hotline', 'Ward one-stop desk', 'Show on a map']);
    setDefaultHelp({
      timezone: 'Asia/Ho_Chi_Minh',
      channels: [
        { type: 'phone', label: 'Ward hotline', value: '1900 0000' }, // the tutorial's hotline again
        { type: 'email', label: 'Ward office', value: 'phuong@example.gov.vn', hours: [{ days: ['sa'], opens: '08:00', closes: '11:00' }] },
      ],
    });
    await el.updateComplete;
    expect(actions(el)).to.deep.equal(['Chat with VNeID staff', 'Call Hotline', 'Ward one-stop desk', 'Show on a map', 'Email Ward office']);
    expect(statuses(el)).to.deep.equal(['Open now, until 17:00', 'Closed now. Opens Saturday at 08:00']);
    expect(() => setDefaultHelp({ channels: [{ type: 'fax', label: 'x', value: '1' }] } as never)).to.throw(
      TypeError,
      /^setDefaultHelp: the help given is not \{ channels, timezone \}\.\nhelp\.channels\[0\]\.type: /,
    );
    setDefaultHelp(undefined);
    await el.updateComplete;
    expect(actions(el)).to.deep.equal(['Chat with VNeID staff', 'Call Hotline', 'Ward one-stop desk', 'Show on a map']);
  });

  it('says so when no channel is known', async () => {
    const el = await render(html`<gp-help lang="en"></gp-help>`);
    expect(textOf($(el, '[part="empty"]'))).to.equal('No help contacts are listed for this guide.');
    expect($(el, '[part="intro"]') === null, 'should not be rendered').to.equal(true);
    expect(textOf($(el, '[part="safety"]'))).to.equal('Staff will never ask for your password or OTP code.');
    await expectAccessible(el);
  });

  it('lists the help of the tutorial file at src', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(guide)], { type: 'application/json' }));
    const el = await render(html`<gp-help src=${url} step-id="install-app"></gp-help>`);
    await waitUntil(() => $(el, 'a'), 'the tutorial at src was not loaded');
    // No lang anywhere: the tutorial's language.
    expect(actions(el)).to.deep.equal(['Trò chuyện với nhân viên VNeID', 'Gọi Tổng đài', 'Bộ phận một cửa phường', 'Xem trên bản đồ']);
    expect(textOf($(el, '.code-text'))).to.equal('445M-301V');
  });

  it('reports a tutorial file that cannot be loaded, and never throws', async () => {
    const error = console.error;
    console.error = () => {};
    try {
      const failed = oneEvent(document, 'gp-error');
      const el = await render(html`<gp-help lang="en" src="/no/such/guide.json" step-id="x"></gp-help>`);
      const { detail } = await failed;
      expect(detail.message).to.contain('HTTP 404');
      await el.updateComplete;
      expect(textOf($(el, '[part="empty"]'))).to.equal('No help contacts are listed for this guide.');
    } finally {
      console.error = error;
    }
  });

  it('copies the code and announces it through the live region', async () => {
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    try {
      const el = await atTime('2025-01-06T03:00:00Z', 'en', 'install-app');
      const button = await tabTo(buttonNamed('Copy code'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => liveRegionText() === 'Code copied', `live region says "${liveRegionText()}"`);
      expect(copied).to.deep.equal(['445M-301V']);
      expect(document.getElementById('gp-live-region')!.getAttribute('aria-live')).to.equal('polite');
      expect(textOf($(el, '[part="copy-status"]'))).to.equal('Code copied');
      expect(deepActiveElement() === button, `focus is on ${deepActiveElement()?.localName}`).to.equal(true);
      await expectAccessible(el);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('says so when the code cannot be copied', async () => {
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    const execCommand = document.execCommand;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    document.execCommand = () => false;
    try {
      const el = await atTime('2025-01-06T03:00:00Z', 'vi', 'install-app');
      $(el, 'button')!.click();
      await waitUntil(() => liveRegionText() === 'Không sao chép được mã. Hãy ghi mã ra giấy.', `live region says "${liveRegionText()}"`);
      expect(document.getElementById('gp-live-region')!.getAttribute('lang')).to.equal('vi');
      expect(textOf($(el, '[part="copy-status"]'))).to.equal('Không sao chép được mã. Hãy ghi mã ra giấy.');
    } finally {
      document.execCommand = execCommand;
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('fits 320 px with no horizontal scroll', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render(html`<gp-help lang="vi" reference="445M-301V" timezone="Asia/Ho_Chi_Minh" .channels=${everyType.slice(0, 6)} .now=${() => mondayMorning}></gp-help>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    for (const a of $$(el, 'a')) expect(a.getBoundingClientRect().right, textOf(a)).to.be.at.most(320);
    await expectAccessible(el);
  });
});

describe('Get help in <gp-tutorial>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    localStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });

  async function atStep(lang = 'en', stepId = 'install-app'): Promise<GpTutorial> {
    const el = await fixture<GpTutorial>(html`<gp-tutorial lang=${lang} storage="none" start=${stepId} .tutorial=${guide}></gp-tutorial>`);
    await waitUntil(() => $(el, '.help-button'), 'no Get help button');
    await el.updateComplete;
    return el;
  }

  async function openHelp(el: GpTutorial): Promise<HTMLDialogElement> {
    await tabTo(buttonNamed(el.lang === 'vi' ? 'Nhờ trợ giúp' : 'Get help'));
    await sendKeys({ press: 'Enter' });
    const dialog = $(el, 'dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open && $(el, 'gp-help')?.shadowRoot?.querySelector('a'), 'help did not open');
    return dialog;
  }

  it('opens help in a modal dialog named by its heading, with focus on the Close at its top', async () => {
    const el = await atStep();
    const log = record<GpHelpRequestDetail>(document, 'gp-help-request');
    const dialog = await openHelp(el);
    expect(dialog.matches(':modal')).to.equal(true);
    const heading = root(el).getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(textOf(heading)).to.equal('Get help from a person');
    expect(heading.localName).to.equal('h2');
    const top = $(el, '.help-close-top')!;
    expect(deepActiveElement() === top, `focus is on ${deepActiveElement()?.localName}`).to.equal(true);
    expect(textOf(top)).to.equal('Close');
    expect(log.map((e) => e.detail)).to.deep.equal([
      { tutorialId: 'vneid-level-2', stepId: 'install-app', reference: '445M-301V', locale: 'en' },
    ]);
    const help = $(el, 'gp-help')!;
    expect(actions(help as GpHelp)).to.deep.equal(['Chat with VNeID staff', 'Call Hotline', 'Ward one-stop desk', 'Show on a map']);
    expect(textOf($(help, '.code-text'))).to.equal('445M-301V');
    await expectAccessible(el);
  });

  it('returns focus to Get help on Escape and on Close', async () => {
    const el = await atStep();
    let dialog = await openHelp(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(textOf(deepActiveElement())).to.equal('Get help');
    expect($(el, 'gp-help') === null, 'should not be rendered').to.equal(true);

    dialog = await openHelp(el);
    await tabTo(buttonNamed('Close'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(textOf(deepActiveElement())).to.equal('Get help');
  });

  it('returns focus to Get help even when it was not focused before (a mouse click in Safari)', async () => {
    const el = await atStep();
    (deepActiveElement() as HTMLElement | null)?.blur();
    $(el, '.help-button')!.click();
    const dialog = $(el, 'dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open, 'help did not open');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(deepActiveElement() === $(el, '.help-button'), `focus is on ${deepActiveElement()?.localName}`).to.equal(true);
  });

  it('lets the keyboard reach every channel, Copy and Close, in order', async () => {
    const el = await atStep('vi');
    await openHelp(el);
    const seen: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      await sendKeys({ press: 'Tab' });
      seen.push(shownTextOf(deepActiveElement()));
    }
    expect(seen).to.deep.equal([
      'Trò chuyện với nhân viên VNeID chat.example.gov.vn (mở trong thẻ mới)',
      'Gọi Tổng đài 1900 0000',
      'Xem trên bản đồ (mở trong thẻ mới)',
      'Sao chép mã',
      'Đóng',
    ]);
  });

  it('fits 320 px at the largest text size, in Vietnamese', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await atStep('vi');
    const largest = await tabTo((b) => b.localName === 'button' && textOf(b).startsWith('A++'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = await openHelp(el);
    await aTimeout(50);
    expect(getComputedStyle($(el, 'gp-help')!).fontSize).to.equal('40px');
    expect(dialog.getBoundingClientRect().right).to.be.at.most(320);
    expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    await expectAccessible(el);
    await sendKeys({ press: 'Escape' });
    expect(largest.getAttribute('aria-pressed')).to.equal('true');
    (root(el).querySelector('.text-size-button') as HTMLButtonElement).click(); // back to A
  });
});
