// guidepost/analytics: a citizen's walk, by keyboard, arrives in Matomo's queue and in a plain
// callback as tutorial and step ids, positions, durations and help-channel types only.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import { matomo, trackGuides, type GuideAnalyticsEvent } from '../../src/analytics/index.js';
import '../../src/elements/gp-tutorial.js';
import type { GpTutorial } from '../../src/elements/gp-tutorial.js';
import { linear } from '../fixtures/tutorials.js';
import { buttonNamed, expectAccessible, tabTo } from './helpers.js';

/** A clock that moves only when told: durations are exact, with no waiting. */
function clock() {
  let time = 1000;
  return { now: () => time, tick: (ms: number) => (time += ms) };
}

async function walk(el: GpTutorial, tick: (ms: number) => void): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('button'), 'no button');
  for (const name of ['Start', 'Next', 'Next', 'Finish']) {
    await tabTo(buttonNamed(name));
    tick(5000);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
  }
}

const allowed = new Set(['activity', 'tutorialId', 'revision', 'stepId', 'index', 'total', 'resumed', 'steps', 'ms', 'stepMs', 'channel', 'read']);

describe('guidepost/analytics', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('sends a keyboard walk to Matomo: start, each step with its number, complete with the seconds taken', async () => {
    const queue: unknown[][] = [];
    const time = clock();
    stop = trackGuides(matomo({ queue }), { now: time.now });
    const el = await fixture<GpTutorial>(html`<gp-tutorial lang="en" storage="none" .tutorial=${linear}></gp-tutorial>`);
    await walk(el, time.tick);
    expect(queue.map((c) => c.slice(2, 4))).to.deep.equal([
      ['start', 'test-linear/open-store'],
      ['step', 'test-linear/open-store'],
      ['step', 'test-linear/search'],
      ['step', 'test-linear/install'],
      ['complete', 'test-linear'],
    ]);
    expect(queue[0]!.slice(0, 2)).to.deep.equal(['trackEvent', 'guidepost']);
    expect(queue.slice(0, 4).map((c) => c[4])).to.deep.equal([1, 1, 2, 3]);
    expect(typeof queue[4]![4]).to.equal('number');
    await expectAccessible(el);
  });

  it('gives a plain callback the ids, positions and the time spent on each step', async () => {
    const events: GuideAnalyticsEvent[] = [];
    const time = clock();
    stop = trackGuides((e) => events.push(e), { now: time.now });
    const el = await fixture<GpTutorial>(html`<gp-tutorial lang="en" storage="none" .tutorial=${linear}></gp-tutorial>`);
    await walk(el, time.tick);
    expect(events.map((e) => e.activity)).to.deep.equal(['start', 'step', 'step', 'step', 'complete']);
    expect(events[0]).to.deep.include({ tutorialId: 'test-linear', revision: 1, stepId: 'open-store', index: 0, total: 3, resumed: false });
    // Each Next came 5 seconds after the step was shown.
    expect(events.slice(2, 4).map((e) => [e.stepId, e.index, e.stepMs, e.ms])).to.deep.equal([
      ['search', 1, 5000, 5000],
      ['install', 2, 5000, 10000],
    ]);
    expect(events[4]).to.deep.include({ tutorialId: 'test-linear', steps: 3 });
  });

  it('never passes on anything else an event carries: no reference code, language, message or problem', () => {
    const names = ['gp-start', 'gp-step-change', 'gp-complete', 'gp-exit', 'gp-help-request', 'gp-read-aloud', 'gp-error'];
    const target = document.createElement('div');
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.dictionary(fc.string(), fc.jsonValue()), fc.string({ minLength: 3 }), (name, extra, secret) => {
        const sent: GuideAnalyticsEvent[] = [];
        const queue: unknown[][] = [];
        const stopBoth = [trackGuides((e) => sent.push(e), { target }), trackGuides(matomo({ queue }), { target })];
        const marked = `secret:${secret}`;
        const detail = { ...extra, tutorialId: 'renew-card', stepId: 'first', reference: marked, locale: marked, lang: marked, action: marked, message: marked, problems: [{ message: marked }], channel: 'phone' };
        target.dispatchEvent(new CustomEvent(name, { detail }));
        stopBoth.forEach((s) => s());
        expect(sent).to.have.length(1);
        for (const key of Object.keys(sent[0]!)) expect(allowed.has(key), key).to.equal(true);
        for (const value of Object.values(sent[0]!)) expect(['string', 'number', 'boolean']).to.include(typeof value);
        expect(JSON.stringify([sent, queue])).to.not.contain('secret:');
      }),
    );
  });

  it('counts Read aloud per step, without its language: read-start, read-stop, read-end', () => {
    const target = document.createElement('div');
    const queue: unknown[][] = [];
    const sent: GuideAnalyticsEvent[] = [];
    const stopBoth = [trackGuides(matomo({ queue }), { target }), trackGuides((e) => sent.push(e), { target })];
    for (const action of ['start', 'stop', 'end']) {
      target.dispatchEvent(new CustomEvent('gp-read-aloud', { detail: { tutorialId: 'renew-card', stepId: 'photo', lang: 'vi', action } }));
    }
    stopBoth.forEach((s) => s());
    expect(queue.map((c) => c.slice(2))).to.deep.equal([
      ['read-start', 'renew-card/photo'],
      ['read-stop', 'renew-card/photo'],
      ['read-end', 'renew-card/photo'],
    ]);
    expect(sent[0]).to.deep.equal({ activity: 'read', tutorialId: 'renew-card', stepId: 'photo', read: 'start' });
  });

  it('a sink that throws does not stop the guide, and stop() ends the listening', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    let calls = 0;
    try {
      stop = trackGuides(() => {
        calls += 1;
        throw new Error('analytics down');
      });
      const el = await fixture<GpTutorial>(html`<gp-tutorial lang="en" storage="none" .tutorial=${linear}></gp-tutorial>`);
      await walk(el, () => {});
      expect(el.shadowRoot!.querySelector('[part="complete"]')).to.exist;
      expect(calls).to.equal(5);
      expect(errors).to.have.length(5);
      stop();
      stop = undefined;
      el.restart();
      await el.updateComplete;
      expect(calls).to.equal(5);
    } finally {
      console.error = original;
    }
  });
});
