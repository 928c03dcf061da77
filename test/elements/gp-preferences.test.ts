// Display preferences (issue 17): <gp-preferences> in a portal's header, contrast themes and
// wide spacing shared by every guidepost element, remembered, prefers-contrast and forced colours.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/gp-preferences.js';
import '../../src/elements/gp-tutorial.js';
import '../../src/elements/gp-tour.js';
import '../../src/elements/gp-help.js';
import '../../src/elements/gp-progress.js';
import '../../src/elements/gp-catalog.js';
import '../../src/elements/gp-lookup.js';
import '../../src/elements/gp-handbook.js';
import type { GpPreferences } from '../../src/elements/gp-preferences.js';
import type { GpTutorial } from '../../src/elements/gp-tutorial.js';
import { forgetTextSize, resetTextSizeForTests } from '../../src/elements/controllers/text-size.js';
import vneid from '../../examples/vneid-level-2.json';
import type { GpTour } from '../../src/elements/gp-tour.js';
import { expectAccessible, tabTo } from './helpers.js';

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
/** A Display button by its name. */
const option = (el: Element, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('.display button')].find((b) => b.textContent!.trim() === label)!;
const pressed = (el: Element, label: string) => option(el, label).getAttribute('aria-pressed') === 'true';

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
  await waitUntil(() => root(prefs).querySelector('.display button') && root(tutorial).querySelector('.step-title'), 'not rendered');
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
    for (const [theme, bg] of [['High contrast', 'rgb(255, 255, 255)'], ['Dark', 'rgb(0, 0, 0)'], ['Yellow on black', 'rgb(0, 0, 0)'], ['Standard', 'rgb(255, 255, 255)']] as const) {
      await tabTo((el) => el === option(prefs, theme));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => pressed(prefs, theme), `${theme} not pressed`);
      expect(getComputedStyle(tutorial).backgroundColor, theme).to.equal(bg);
      // The walkthrough's own Display control says the same.
      expect(pressed(tutorial, theme), `${theme} in the walkthrough`).to.equal(true);
    }
    // On to Yellow on black again, and Space this time.
    await tabTo((el) => el === option(prefs, 'Yellow on black'), 3);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => getComputedStyle(tutorial).color === 'rgb(255, 255, 0)', 'Yellow on black not applied');
    expect(localStorage.getItem('guidepost:display')).to.equal('yellow normal');
    // Line spacing: Wide.
    await tabTo((el) => el === option(prefs, 'Wide'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => getComputedStyle(root(tutorial).querySelector('.step-title')!).letterSpacing !== 'normal', 'Wide not applied');
    const title = root(tutorial).querySelector<HTMLElement>('.step-title')!;
    const size = parseFloat(getComputedStyle(title).fontSize);
    expect(parseFloat(getComputedStyle(title).letterSpacing)).to.be.closeTo(0.12 * size, 0.5);
    expect(parseFloat(getComputedStyle(title).wordSpacing)).to.be.closeTo(0.16 * size, 0.5);
    expect(parseFloat(getComputedStyle(title).lineHeight)).to.be.at.least(1.5 * size);
    expect(localStorage.getItem('guidepost:display')).to.equal('yellow wide');
    // The walkthrough's own Display control chooses too: back to Normal from there.
    const own = root(tutorial).querySelector('details')!;
    (own.querySelector('summary') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => own.open, 'the walkthrough’s Display did not open');
    await tabTo((el) => el === option(tutorial, 'Normal'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => pressed(prefs, 'Normal'), 'Normal not shared');
    expect(getComputedStyle(title).letterSpacing).to.equal('normal');
  });

  it('names the controls exactly, and remembers the choice on the next visit', async () => {
    const { prefs } = await page();
    const labels = [...root(prefs).querySelectorAll('.display button')].map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal(['Standard', 'High contrast', 'Dark', 'Yellow on black', 'Normal', 'Wide']);
    expect(root(prefs).querySelector('summary')!.textContent!.trim()).to.equal('Display');
    expect([...root(prefs).querySelectorAll('.display [role="group"]')].map((g) => g.getAttribute('aria-label'))).to.deep.equal(['Colours', 'Line spacing']);
    option(prefs, 'Dark').click();
    // A new page with the same storage: nothing in memory.
    resetTextSizeForTests();
    const again = await fixture<GpTutorial>(html`<gp-tutorial lang="vi" storage="none" .tutorial=${vneid}></gp-tutorial>`);
    await waitUntil(() => getComputedStyle(again).backgroundColor === 'rgb(0, 0, 0)', 'Dark not remembered');
  });

  it('applies to every guidepost element on the page, and a shared screen forgets it', async () => {
    const tags = ['gp-tour', 'gp-help', 'gp-progress', 'gp-catalog', 'gp-lookup', 'gp-handbook'];
    const { prefs, tutorial } = await page();
    const others = tags.map((tag) => tutorial.parentElement!.appendChild(document.createElement(tag)));
    option(prefs, 'Dark').click();
    for (const el of [tutorial, ...others]) {
      await waitUntil(() => getComputedStyle(el).getPropertyValue('--gp-color-background').trim() === '#000000', `${el.localName} not Dark`);
    }
    option(prefs, 'Wide').click();
    await waitUntil(() => others.every((el) => el.shadowRoot!.adoptedStyleSheets.length > 0 && getComputedStyle(el).letterSpacing !== 'normal'), 'not Wide');
    // What kiosk mode's reset calls for the next person.
    forgetTextSize();
    expect(localStorage.getItem('guidepost:display')).to.equal(null);
    for (const el of [tutorial, ...others]) {
      expect(getComputedStyle(el).getPropertyValue('--gp-color-background').trim(), `${el.localName} forgot`).to.equal('');
      expect(getComputedStyle(el).letterSpacing, `${el.localName} spacing forgot`).to.equal('normal');
    }
    await waitUntil(() => pressed(prefs, 'Standard') && pressed(prefs, 'Normal'), 'the control did not follow');
  });

  it('takes High contrast from prefers-contrast: more until the citizen chooses', async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'prefers-contrast', value: 'more' }]);
    const { prefs, tutorial } = await page();
    await waitUntil(() => pressed(prefs, 'High contrast'), 'High contrast not picked');
    expect(getComputedStyle(tutorial).getPropertyValue('--gp-color-text').trim()).to.equal('#000000');
    option(prefs, 'Standard').click();
    await waitUntil(() => getComputedStyle(tutorial).getPropertyValue('--gp-color-text').trim() === '', 'Standard not applied');
    expect(pressed(prefs, 'Standard')).to.equal(true);
    expect(localStorage.getItem('guidepost:display')).to.equal('standard normal');
  });

  it('does nothing to colours under forced colours', async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
    const { prefs, tutorial } = await page();
    const before = getComputedStyle(root(tutorial).querySelector('.step-title')!).color;
    option(prefs, 'Yellow on black').click();
    await waitUntil(() => getComputedStyle(tutorial).getPropertyValue('--gp-color-text').trim() === '#ffff00');
    expect(getComputedStyle(root(tutorial).querySelector('.step-title')!).color).to.equal(before);
    expect(getComputedStyle(tutorial).backgroundColor).not.to.equal('rgb(0, 0, 0)');
  });

  for (const theme of Object.keys(themeNames) as (keyof typeof themeNames)[]) {
    it(`keeps 7:1 text contrast and passes axe in a tour step and its Get help, in ${themeNames[theme]}`, async () => {
      localStorage.setItem('guidepost:display', `${theme} normal`);
      resetTextSizeForTests();
      const wrapper = await fixture<HTMLElement>(html`<div lang="en">
        <label for="full-name">Full name</label> <input id="full-name" />
        <gp-tour storage="none" .tutorial=${vneid}></gp-tour>
      </div>`);
      const tour = wrapper.querySelector<GpTour>('gp-tour')!;
      await tour.start();
      await waitUntil(() => root(tour).querySelector('.step-title'), 'no step');
      await waitUntil(() => theme === 'standard' || getComputedStyle(tour).getPropertyValue('--gp-color-text').trim() !== '', 'theme not applied');
      let lowest = lowestContrast(root(tour));
      expect(lowest.ratio, lowest.where).to.be.at.least(7);
      await expectAccessible(tour);
      root(tour).querySelector<HTMLElement>('.help-button')!.click();
      const dialog = root(tour).querySelector('dialog')!;
      await waitUntil(() => dialog.open && dialog.querySelector('gp-help')?.shadowRoot?.querySelector('[part~="code"]'), 'help did not open');
      lowest = lowestContrast(root(tour));
      expect(lowest.ratio, `help: ${lowest.where}`).to.be.at.least(7);
      await expectAccessible(tour);
      tour.end();
    });
  }

  for (const theme of Object.keys(themeNames) as (keyof typeof themeNames)[]) {
    for (const where of ['320 px', '200 % text at A++'] as const) {
      it(`keeps 7:1 text contrast and passes axe in ${themeNames[theme]}, at ${where}, with Wide spacing clipping nothing`, async () => {
        if (where === '320 px') await setViewport({ width: 320, height: 640 });
        else {
          document.documentElement.style.fontSize = '200%';
          localStorage.setItem('guidepost:text-size', 'largest');
        }
        localStorage.setItem('guidepost:display', `${theme} wide`);
        resetTextSizeForTests();
        const { prefs, tutorial } = await page();
        root(prefs).querySelector('details')!.open = true;
        root(tutorial).querySelector('details')!.open = true;
        await waitUntil(() => pressed(prefs, themeNames[theme]), 'theme not shown');
        for (const el of [prefs, tutorial]) {
          const lowest = lowestContrast(root(el));
          expect(lowest.ratio, `${el.localName}: ${lowest.where}`).to.be.at.least(7);
          await expectAccessible(el);
        }
        for (const part of root(tutorial).querySelectorAll<HTMLElement>('.step-title, .step-count, [part~="body"] p, .choice, button')) {
          expect(part.scrollWidth, `${part.className} clipped sideways`).to.be.at.most(part.clientWidth + 1);
          expect(part.scrollHeight, `${part.className} clipped`).to.be.at.most(part.clientHeight + 1);
        }
        // A visible focus ring, 3:1 at least on what is around it, on a button reached with Tab.
        const first = root(tutorial).querySelector<HTMLElement>('.text-size-button')!;
        await tabTo((el) => el === first, 40);
        const ring = getComputedStyle(first);
        expect(ring.outlineStyle, 'focus ring').to.equal('solid');
        expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
        expect(contrast(ring.outlineColor, backgroundOf(first.parentElement!)), 'focus ring contrast').to.be.at.least(3);
        for (const target of root(prefs).querySelectorAll<HTMLElement>('summary, button')) {
          expect(target.getBoundingClientRect().height, `${target.textContent!.trim()} target`).to.be.at.least(44);
        }
      });
    }
  }
});
