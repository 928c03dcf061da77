import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/elements/gp-tour.js';
import type { GpTour } from '../../src/elements/gp-tour.js';
import { chooseSide, edge, gap, sides, type Box } from '../../src/elements/gp-tour/beside.js';
import { watchUncaught } from './helpers.js';

const emulate = (...features: { name: string; value: string }[]) => executeServerCommand('emulate-media-features', features);

/** A target somewhere on (or partly off) a viewport, and a panel of some size (spread evenly: no bias to the extremes). */
const layout = fc
  .noBias(fc.record({
    width: fc.integer({ min: 320, max: 2560 }),
    height: fc.integer({ min: 320, max: 1600 }),
    left: fc.double({ min: -200, max: 2600, noNaN: true }),
    top: fc.double({ min: -200, max: 1700, noNaN: true }),
    targetWidth: fc.double({ min: 0, max: 1500, noNaN: true }),
    targetHeight: fc.double({ min: 0, max: 900, noNaN: true }),
    panelWidth: fc.double({ min: 200, max: 1400, noNaN: true }),
    panelHeight: fc.double({ min: 80, max: 1400, noNaN: true }),
  }))
  .map((l) => ({
    viewport: { width: l.width, height: l.height },
    target: { left: l.left, top: l.top, right: l.left + l.targetWidth, bottom: l.top + l.targetHeight } satisfies Box,
    size: { width: l.panelWidth, height: l.panelHeight },
  }));

describe('chooseSide (where the tour panel goes beside its target)', () => {
  it('puts a panel that fits inside the viewport, off the target, on the side it names', () => {
    fc.assert(
      fc.property(layout, ({ viewport, target, size }) => {
        const placed = chooseSide(target, viewport, size);
        expect(sides).to.include(placed.placement);
        if (!placed.fits) return;
        const { x, y } = placed;
        const right = x + size.width;
        const bottom = y + size.height;
        expect(x, 'left edge').to.be.at.least(edge / 2);
        expect(y, 'top edge').to.be.at.least(edge / 2);
        expect(right, 'right edge').to.be.at.most(viewport.width - edge / 2);
        expect(bottom, 'bottom edge').to.be.at.most(viewport.height - edge / 2);
        const overlaps = x < target.right && right > target.left && y < target.bottom && bottom > target.top;
        expect(overlaps, 'covers the target').to.equal(false);
        const side = {
          'right-start': x >= target.right + gap - 0.001,
          'left-start': right <= target.left - gap + 0.001,
          'bottom-start': y >= target.bottom + gap - 0.001,
          'top-start': bottom <= target.top - gap + 0.001,
        }[placed.placement];
        expect(side, `on the ${placed.placement} side`).to.equal(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('prefers the right side whenever there is room there, and docks only when no side has room', () => {
    const seen = { right: 0, below: 0 };
    fc.assert(
      fc.property(layout, ({ viewport, target, size }) => {
        const placed = chooseSide(target, viewport, size);
        // Room on the right, with the target's top within the viewport's usable height.
        const roomRight = target.right + gap + size.width <= viewport.width - edge / 2 && target.right + gap >= edge / 2 && size.height <= viewport.height - 2 * edge;
        if (roomRight) expect(placed.placement).to.equal('right-start');
        if (roomRight) expect(placed.fits).to.equal(true);
        // Below the target, with the whole width: a panel shorter than that room always fits.
        const roomBelow = target.bottom + gap >= edge / 2 && target.bottom + gap + size.height <= viewport.height - edge / 2 && size.width <= viewport.width - 2 * edge;
        if (roomBelow) expect(placed.fits, 'fits below at least').to.equal(true);
        seen.right += roomRight ? 1 : 0;
        seen.below += roomBelow ? 1 : 0;
      }),
      { numRuns: 5000 },
    );
    // The layouts did put panels where there is room, or the property above checked nothing.
    expect(seen.right).to.be.at.least(50);
    expect(seen.below).to.be.at.least(50);
  });

  it('slides the panel up along the target rather than let it run off the bottom', () => {
    const placed = chooseSide({ left: 24, top: 700, right: 344, bottom: 743 }, { width: 1280, height: 800 }, { width: 480, height: 340 });
    expect(placed).to.deep.equal({ fits: true, x: 360, y: 800 - edge - 340, placement: 'right-start' });
  });
});

describe('<gp-tour> follows its target when the page moves it', () => {
  const uncaught = watchUncaught();
  before(() => emulate({ name: 'prefers-reduced-motion', value: 'reduce' }));
  after(() => emulate());
  beforeEach(() => setViewport({ width: 1280, height: 800 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('moves the ring and the panel with a field that a notice pushed down, with no scroll', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <main>
        <div id="notices"></div>
        <label for="name">Full name</label>
        <input id="name" />
      </main>
      <gp-tour
        lang="en"
        storage="none"
        .tutorial=${{ format: 1, id: 'moves', revision: 1, lang: 'en', title: 'Form', steps: [{ id: 'name', title: 'Type your name', target: '#name' }] }}
      ></gp-tour>
    </div>`);
    const el = wrapper.querySelector<GpTour>('gp-tour')!;
    await el.start();
    const ring = el.shadowRoot!.querySelector<HTMLElement>('.ring')!;
    const panel = el.shadowRoot!.querySelector<HTMLElement>('.panel')!;
    const field = wrapper.querySelector<HTMLElement>('#name')!;
    const level = () => Math.abs(ring.getBoundingClientRect().top - field.getBoundingClientRect().top) < 1;
    await waitUntil(() => panel.dataset['placement'] === 'right-start' && level(), 'not placed beside the field');
    const before = field.getBoundingClientRect().top;
    const notice = document.createElement('p');
    notice.style.height = '120px';
    notice.textContent = 'The portal will close for maintenance tonight.';
    wrapper.querySelector('#notices')!.append(notice);
    expect(field.getBoundingClientRect().top - before).to.be.at.least(100);
    await waitUntil(level, 'the ring stayed where the field was');
    await waitUntil(() => Math.abs(panel.getBoundingClientRect().top - field.getBoundingClientRect().top) < 1, 'the panel stayed where the field was');
    el.end();
    expect(uncaught).to.deep.equal([]);
  });
});
