// <gp-catalog> and <gp-lookup> in forced colours (Windows High Contrast and the like), as Chromium
// emulates `forced-colors: active`: every control keeps an edge, focus a thick ring, and the
// states that matter (a guide done, a code that could not be placed, the step found) are words
// and edges, never a colour alone. axe in each state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/gp-catalog.js';
import '../../src/elements/gp-lookup.js';
import type { GpCatalog } from '../../src/elements/gp-catalog.js';
import type { GpLookup } from '../../src/elements/gp-lookup.js';
import { encodeReference } from '../../src/core/help/index.js';
import { memoryStore, type ProgressRecord } from '../../src/core/progress/index.js';
import demoCatalog from '../../demo/catalog.json';
import { linear } from '../fixtures/tutorials.js';
import { deepActiveElement, expectAccessible, tabTo, textOf } from './helpers.js';

const demo = '/raw/demo/catalog.json';
type Feature = { name: string; value: string };
const emulate = (...features: Feature[]) => executeServerCommand('emulate-media-features', features);
const saved = (tutorialId: string, path: string[], finished = false): ProgressRecord => ({ tutorialId, revision: 1, path, finished, startedAt: 1, updatedAt: 2 });

/** An edge a person can see whatever the colours: solid, and at least `min` px wide. */
function expectEdge(style: CSSStyleDeclaration, side: 'Top' | 'Left', what: string, min = 2): void {
  expect(style.getPropertyValue(`border-${side.toLowerCase()}-style`), what).to.equal('solid');
  expect(parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)), what).to.be.at.least(min);
}

/** The focus ring of the focused element: a solid outline of 3 px or more. */
function expectFocusRing(what: string): void {
  const focused = deepActiveElement()!;
  const style = getComputedStyle(focused);
  expect(style.outlineStyle, what).to.equal('solid');
  expect(parseFloat(style.outlineWidth), what).to.be.at.least(3);
}

describe('<gp-catalog> and <gp-lookup> in forced colours', () => {
  beforeEach(async () => {
    await emulate({ name: 'forced-colors', value: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });
  afterEach(() => emulate());

  it('<gp-catalog>: every control has an edge, focus a thick ring, Continue and Done are words', async () => {
    const store = memoryStore();
    store.set(saved('vneid-level-2', ['has-chip-card', 'install-app', 'open-activate']));
    store.set(saved('pay-bill-qr', ['open-bank-app'], true));
    const el = await fixture<GpCatalog>(html`<gp-catalog lang="en" src=${demo} .store=${store}></gp-catalog>`);
    const root = el.shadowRoot!;
    await waitUntil(
      () => root.querySelectorAll('[part="category"] [part="guide-button"]').length === demoCatalog.tutorials.length && root.querySelector('[part="done"]') && !root.querySelector('[part="loading"]'),
      'the catalog did not load',
      { timeout: 5000 },
    );
    for (const control of root.querySelectorAll<HTMLElement>('button, input')) expectEdge(getComputedStyle(control), 'Top', textOf(control) || control.localName);
    // Each guide is a box with its own edge, so the list does not run together.
    for (const guide of root.querySelectorAll<HTMLElement>('[part="guide"]')) expectEdge(getComputedStyle(guide), 'Top', 'a guide', 1);

    // Done is a word and an icon drawn in the text's own (forced) colour, not a green tick alone.
    const done = root.querySelector<HTMLElement>('[part="done"]')!;
    expect(textOf(done)).to.equal('Done');
    const doneStyle = getComputedStyle(done);
    expect(doneStyle.color).to.not.equal(getComputedStyle(done.closest('[part="guide"]')!).backgroundColor);
    expect(doneStyle.fontWeight).to.equal('700');
    const icon = done.querySelector('svg')!;
    expect(icon.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(icon).forcedColorAdjust).to.not.equal('none');
    // Continue says where the citizen is in words.
    expect(textOf(root.querySelector('[part="continue"] button'))).to.match(/ Step 3 of 9$/);

    // The focus ring, on the search field and on a guide, from the keyboard.
    await tabTo((e) => e.localName === 'input');
    expectFocusRing('the search field');
    await tabTo((e) => e.getAttribute('part') === 'guide-button' && e.closest('[part="category"]') !== null);
    expectFocusRing('a guide');
    await expectAccessible(el);

    // Opened in place: Back has its edge and takes focus with its ring.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('gp-tutorial')?.shadowRoot?.querySelector('[part="title"]'), 'the guide did not open');
    expect(textOf(deepActiveElement())).to.equal('Back to all guides');
    expectEdge(getComputedStyle(deepActiveElement()!), 'Top', 'Back');
    expectFocusRing('Back to all guides');
    await expectAccessible(el);
  });

  it('<gp-lookup>: the invalid code is a thicker edge and a reason with its own bar, the step found a box', async () => {
    const el = await fixture<GpLookup>(html`<gp-lookup lang="en" .tutorials=${[linear]}></gp-lookup>`);
    const root = el.shadowRoot!;
    const input = root.querySelector('input')!;
    const normal = parseFloat(getComputedStyle(input).borderTopWidth);
    expectEdge(getComputedStyle(input), 'Top', 'the code field');
    expectEdge(getComputedStyle(root.querySelector('button')!), 'Top', 'Show this step');
    await tabTo((e) => e === input);
    expectFocusRing('the code field');

    await sendKeys({ type: '445M-3*1V' });
    await sendKeys({ press: 'Enter' });
    const problem = root.querySelector<HTMLElement>('[part="problem"]')!;
    await waitUntil(() => textOf(problem) !== '', 'no reason given');
    // Not by colour alone: the field's edge gets thicker, and the reason is words with a bar beside them.
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(parseFloat(getComputedStyle(input).borderTopWidth)).to.be.greaterThan(normal);
    expect(getComputedStyle(problem).borderInlineStartStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(problem).borderInlineStartWidth)).to.be.at.least(4);
    expect(getComputedStyle(problem).color).to.not.equal(getComputedStyle(problem).backgroundColor);
    expectFocusRing('the code field, after a wrong code');
    await expectAccessible(el);

    input.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: encodeReference({ tutorialId: linear.id, revision: linear.revision, stepId: linear.steps[1]!.id }, linear) });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('[part="result"]'), 'no result');
    // The step as the citizen sees it stands in a box with an edge; "Step 2 of 3" is words.
    expectEdge(getComputedStyle(root.querySelector('[part="step"]')!), 'Top', 'the step', 1);
    expect(textOf(root.querySelector('[part="where"]'))).to.match(/^Step 2 of \d+$/);
    expect(textOf(problem)).to.equal('');
    await expectAccessible(el);
  });
});
