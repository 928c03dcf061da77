// The tour's anchor follows changes of size of its panel without a ResizeObserver loop. On a
// page with one short field the panel grows past the room beside it and docks, which changes
// its size again: done inside a ResizeObserver callback, Chrome reports "ResizeObserver loop
// completed with undelivered notifications" (an uncaught error that fails the test).
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/gp-tour.js';
import type { GpTour } from '../../src/elements/gp-tour.js';
import type { Tutorial } from '../../src/core/tutorial/index.js';

const both = (en: string, vi: string) => ({ en, vi });
const lone: Tutorial = {
  format: 1,
  id: 'lone-field',
  revision: 1,
  lang: 'vi',
  title: both('Your name', 'Họ tên'),
  steps: [{ id: 'name', title: both('Type your full name', 'Gõ họ và tên'), body: both('As on your card.', 'Giống trên thẻ.'), target: '#lone-name' }],
};

describe('<gp-tour> resizing', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('docks a panel whose text grows beside a lone field, with no ResizeObserver loop', async () => {
    await setViewport({ width: 800, height: 600 });
    const wrapper = await fixture<HTMLElement>(html`<div>
      <main style="padding: 1rem; font-size: 20px">
        <form style="display: grid; max-width: 20rem">
          <label for="lone-name">Full name</label>
          <input id="lone-name" />
        </form>
      </main>
      <gp-tour lang="en" storage="none" .tutorial=${lone}></gp-tour>
    </div>`);
    const el = wrapper.querySelector<GpTour>('gp-tour')!;
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      await el.start('name');
      const panel = () => el.shadowRoot!.querySelector<HTMLElement>('.panel')!;
      await waitUntil(() => panel().classList.contains('anchored'), 'the panel is not beside the field');
      await nextFrame();
      el.style.setProperty('--gp-font-size', '2.5rem');
      await waitUntil(() => panel().classList.contains('docked'), 'the panel did not dock');
      await nextFrame();
      await nextFrame();
      expect(errors).to.deep.equal([]);
      const r = panel().getBoundingClientRect();
      expect(r.bottom).to.be.at.most(window.innerHeight);
      expect(panel().getAttribute('part')).to.equal('panel docked');
    } finally {
      window.removeEventListener('error', onError);
      el.end();
    }
  });
});
