import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/gp-tutorial.js';
import '../../src/elements/gp-progress.js';
import '../../src/elements/gp-tour.js';
import type { GpTour } from '../../src/elements/gp-tour.js';
import { setKioskMode, type GpKiosk } from '../../src/elements/gp-kiosk.js';
import type { GpTutorial } from '../../src/elements/gp-tutorial.js';
import { liveRegionText } from '../../src/elements/common/live-region.js';
import { resetTextSizeForTests } from '../../src/elements/controllers/text-size.js';
import { linear } from '../fixtures/tutorials.js';
import { installClock, type InstalledClock } from './clock.js';
import { buttonNamed, deepActiveElement, expectAccessible, tabTo, textOf } from './helpers.js';

const minute = 60_000;
const kiosk = () => document.querySelector('gp-kiosk') as GpKiosk;
const dialogOf = () => kiosk().shadowRoot!.querySelector('dialog')!;
const button = (root: ParentNode, name: string) =>
  [...root.querySelectorAll('button')].find((b) => textOf(b).startsWith(name)) as HTMLButtonElement | undefined;
/** Every guidepost key in both storages. */
const guidepostKeys = () =>
  [localStorage, sessionStorage].flatMap((s) => Array.from({ length: s.length }, (_, i) => s.key(i)!)).filter((k) => k.startsWith('guidepost'));

async function walk(el: GpTutorial): Promise<void> {
  await waitUntil(() => button(el.shadowRoot!, 'Start'), 'no Start button');
  await tabTo(buttonNamed('Start'));
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => textOf(el.shadowRoot!.querySelector('[data-focus]')).startsWith('Step 1 of 3'));
  await tabTo(buttonNamed('Next'));
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => textOf(el.shadowRoot!.querySelector('[data-focus]')).startsWith('Step 2 of 3'));
}

