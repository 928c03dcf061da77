// Display preferences (issue 17): <gp-preferences> in a portal's header, contrast themes and
// wide spacing shared by every guidepost element, remembered, prefers-contrast and forced colours.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/gp-preferences.js';
import '../../src/elements/gp-tutorial.js';
import type { GpPreferences } from '../../src/elements/gp-preferences.js';
import type { GpTutorial } from '../../src/elements/gp-tutorial.js';
import { resetTextSizeForTests } from '../../src/elements/controllers/text-size.js';
import vneid from '../../examples/vneid-level-2.json';
import { deepActiveElement, expectAccessible, tabTo } from './helpers.js';

const themeNames = { standard: 'Standard', high: 'High contrast', dark: 'Dark', yellow: 'Yellow on black' } as const;

/** WCAG relative luminance of an `rgb(r, g, b)` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The background an element is painted on: its own, else the nearest ancestor's (through shadow roots). */
function backgroundOf(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null)) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
  }
  return 'rgb(255, 255, 255)';
}

/** Every element with text of its own in `root` (shadow roots included). */
function textElements(root: ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if ([...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) && !el.closest('.visually-hidden')) out.push(el);
    if (el.shadowRoot) out.push(...textElements(el.shadowRoot));
  }
  return out;
}

/** The lowest contrast of rendered text on its background (AAA asks 7:1). */
function lowestContrast(root: ShadowRoot): { ratio: number; where: string } {
  let lowest = { ratio: 21, where: '' };
  for (const el of textElements(root)) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    const ratio = contrast(getComputedStyle(el).color, backgroundOf(el));
    if (ratio < lowest.ratio) lowest = { ratio, where: `${el.localName}.${el.className}: ${getComputedStyle(el).color} on ${backgroundOf(el)}` };
  }
  return lowest;
}

const root = (el: Element) => el.shadowRoot!;
const radio = (el: Element, label: string) =>
  [...root(el).querySelectorAll<HTMLLabelElement>('.display-option')].find((l) => l.textContent!.trim() === label)!.querySelector('input')!;

async function openDisplay(prefs: GpPreferences): Promise<void> {
  await tabTo((el) => el.localName === 'summary' && el.textContent!.trim() === 'Display');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => root(prefs).querySelector('details')!.open, 'Display did not open');
}

