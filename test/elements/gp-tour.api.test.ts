// <gp-tour>'s methods behave like <gp-tutorial>'s and the guide's.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/gp-tour.js';
import type { GpTour } from '../../src/elements/gp-tour.js';
import type { Tutorial } from '../../src/core/tutorial/index.js';
import { record, textOf } from './helpers.js';

const both = (en: string, vi: string) => ({ en, vi });
const choosing: Tutorial = {
  format: 1,
  id: 'tour-choice',
  revision: 1,
  lang: 'vi',
  title: both('Pick a way', 'Chọn cách'),
  steps: [
    {
      id: 'how',
      title: both('How will you send it?', 'Bạn gửi thế nào?'),
      choices: [
        { label: both('Online', 'Trực tuyến'), next: 'online' },
        { label: both('By post', 'Qua bưu điện'), next: 'post' },
      ],
    },
    { id: 'online', title: both('Press Send', 'Bấm Gửi'), next: null },
    { id: 'post', title: both('Print the form', 'In tờ khai'), next: null },
  ],
};

describe('<gp-tour> methods', () => {
  it('next(choice) takes the index of a choice, like <gp-tutorial>', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><gp-tour lang="en" storage="none" .tutorial=${choosing}></gp-tour></div>`);
    const el = wrapper.querySelector<GpTour>('gp-tour')!;
    const log = record<{ stepId: string }>(el, 'gp-step-change');
    await el.start();
    el.next(1);
    await el.updateComplete;
    expect(log.map((e) => e.detail.stepId)).to.deep.equal(['how', 'post']);
    expect(textOf(el.shadowRoot!.querySelector('.step-heading'))).to.equal('Step 2 of 2: Print the form');
    // A step with no choices takes none: nothing moves, nothing is thrown into the page.
    el.next(0);
    await el.updateComplete;
    expect(log.map((e) => e.detail.stepId)).to.deep.equal(['how', 'post']);
    el.end();
  });

  it('shows the new step by the time next() and back() return, focus on its heading', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><gp-tour lang="en" storage="none" .tutorial=${choosing}></gp-tour></div>`);
    const el = wrapper.querySelector<GpTour>('gp-tour')!;
    await el.start();
    const heading = () => textOf(el.shadowRoot!.querySelector('.step-heading'));
    el.next(0);
    // No await: a page (or a benchmark) that reads the panel right after the call sees the step.
    expect(heading()).to.equal('Step 2 of 2: Press Send');
    expect(el.shadowRoot!.activeElement?.classList.contains('step-heading')).to.equal(true);
    el.back();
    expect(heading()).to.equal('Step 1 of 2: How will you send it?');
    el.end();
  });

  it('before start, shows, sends and fetches nothing: the first step is only prepared off the page at idle', async () => {
    const withImage: Tutorial = {
      ...choosing,
      id: 'tour-warm',
      steps: [{ id: 'look', title: both('Look', 'Nhìn'), image: { src: '/warm-up-image.png', alt: both('A form', 'Tờ khai') }, next: null }],
    };
    const wrapper = await fixture<HTMLElement>(html`<div><gp-tour lang="en" storage="none" .tutorial=${withImage}></gp-tour></div>`);
    const el = wrapper.querySelector<GpTour>('gp-tour')!;
    const log = record(el, 'gp-start');
    await el.updateComplete;
    const before = el.shadowRoot!.childNodes.length;
    const added: Element[] = [];
    const removed: Node[] = [];
    const watch = new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) if (n instanceof Element) added.push(n);
        removed.push(...r.removedNodes);
      }
    });
    watch.observe(el.shadowRoot!, { childList: true });
    // The idle callback the tour prepares its first step in has run once this one runs.
    await new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 0)));
    await new Promise((resolve) => requestIdleCallback(resolve));
    watch.disconnect();
    // Laid out once in the shadow root, hidden from sight and from screen readers, and gone again.
    expect(added).to.have.length(1);
    expect(added[0]!.textContent).to.include('Look');
    expect(added[0]!.querySelector('img')).to.equal(null);
    expect([(added[0] as HTMLElement).inert, (added[0] as HTMLElement).style.visibility]).to.deep.equal([true, 'hidden']);
    expect(removed).to.deep.equal(added);
    expect(el.shadowRoot!.childNodes.length).to.equal(before);
    expect(el.shadowRoot!.querySelector('[part~="panel"]')).to.equal(null);
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('warm-up-image'))).to.equal(false);
    expect(log).to.have.length(0);
    expect(document.activeElement).to.not.equal(el);
    await el.start();
    expect(textOf(el.shadowRoot!.querySelector('.step-heading'))).to.equal('Step 1 of 1: Look');
    el.end();
  });
});
