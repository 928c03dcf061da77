import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/gp-progress.js';
import '../../src/elements/gp-tutorial.js';
import type { Tutorial } from '../../src/core/tutorial/index.js';
import type { GpProgress } from '../../src/elements/gp-progress.js';
import { memoryStore, webStorageStore } from '../../src/core/progress/index.js';
import { branching, linear } from '../fixtures/tutorials.js';
import { expectAccessible, textOf } from './helpers.js';

const items = (el: GpProgress) => [...el.shadowRoot!.querySelectorAll('li')];

describe('<gp-progress>', () => {
  afterEach(() => localStorage.clear());

  it('lists the walk with Done / Current / Not yet as text, and aria-current on the current step', async () => {
    const el = await fixture<GpProgress>(html`<gp-progress
      lang="en"
      .tutorial=${linear}
      .path=${['open-store', 'search']}
      .route=${['open-store', 'search', 'install']}
      current="search"
    ></gp-progress>`);
    expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal('Steps');
    expect(items(el).map(textOf)).to.deep.equal(['Done: Open the app store', 'Current: Search for VNeID', 'Not yet: Install']);
    expect(items(el).map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, 'step', null]);
    // Status is never colour alone: each item has an icon of its own kind, hidden from screen readers.
    expect(items(el).map((li) => li.querySelector('svg')!.getAttribute('aria-hidden'))).to.deep.equal(['true', 'true', 'true']);
    await expectAccessible(el);
  });

  it('shows every step Done when finished, in Vietnamese', async () => {
    const el = await fixture<GpProgress>(html`<gp-progress lang="vi" .tutorial=${linear} .path=${['open-store', 'search', 'install']}
      .route=${['open-store', 'search', 'install']} finished></gp-progress>`);
    expect(items(el).map(textOf)).to.deep.equal(['Đã xong: Mở kho ứng dụng', 'Đã xong: Tìm VNeID', 'Đã xong: Cài đặt']);
    expect(el.shadowRoot!.querySelector('[aria-current]')).to.equal(null);
    await expectAccessible(el);
  });

  it('stands alone, bound to stored progress, following the path taken through choices', async () => {
    const store = memoryStore();
    await store.set({ tutorialId: 'test-branching', revision: 1, path: ['has-card', 'install-app'], finished: false, startedAt: 1, updatedAt: 2 });
    const el = await fixture<GpProgress>(html`<gp-progress lang="en" .store=${store} .tutorial=${branching}></gp-progress>`);
    await waitUntil(() => items(el).length === 3);
    expect(items(el).map(textOf)).to.deep.equal(['Done: Do you have a chip-based ID card?', 'Current: Install the app', 'Not yet: Log in']);
    await expectAccessible(el);
  });

  it('reads localStorage by tutorial-id and says when nothing is saved', async () => {
    const empty = await fixture<GpProgress>(html`<gp-progress lang="en" .tutorial=${linear}></gp-progress>`);
    await waitUntil(() => empty.shadowRoot!.querySelector('[part="empty"]'));
    expect(textOf(empty.shadowRoot!.querySelector('[part="empty"]'))).to.equal('No progress saved for this guide yet.');
    expect(items(empty).map(textOf)[0]).to.equal('Current: Open the app store');
    await expectAccessible(empty);

    webStorageStore(localStorage).set({ tutorialId: 'other-id', revision: 1, path: ['open-store', 'search'], finished: false, startedAt: 1, updatedAt: 2 });
    const el = await fixture<GpProgress>(html`<gp-progress lang="en" tutorial-id="other-id" .tutorial=${linear}></gp-progress>`);
    await waitUntil(() => items(el).some((li) => li.getAttribute('aria-current') === 'step' && textOf(li).includes('Search')));
    expect(el.shadowRoot!.querySelector('[part="empty"]')).to.equal(null);
  });

  it('agrees with <gp-tutorial> on saved progress after a revision change', async () => {
    // Revision 2 swaps the last two steps: the saved path's ids all still exist, but "search"
    // no longer follows "open-store", so the path is not a walk of revision 2 and is dropped.
    const [open, search, install] = linear.steps;
    const revised: Tutorial = { ...linear, revision: 2, steps: [open!, install!, search!] };
    const saved = { tutorialId: linear.id, revision: 1, path: ['open-store', 'search'], finished: false, startedAt: 1, updatedAt: 2 };
    // One store each, so neither sees what the other did to it.
    const listStore = memoryStore();
    await listStore.set(saved);
    const walkStore = memoryStore();
    await walkStore.set(saved);

    const list = await fixture<GpProgress>(html`<gp-progress lang="en" .store=${listStore} .tutorial=${revised}></gp-progress>`);
    await waitUntil(() => items(list).length === 3 && list.shadowRoot!.querySelector('[part="empty"]'), 'the list did not settle');
    expect(items(list).map(textOf)).to.deep.equal(['Current: Open the app store', 'Not yet: Install', 'Not yet: Search for VNeID']);

    const walk = await fixture<HTMLElement>(html`<gp-tutorial lang="en" .store=${walkStore} .tutorial=${revised}></gp-tutorial>`);
    await waitUntil(() => walk.shadowRoot!.querySelector('[part="intro"]'), 'the walkthrough did not show its start view');
    expect(textOf(walk.shadowRoot!.querySelector('[part="intro"]'))).to.not.include('You started this guide before.');
    expect(await walkStore.get(linear.id)).to.equal(undefined);

    // And the same path still fits revision 1, for both.
    const again = memoryStore();
    await again.set(saved);
    const fits = await fixture<GpProgress>(html`<gp-progress lang="en" .store=${again} .tutorial=${linear}></gp-progress>`);
    await waitUntil(() => items(fits).some((li) => li.getAttribute('aria-current') === 'step' && textOf(li).includes('Search')), 'the list did not show the saved step');
    expect(fits.shadowRoot!.querySelector('[part="empty"]')).to.equal(null);
  });

  it('standing alone, follows a language switch on <html lang>', async () => {
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.lang = 'en';
    try {
      const el = await fixture<GpProgress>(html`<gp-progress storage="none" .tutorial=${linear}></gp-progress>`);
      await waitUntil(() => items(el).length === 3, 'the list did not show');
      expect(textOf(items(el)[0])).to.equal('Current: Open the app store');
      document.documentElement.lang = 'vi';
      await waitUntil(() => textOf(items(el)[0]) === 'Đang làm: Mở kho ứng dụng', textOf(items(el)[0]));
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });
});