async function page(): Promise<{ prefs: GpPreferences; tutorial: GpTutorial }> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en">
    <gp-preferences></gp-preferences>
    <gp-tutorial storage="none" start="install-app" .tutorial=${vneid}></gp-tutorial>
  </div>`);
  const prefs = wrapper.querySelector<GpPreferences>('gp-preferences')!;
  const tutorial = wrapper.querySelector<GpTutorial>('gp-tutorial')!;
  await waitUntil(() => root(prefs).querySelector('.display-option') && root(tutorial).querySelector('.step-title'), 'not rendered');
  return { prefs, tutorial };
}

function reset(): void {
  localStorage.clear();
  resetTextSizeForTests();
  document.documentElement.style.fontSize = '';
}

describe('<gp-preferences> and the display themes', () => {
  beforeEach(reset);
  afterEach(async () => {
    reset();
    await executeServerCommand('emulate-media-features', []);
    await setViewport({ width: 800, height: 600 });
  });

  it('opens with the keyboard and chooses each theme and spacing with real key presses, for every element on the page', async () => {
    const { prefs, tutorial } = await page();
    await openDisplay(prefs);
    // Tab reaches the checked theme; arrow keys choose the next ones.
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement() === radio(prefs, 'Standard'), 'focus on Standard').to.equal(true);
    for (const [theme, bg] of [['High contrast', 'rgb(255, 255, 255)'], ['Dark', 'rgb(0, 0, 0)'], ['Yellow on black', 'rgb(0, 0, 0)']] as const) {
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => radio(prefs, theme).checked, `${theme} not checked`);
      expect(getComputedStyle(tutorial).backgroundColor, theme).to.equal(bg);
    }
    expect(getComputedStyle(tutorial).color).to.equal('rgb(255, 255, 0)');
    expect(JSON.parse(localStorage.getItem('guidepost:display')!)).to.deep.equal({ theme: 'yellow', spacing: 'normal' });
    // Line spacing: Tab to the next group, then Wide.
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement() === radio(prefs, 'Normal'), 'focus on Normal').to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => getComputedStyle(root(tutorial).querySelector('.step-title')!).letterSpacing !== 'normal', 'Wide not applied');
    const title = root(tutorial).querySelector<HTMLElement>('.step-title')!;
    const size = parseFloat(getComputedStyle(title).fontSize);
    expect(parseFloat(getComputedStyle(title).letterSpacing)).to.be.closeTo(0.12 * size, 0.5);
    expect(parseFloat(getComputedStyle(title).wordSpacing)).to.be.closeTo(0.16 * size, 0.5);
    expect(parseFloat(getComputedStyle(title).lineHeight)).to.be.at.least(1.5 * size);
    expect(JSON.parse(localStorage.getItem('guidepost:display')!)).to.deep.equal({ theme: 'yellow', spacing: 'wide' });
  });

  it('names the controls exactly, and remembers the choice on the next visit', async () => {
    const { prefs } = await page();
    const labels = [...root(prefs).querySelectorAll('.display-option')].map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal(['Standard', 'High contrast', 'Dark', 'Yellow on black', 'Normal', 'Wide']);
    expect(root(prefs).querySelector('summary')!.textContent!.trim()).to.equal('Display');
    radio(prefs, 'Dark').click();
    // A new page with the same storage: nothing in memory.
    resetTextSizeForTests();
    const again = await fixture<GpTutorial>(html`<gp-tutorial lang="vi" storage="none" .tutorial=${vneid}></gp-tutorial>`);
    await waitUntil(() => getComputedStyle(again).backgroundColor === 'rgb(0, 0, 0)', 'Dark not remembered');
  });

  it('takes High contrast from prefers-contrast: more until the citizen chooses', async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'prefers-contrast', value: 'more' }]);
    const { prefs, tutorial } = await page();
    await waitUntil(() => radio(prefs, 'High contrast').checked, 'High contrast not picked');
    expect(getComputedStyle(tutorial).getPropertyValue('--gp-color-text').trim()).to.equal('#000000');
    radio(prefs, 'Standard').click();
    await waitUntil(() => getComputedStyle(tutorial).getPropertyValue('--gp-color-text').trim() === '', 'Standard not applied');
    expect(radio(prefs, 'Standard').checked).to.equal(true);
  });

  it('does nothing to colours under forced colours', async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
    const { prefs, tutorial } = await page();
    const before = getComputedStyle(root(tutorial).querySelector('.step-title')!).color;
    radio(prefs, 'Yellow on black').click();
    await waitUntil(() => getComputedStyle(tutorial).getPropertyValue('--gp-color-text').trim() === '#ffff00');
    expect(getComputedStyle(root(tutorial).querySelector('.step-title')!).color).to.equal(before);
    expect(getComputedStyle(tutorial).backgroundColor).not.to.equal('rgb(0, 0, 0)');
  });

  for (const theme of Object.keys(themeNames) as (keyof typeof themeNames)[]) {
    for (const where of ['320 px', '200 % text at A++'] as const) {
      it(`keeps 7:1 text contrast and passes axe in ${themeNames[theme]}, at ${where}, with Wide spacing clipping nothing`, async () => {
        if (where === '320 px') await setViewport({ width: 320, height: 640 });
        else {
          document.documentElement.style.fontSize = '200%';
          localStorage.setItem('guidepost:text-size', 'largest');
        }
        localStorage.setItem('guidepost:display', JSON.stringify({ theme, spacing: 'wide' }));
        resetTextSizeForTests();
        const { prefs, tutorial } = await page();
        root(prefs).querySelector('details')!.open = true;
        await waitUntil(() => radio(prefs, themeNames[theme]).checked, 'theme not shown');
        for (const el of [prefs, tutorial]) {
          const lowest = lowestContrast(root(el));
          expect(lowest.ratio, `${el.localName}: ${lowest.where}`).to.be.at.least(7);
          await expectAccessible(el);
        }
        for (const part of root(tutorial).querySelectorAll<HTMLElement>('.step-title, .step-count, [part~="body"] p, .choice, button')) {
          expect(part.scrollWidth, `${part.className} clipped sideways`).to.be.at.most(part.clientWidth + 1);
          expect(part.scrollHeight, `${part.className} clipped`).to.be.at.most(part.clientHeight + 1);
        }
        for (const target of root(prefs).querySelectorAll<HTMLElement>('summary, .display-option, button')) {
          expect(target.getBoundingClientRect().height, `${target.textContent!.trim()} target`).to.be.at.least(44);
        }
      });
    }
  }
});