describe('kiosk mode', () => {
  let clock: InstalledClock;
  beforeEach(() => {
    document.documentElement.setAttribute('lang', 'en');
    localStorage.clear();
    sessionStorage.clear();
    resetTextSizeForTests();
    clock = installClock();
  });
  afterEach(() => {
    setKioskMode(false);
    kiosk()?.remove();
    clock.uninstall();
    localStorage.clear();
    document.documentElement.setAttribute('lang', 'en');
  });

  it('keeps progress in memory only, asks after the idle minutes, and lets the citizen stay', async () => {
    // Left by a visitor before the page was a station: cleared, never offered.
    localStorage.setItem('guidepost:progress:test-linear', '{"tutorialId":"test-linear"}');
    localStorage.setItem('portal:own', 'kept');
    const el = await fixture<GpTutorial>(html`<gp-tutorial lang="en" .tutorial=${linear}></gp-tutorial>`);
    setKioskMode({ idleMinutes: 2 });
    await walk(el);
    expect(guidepostKeys()).to.deep.equal([]);
    expect(localStorage.getItem('portal:own')).to.equal('kept');

    clock.tick(2 * minute - 1000);
    await kiosk().updateComplete;
    expect(dialogOf().open).to.equal(false);
    // A key press anywhere is a sign of life: the wait starts again.
    await sendKeys({ press: 'Shift' });
    clock.tick(2 * minute - 1000);
    await kiosk().updateComplete;
    expect(dialogOf().open).to.equal(false);
    clock.tick(1000);
    await kiosk().updateComplete;
    expect(dialogOf().open).to.equal(true);
    expect(textOf(dialogOf().querySelector('h2'))).to.equal('Are you still there?');
    expect(textOf(dialogOf().querySelector('[part="countdown"]'))).to.equal('Starting again in 60 seconds');
    await waitUntil(() => liveRegionText().includes('Are you still there? Starting again in 60 seconds'), liveRegionText());
    const stay = deepActiveElement() as HTMLButtonElement;
    expect(textOf(stay)).to.equal("I'm still here");
    await expectAccessible(kiosk());

    clock.tick(30_000);
    await kiosk().updateComplete;
    expect(textOf(dialogOf().querySelector('[part="countdown"]'))).to.equal('Starting again in 30 seconds');
    await waitUntil(() => liveRegionText().includes('Starting again in 30 seconds'), liveRegionText());
    await sendKeys({ press: 'Enter' });
    await kiosk().updateComplete;
    expect(dialogOf().open).to.equal(false);
    expect(textOf(el.shadowRoot!.querySelector('[data-focus]'))).to.contain('Step 2 of 3');
  });

  it('clears everything after the countdown and every guide returns to its start', async () => {
    const el = await fixture<GpTutorial>(html`<div>
      <gp-tutorial lang="en" .tutorial=${linear}></gp-tutorial>
      <gp-progress lang="en" .tutorial=${linear}></gp-progress>
    </div>`).then((div) => div.querySelector('gp-tutorial') as GpTutorial);
    setKioskMode({ idleMinutes: 1, countdownSeconds: 5 });
    await kiosk().updateComplete;
    await waitUntil(() => button(el.shadowRoot!, 'Start'), 'no Start');
    await walk(el);
    // A larger text size and another language: the citizen's, cleared too.
    await tabTo(buttonNamed('A++'));
    await sendKeys({ press: 'Enter' });
    expect(localStorage.getItem('guidepost:text-size')).to.equal('largest');
    document.documentElement.setAttribute('lang', 'vi');
    el.setAttribute('lang', 'vi');

    clock.tick(minute);
    await kiosk().updateComplete;
    expect(dialogOf().open).to.equal(true);
    // Asked for 5 seconds, the countdown is never under 60.
    expect(kiosk().session.secondsLeft).to.equal(60);
    const reset = oneEvent(document, 'gp-kiosk-reset');
    clock.tick(60_000);
    expect((await reset).detail).to.deep.equal({ reason: 'idle' });
    await kiosk().updateComplete;
    await waitUntil(() => button(el.shadowRoot!, 'Start'), 'the guide did not go back to its start');
    expect(dialogOf().open).to.equal(false);
    expect(guidepostKeys()).to.deep.equal([]);
    expect(el.style.getPropertyValue('--_scale')).to.equal('1');
    expect(el.getAttribute('lang')).to.equal('en');
    expect(document.documentElement.getAttribute('lang')).to.equal('en');
    const shown = textOf(el.shadowRoot!.querySelector('.base'));
    expect(shown).not.to.contain('You started this guide before');
    expect(shown).not.to.contain('Step 2');
    expect(el.shadowRoot!.querySelector('[part~="code"], dialog[open]')).to.equal(null);
  });

  it('offers "Start over for the next person" at the end, which clears at once', async () => {
    const el = await fixture<GpTutorial>(html`<gp-tutorial kiosk lang="en" .tutorial=${linear}></gp-tutorial>`);
    await waitUntil(() => kiosk()?.session.has(el), 'the kiosk attribute did not enrol the walkthrough');
    await walk(el);
    await tabTo(buttonNamed('Next'));
    await sendKeys({ press: 'Enter' });
    await tabTo(buttonNamed('Finish'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => kiosk().shadowRoot!.querySelector('[part="finished"]'), 'no Start over offered');
    expect(textOf(kiosk().shadowRoot!.querySelector('[part="finished"] p'))).to.equal('Finished? Clear your steps for the next person.');
    expect(guidepostKeys()).to.deep.equal([]);
    await expectAccessible(kiosk());
    const reset = oneEvent(document, 'gp-kiosk-reset');
    await tabTo(buttonNamed('Start over for the next person'));
    await sendKeys({ press: 'Enter' });
    expect((await reset).detail).to.deep.equal({ reason: 'finished' });
    await waitUntil(() => button(el.shadowRoot!, 'Start'), 'the guide did not go back to its start');
    await kiosk().updateComplete;
    expect(kiosk().shadowRoot!.querySelector('[part="finished"]')).to.equal(null);
    await waitUntil(() => liveRegionText().includes('Everything was cleared.'), liveRegionText());
  });

  it('closes a tour in kiosk mode and starts it afresh for the next person', async () => {
    const tour = await fixture<GpTour>(html`<gp-tour kiosk lang="en" .tutorial=${linear}></gp-tour>`);
    await waitUntil(() => kiosk()?.session.has(tour), 'the kiosk attribute did not enrol the tour');
    await tour.start();
    tour.next();
    await waitUntil(() => tour.open);
    expect(guidepostKeys()).to.deep.equal([]);
    const reset = oneEvent(document, 'gp-kiosk-reset');
    kiosk().session.reset('idle');
    await reset;
    await waitUntil(() => !tour.open, 'the tour stayed open');
    await tour.start();
    // A fresh start, not the previous person's step 2.
    await waitUntil(() => textOf(tour.shadowRoot!.querySelector('[data-focus]')).startsWith('Step 1 of 3'), textOf(tour.shadowRoot!.querySelector('[data-focus]')));
    tour.end();
  });

  it('leaves pages without kiosk mode alone', async () => {
    const el = await fixture<GpTutorial>(html`<gp-tutorial lang="en" .tutorial=${linear}></gp-tutorial>`);
    await walk(el);
    expect(document.querySelector('gp-kiosk')).to.equal(null);
    expect(guidepostKeys()).to.deep.equal(['guidepost:progress:test-linear']);
  });
});
