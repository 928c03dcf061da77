import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/gp-tutorial.js';
import type { GpTutorial } from '../../src/elements/gp-tutorial.js';
import { linear } from '../fixtures/tutorials.js';
import { buttonNamed, deepActiveElement, expectAccessible, tabTo, textOf } from './helpers.js';

async function started(lang = 'en'): Promise<GpTutorial> {
  const el = await fixture<GpTutorial>(html`<gp-tutorial lang=${lang} storage="none" .tutorial=${linear}></gp-tutorial>`);
  await waitUntil(() => el.shadowRoot!.querySelector('button'));
  [...el.shadowRoot!.querySelectorAll('button')].find(buttonNamed(lang === 'en' ? 'Start' : 'Bắt đầu'))!.click();
  await el.updateComplete;
  return el;
}

type Feature = { name: string; value: string };
const emulate = (...features: Feature[]) => executeServerCommand('emulate-media-features', features);

describe('<gp-tutorial> in forced colors, reduced motion and large text', () => {
  afterEach(async () => {
    await emulate();
    await setViewport({ width: 800, height: 600 });
    localStorage.clear();
  });

  it('keeps every control, the focus ring and the current step visible in forced colors', async () => {
    await emulate({ name: 'forced-colors', value: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await started();
    for (const b of el.shadowRoot!.querySelectorAll('button')) {
      const style = getComputedStyle(b);
      expect(style.borderTopStyle, textOf(b)).to.equal('solid');
      expect(parseFloat(style.borderTopWidth), textOf(b)).to.be.at.least(2);
    }
    const next = await tabTo(buttonNamed('Next'));
    const focus = getComputedStyle(next);
    expect(focus.outlineStyle).to.equal('solid');
    expect(parseFloat(focus.outlineWidth)).to.be.at.least(3);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="progress"]')!;
    details.open = true;
    const progress = el.shadowRoot!.querySelector('gp-progress')!;
    await progress.updateComplete;
    const current = progress.shadowRoot!.querySelector('[aria-current="step"]')!;
    expect(getComputedStyle(current).outlineStyle).to.equal('solid');
    expect(textOf(current)).to.equal('Current: Open the app store');
    await expectAccessible(el);
  });

  it('moves nothing under reduced motion', async () => {
    await emulate({ name: 'prefers-reduced-motion', value: 'reduce' });
    const el = await started();
    for (const node of el.shadowRoot!.querySelectorAll('*')) {
      const style = getComputedStyle(node);
      expect(style.animationName, node.localName).to.equal('none');
      expect(['0s', ''].includes(style.transitionDuration), node.localName).to.equal(true);
    }
  });

  it('has no horizontal scroll at 320 px with 200 % browser text size (Vietnamese)', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await started('vi');
      expect(getComputedStyle(el).fontSize).to.equal('40px');
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
      const heading = el.shadowRoot!.querySelector('.step-heading')!;
      // Stacked diacritics are never clipped: nothing on the way hides overflow.
      for (let node: Element | null = heading; node; node = node.parentElement) {
        expect(getComputedStyle(node).overflowY, node.localName).to.not.equal('hidden');
      }
      await expectAccessible(el);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('lets the citizen do the whole walk with keys only, even at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await started();
    for (let i = 0; i < 2; i += 1) {
      await tabTo(buttonNamed('Next'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    await tabTo(buttonNamed('Finish'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(textOf(deepActiveElement())).to.equal('Finished');
  });
});
