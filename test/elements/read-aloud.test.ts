import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/gp-tutorial.js';
import '../../src/elements/gp-tour.js';
import type { GpTutorial } from '../../src/elements/gp-tutorial.js';
import type { GpTour } from '../../src/elements/gp-tour.js';
import type { Tutorial } from '../../src/core/tutorial/index.js';
import { readingHighlight, readRateKey, resetReadRateForTests } from '../../src/elements/controllers/read-aloud.js';
import { branching, linear } from '../fixtures/tutorials.js';
import { installSpeech, voice, type SpeechDouble } from '../fixtures/speech.js';
import { axTree } from './ax.js';
import { buttonNamed, deepActiveElement, expectAccessible, record, tabTo, textOf } from './helpers.js';

type Host = GpTutorial | GpTour;
type ReadDetail = { tutorialId: string; stepId: string; lang: string; action: string };

const root = (el: Host) => el.shadowRoot!;
const $ = (el: Host, selector: string) => root(el).querySelector<HTMLElement>(selector);
const button = (el: Host, text: string) => [...root(el).querySelectorAll('button')].find(buttonNamed(text));
/** The text of the sentence highlighted now, white space made single. */
const highlighted = () => {
  const ranges = [...((CSS.highlights.get(readingHighlight) as unknown as Iterable<Range> | undefined) ?? [])];
  return ranges.map((r) => r.toString().replace(/\s+/g, ' ').trim()).join(' | ');
};
/** The part outlined as being read (its class). */
const outlined = (el: Host) => [...root(el).querySelectorAll('[data-reading]')].map((e) => e.classList[0]);
const emulate = (...features: { name: string; value: string }[]) => executeServerCommand('emulate-media-features', features);

let speech: SpeechDouble & { uninstall(): void };

/** Presses a key and waits for the element to render. */
async function press(key: string, el: Host): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** A walkthrough in `lang`, on its first step. */
async function walkthrough(lang: string, tutorial: Tutorial = linear, extra: Partial<GpTutorial> = {}): Promise<GpTutorial> {
  const el = await fixture<GpTutorial>(html`<gp-tutorial lang=${lang} storage="none" start=${tutorial.steps[0]!.id} .tutorial=${tutorial}></gp-tutorial>`);
  Object.assign(el, extra);
  await waitUntil(() => $(el, '.step-heading'), 'no step shown');
  await el.updateComplete;
  return el;
}

/** Tabs to Read aloud and presses it with the keyboard; resolves once the first sentence is asked for. */
async function readAloud(el: Host, name = 'Read aloud'): Promise<void> {
  await tabTo(buttonNamed(name));
  await press('Enter', el);
  await waitUntil(() => speech.queue.length > 0 || $(el, 'audio'), 'nothing was read');
  await el.updateComplete;
}

/** A walkthrough in English, Read aloud pressed, the first sentence being said; and its gp-read-aloud events. */
async function sayingFirstSentence(): Promise<{ el: GpTutorial; log: { detail: ReadDetail }[] }> {
  const el = await walkthrough('en');
  const log = record<ReadDetail>(el, 'gp-read-aloud');
  await readAloud(el);
  speech.start();
  return { el, log };
}

describe('Read aloud', () => {
  beforeEach(() => {
    localStorage.clear();
    resetReadRateForTests();
    speech = installSpeech([voice('vi-VN', 'Linh'), voice('en-GB', 'Daniel'), voice('en-US', 'Samantha', { default: true })]);
  });
  afterEach(() => {
    speech.uninstall();
    localStorage.clear();
  });

  it('shows Read aloud under the step heading, named so, and never starts by itself', async () => {
    const el = await walkthrough('en');
    const read = button(el, 'Read aloud')!;
    expect(read).to.exist;
    expect(read.previousElementSibling?.classList.contains('step-heading')).to.equal(true);
    const tree = await axTree();
    expect(tree.all('button', 'Read aloud')).to.have.length(1);
    expect(speech.spoken).to.have.length(0);
    await expectAccessible(el);
  });

  it('reads the place, title, text and tip, one sentence per utterance, in English with an English voice', async () => {
    const el = await walkthrough('en');
    const log = record<ReadDetail>(el, 'gp-read-aloud');
    await readAloud(el);
    const said: string[] = [];
    const shown: string[] = [];
    const parts: string[][] = [];
    while (speech.queue.length) {
      const u = speech.start();
      await el.updateComplete;
      said.push(u.text);
      shown.push(highlighted());
      parts.push(outlined(el));
      expect(u.lang).to.equal('en');
      expect(u.voice?.name).to.equal('Samantha');
      expect(u.rate).to.equal(1);
      speech.end();
    }
    expect(said).to.deep.equal(['Step 1 of 3', 'Open the app store.', 'Tap Play Store.', 'Tip: The icon is a coloured triangle.']);
    expect(shown).to.deep.equal(['Step 1 of 3', 'Open the app store', 'Tap Play Store', 'Tip The icon is a coloured triangle']);
    expect(parts).to.deep.equal([['step-count'], ['step-title'], ['body'], ['callout']]);
    await waitUntil(() => button(el, 'Read aloud'), 'Read aloud did not come back');
    expect(highlighted()).to.equal('');
    expect(outlined(el)).to.deep.equal([]);
    expect(log.map((e) => e.detail)).to.deep.equal([
      { tutorialId: 'test-linear', stepId: 'open-store', lang: 'en', action: 'start' },
      { tutorialId: 'test-linear', stepId: 'open-store', lang: 'en', action: 'end' },
    ]);
    // Focus was in the controls: it is back on Read aloud.
    expect(textOf(deepActiveElement())).to.equal('Read aloud');
  });

  it('reads Vietnamese with a Vietnamese voice only, and the choices after "Choose one answer"', async () => {
    const el = await walkthrough('vi', branching);
    await readAloud(el, 'Đọc to');
    const said = speech.sayAll();
    expect(said).to.deep.equal(['Bước 1 trên 3', 'Bạn đã có căn cước gắn chip chưa?', 'Chọn một câu trả lời:', 'Có.', 'Chưa.']);
    expect(new Set(speech.spoken.map((u) => `${u.lang} ${u.voice?.name}`))).to.deep.equal(new Set(['vi Linh']));
  });

  it('shows the sentence being read in the choices, each choice in turn', async () => {
    const el = await walkthrough('en', branching);
    await readAloud(el);
    const shown: string[] = [];
    while (speech.queue.length) {
      speech.start();
      shown.push(highlighted());
      speech.end();
    }
    expect(shown.slice(2)).to.deep.equal(['Choose one answer', 'Yes', 'Not yet']);
  });

  it('finds a sentence with a link on screen though its "(opens in a new tab)" and its https:// are not said', async () => {
    const linked: Tutorial = {
      format: 1,
      id: 'test-linked',
      revision: 1,
      lang: 'en',
      title: 'Use the portal',
      steps: [{ id: 'portal', title: 'Open the portal', body: 'Go to [the portal](https://dichvucong.gov.vn) and log in. Or visit https://www.vneid.gov.vn today.' }],
    };
    const el = await walkthrough('en', linked);
    await readAloud(el);
    const said: string[] = [];
    const shown: string[] = [];
    while (speech.queue.length) {
      said.push(speech.start().text);
      shown.push(highlighted());
      speech.end();
    }
    expect(said.slice(2)).to.deep.equal(['Go to the portal and log in.', 'Or visit vneid.gov.vn today.']);
    expect(shown.slice(2)).to.deep.equal(['Go to the portal (opens in a new tab) and log in', 'Or visit https://www.vneid.gov.vn today']);
  });

  it('has no button when no voice speaks the language and there is no recording, and one once a voice arrives late', async () => {
    speech.uninstall();
    speech = installSpeech([]);
    const el = await walkthrough('vi');
    expect(button(el, 'Đọc to')).to.equal(undefined);
    expect($(el, '.read-button')).to.equal(null);
    // English voices only: still no button for Vietnamese (never an English voice for it).
    speech.setVoices([voice('en-US')]);
    await el.updateComplete;
    expect($(el, '.read-button')).to.equal(null);
    speech.setVoices([voice('en-US'), voice('vi_VN', 'Late')]);
    await waitUntil(() => button(el, 'Đọc to'), 'the late voice did not bring the button');
    await readAloud(el, 'Đọc to');
    expect(speech.current?.voice?.name).to.equal('Late');
    await expectAccessible(el);
  });

  it('pauses, resumes the sentence it was on, and stops, by keyboard; axe while reading and paused', async () => {
    const { el, log } = await sayingFirstSentence();
    speech.end();
    speech.start();
    await el.updateComplete;
    // Focus moved from Read aloud to Pause, the first of the controls.
    expect(textOf(deepActiveElement())).to.equal('Pause');
    const tree = await axTree();
    expect(tree.one('group', 'Read aloud')).to.exist;
    for (const name of ['Pause', 'Stop', 'Slower']) expect(tree.all('button', name)).to.have.length(1);
    await expectAccessible(el);

    await press('Enter', el);
    expect(textOf(deepActiveElement())).to.equal('Resume');
    expect(speech.queue).to.have.length(0);
    expect(highlighted()).to.equal('Open the app store');
    await expectAccessible(el);

    await press('Enter', el);
    expect(textOf(deepActiveElement())).to.equal('Pause');
    expect(speech.queue.map((u) => u.text)).to.deep.equal(['Open the app store.']);

    await tabTo(buttonNamed('Stop'));
    await press('Enter', el);
    expect(speech.queue).to.have.length(0);
    expect(textOf(deepActiveElement())).to.equal('Read aloud');
    expect(highlighted()).to.equal('');
    expect(log.map((e) => e.detail.action)).to.deep.equal(['start', 'stop']);
  });

  it('reads Slower (rate 0.8) once chosen, and remembers it between visits', async () => {
    const el = await walkthrough('en');
    await readAloud(el);
    speech.start();
    await tabTo(buttonNamed('Slower'));
    expect(deepActiveElement()!.getAttribute('aria-pressed')).to.equal('false');
    await press('Enter', el);
    expect(deepActiveElement()!.getAttribute('aria-pressed')).to.equal('true');
    // The sentence being said starts again, slower.
    expect(speech.queue.map((u) => [u.text, u.rate])).to.deep.equal([['Step 1 of 3', 0.8]]);
    expect(localStorage.getItem(readRateKey)).to.equal('slow');

    resetReadRateForTests();
    el.remove();
    const again = await walkthrough('en');
    await readAloud(again);
    expect(speech.current?.rate).to.equal(0.8);
    await tabTo(buttonNamed('Slower'));
    await press('Enter', again);
    expect(localStorage.getItem(readRateKey)).to.equal('normal');
    expect(speech.current?.rate).to.equal(1);
  });

  it('stops when Next is pressed, and reads the new step only when asked', async () => {
    const { el, log } = await sayingFirstSentence();
    await tabTo(buttonNamed('Next'));
    await press('Enter', el);
    expect(textOf($(el, '.step-title'))).to.equal('Search for VNeID');
    expect(speech.queue).to.have.length(0);
    expect(highlighted()).to.equal('');
    expect(log.map((e) => [e.detail.stepId, e.detail.action])).to.deep.equal([
      ['open-store', 'start'],
      ['open-store', 'stop'],
    ]);
    expect(button(el, 'Read aloud')).to.exist;
    const before = speech.spoken.length;
    await el.updateComplete;
    expect(speech.spoken.length).to.equal(before);
  });

  it('stops when Get help opens', async () => {
    const { el, log } = await sayingFirstSentence();
    await tabTo(buttonNamed('Get help'));
    await press('Enter', el);
    expect(speech.queue).to.have.length(0);
    expect(log.map((e) => e.detail.action)).to.deep.equal(['start', 'stop']);
    await waitUntil(() => root(el).querySelector('dialog[open]'), 'help did not open');
    await sendKeys({ press: 'Escape' });
  });

  it('stops when the element is removed from the page', async () => {
    const { el, log } = await sayingFirstSentence();
    el.remove();
    expect(speech.queue).to.have.length(0);
    expect(log.map((e) => e.detail.action)).to.deep.equal(['start', 'stop']);
    expect(highlighted()).to.equal('');
  });

  it('stops when the page is hidden', async () => {
    const { el, log } = await sayingFirstSentence();
    // The tab goes to the background (headless Chromium's page is never really hidden).
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as unknown as Record<string, unknown>)['visibilityState'];
    }
    await el.updateComplete;
    expect(speech.queue).to.have.length(0);
    expect(log.map((e) => e.detail.action)).to.deep.equal(['start', 'stop']);
    expect(button(el, 'Read aloud')).to.exist;
  });

  it('sends gp-read-aloud that bubbles out of shadow roots, with ids, the language and the action only', async () => {
    const seen: { detail: ReadDetail; composed: boolean }[] = [];
    const listener = (e: Event) => seen.push({ detail: (e as CustomEvent<ReadDetail>).detail, composed: e.composed });
    document.addEventListener('gp-read-aloud', listener);
    try {
      const el = await walkthrough('en');
      await readAloud(el);
      expect(seen).to.have.length(1);
      expect(Object.keys(seen[0]!.detail).sort()).to.deep.equal(['action', 'lang', 'stepId', 'tutorialId']);
      expect(seen[0]!.composed).to.equal(true);
    } finally {
      document.removeEventListener('gp-read-aloud', listener);
    }
  });

  it('keeps the part being read outlined in forced colours, and the sentence marked with the system colours', async () => {
    const el = await walkthrough('en');
    await readAloud(el);
    speech.start();
    speech.end();
    speech.start();
    await emulate({ name: 'forced-colors', value: 'active' });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const title = $(el, '.step-title')!;
      expect(title.hasAttribute('data-reading')).to.equal(true);
      const style = getComputedStyle(title);
      expect(style.outlineStyle).to.equal('dashed');
      expect(parseFloat(style.outlineWidth)).to.be.greaterThan(2);
      expect(highlighted()).to.equal('Open the app store');
    } finally {
      await emulate();
    }
  });

  it('reads a demo guide from its file in Vietnamese, stops when the page switches to English, then reads English', async () => {
    const page = document.documentElement;
    const before = page.lang;
    page.lang = 'vi';
    try {
      const el = await fixture<GpTutorial>(html`<gp-tutorial storage="none" start="has-chip-card" src="/raw/examples/vneid-level-2.json"></gp-tutorial>`);
      await waitUntil(() => $(el, '.step-heading'), 'the guide did not open', { timeout: 4000 });
      const log = record<ReadDetail>(el, 'gp-read-aloud');
      await readAloud(el, 'Đọc to');
      expect(speech.start().text).to.equal('Bước 1 trên 9');
      speech.end();
      expect([speech.current?.text, speech.current?.lang, speech.current?.voice?.name]).to.deep.equal(['Bạn đã có căn cước gắn chip chưa?', 'vi', 'Linh']);
      // The demo's language switch sets <html lang>: the step is shown again in English.
      page.lang = 'en';
      await waitUntil(() => button(el, 'Read aloud'), 'the step did not switch to English');
      expect(log.map((e) => [e.detail.lang, e.detail.action])).to.deep.equal([
        ['vi', 'start'],
        ['vi', 'stop'],
      ]);
      await readAloud(el);
      expect([speech.current?.lang, speech.current?.voice?.name]).to.deep.equal(['en', 'Samantha']);
      expect(speech.current?.text).to.match(/^Step 1 of \d+$/);
    } finally {
      page.lang = before;
    }
  });

  describe('with a recording', () => {
    const recorded: Tutorial = {
      ...linear,
      id: 'test-recorded',
      steps: [{ ...linear.steps[0]!, audio: { en: 'audio/step.en.wav' } }, ...linear.steps.slice(1)],
    };
    // No voice at all: only the recording can read the step.
    beforeEach(() => {
      speech.uninstall();
      speech = installSpeech([]);
    });

    it('plays the step’s recording for its language, relative to the tutorial, with Pause, Resume and its end', async () => {
      const el = await walkthrough('en', recorded, { base: '/raw/test/fixtures/' });
      const log = record<ReadDetail>(el, 'gp-read-aloud');
      await readAloud(el);
      const audio = $(el, 'audio') as HTMLAudioElement;
      expect(new URL(audio.src).pathname).to.equal('/raw/test/fixtures/audio/step.en.wav');
      await waitUntil(() => !audio.paused && audio.currentTime > 0, 'the recording did not play', { timeout: 4000 });
      expect(speech.spoken).to.have.length(0);
      await expectAccessible(el);

      await press('Enter', el);
      expect(audio.paused).to.equal(true);
      expect(textOf(deepActiveElement())).to.equal('Resume');
      await press('Enter', el);
      await waitUntil(() => !audio.paused, 'the recording did not resume');
      await waitUntil(() => log.length === 2, 'the recording did not end', { timeout: 4000 });
      expect(log.map((e) => e.detail)).to.deep.equal([
        { tutorialId: 'test-recorded', stepId: 'open-store', lang: 'en', action: 'start' },
        { tutorialId: 'test-recorded', stepId: 'open-store', lang: 'en', action: 'end' },
      ]);
      await el.updateComplete;
      expect($(el, 'audio')).to.equal(null);
      expect(button(el, 'Read aloud')).to.exist;
    });

    it('has no button on a step with no recording for the language and no voice', async () => {
      const el = await walkthrough('vi', recorded, { base: '/raw/test/fixtures/' });
      expect($(el, '.read-button')).to.equal(null);
    });

    it('stops the recording when Next is pressed', async () => {
      const el = await walkthrough('en', recorded, { base: '/raw/test/fixtures/' });
      const log = record<ReadDetail>(el, 'gp-read-aloud');
      await readAloud(el);
      const audio = $(el, 'audio') as HTMLAudioElement;
      await tabTo(buttonNamed('Next'));
      await press('Enter', el);
      expect(audio.paused).to.equal(true);
      expect(log.map((e) => e.detail.action)).to.deep.equal(['start', 'stop']);
    });
  });

  describe('in <gp-tour>', () => {
    const tour: Tutorial = {
      format: 1,
      id: 'test-read-tour',
      revision: 1,
      lang: 'en',
      title: 'Fill in the form',
      steps: [
        { id: 'ready', title: 'Get your ID card', body: 'Keep it next to you. You will need its number.' },
        { id: 'name', title: 'Type your name', body: 'As on your card.' },
      ],
    };

    async function openTour(template: TemplateResult): Promise<GpTour> {
      const wrapper = await fixture<HTMLDivElement>(template);
      const el = wrapper.querySelector('gp-tour') as GpTour;
      await el.start();
      await waitUntil(() => $(el, '.step-heading'), 'the tour did not open');
      return el;
    }

    it('reads the step in the panel, sentence by sentence, and stops on Next', async () => {
      const el = await openTour(html`<div><gp-tour lang="en" storage="none" .tutorial=${tour}></gp-tour></div>`);
      const log = record<ReadDetail>(el, 'gp-read-aloud');
      await readAloud(el);
      const said: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        said.push(speech.start().text);
        if (i === 3) expect(highlighted()).to.equal('You will need its number');
        speech.end();
      }
      expect(said).to.deep.equal(['Step 1 of 2', 'Get your ID card.', 'Keep it next to you.', 'You will need its number.']);
      await expectAccessible(el);
      await el.updateComplete;
      await readAloud(el);
      speech.start();
      button(el, 'Next')!.click();
      await el.updateComplete;
      expect(speech.queue).to.have.length(0);
      expect(log.map((e) => e.detail.action)).to.deep.equal(['start', 'end', 'start', 'stop']);
      el.end();
    });
  });
});
