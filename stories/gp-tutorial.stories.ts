import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements.js';
import { memoryStore, type ProgressStore } from '../src/index.js';
import type { GpTutorial } from '../src/elements.js';
import { longVietnamese, sample } from './fixtures.js';
import { installSpeech, voice } from '../test/fixtures/speech.js';

type Args = { lang: string; headingLevel: number };

const meta: Meta<Args> = {
  title: 'Elements/gp-tutorial',
  component: 'gp-tutorial',
  args: { lang: 'vi', headingLevel: 2 },
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] } },
};
export default meta;
type Story = StoryObj<Args>;

/** Renders a tutorial and then runs `then` on it (go to a step, finish…). */
function walk(args: Args, then?: (el: GpTutorial) => void, opts: { store?: ProgressStore; start?: string } = {}) {
  const el = document.createElement('gp-tutorial');
  el.lang = args.lang;
  el.headingLevel = args.headingLevel;
  el.storage = 'none';
  if (opts.store) el.store = opts.store;
  if (opts.start) el.start = opts.start;
  el.tutorial = sample;
  if (then) {
    const wait = () => (el.shadowRoot?.querySelector('button') ? then(el) : requestAnimationFrame(wait));
    requestAnimationFrame(wait);
  }
  return el;
}

export const Start: Story = { render: (args) => walk(args) };
export const English: Story = { args: { lang: 'en' }, render: (args) => walk(args) };
export const Choice: Story = { render: (args) => walk(args, undefined, { start: 'has-card' }) };
export const StepWithImageAndTip: Story = { render: (args) => walk(args, undefined, { start: 'install-app' }) };
export const StepWithWarning: Story = { render: (args) => walk(args, undefined, { start: 'enter-code' }) };
export const LastStep: Story = { render: (args) => walk(args, undefined, { start: 'done' }) };
export const Completion: Story = { render: (args) => walk(args, (el) => el.next(), { start: 'done' }) };

function savedStore(): ProgressStore {
  const store = memoryStore();
  const now = Date.now();
  void store.set({ tutorialId: sample.id, revision: 1, path: ['has-card', 'install-app', 'enter-code'], finished: false, startedAt: now - 60000, updatedAt: now });
  return store;
}
export const Resume: Story = { render: (args) => walk(args, undefined, { store: savedStore() }) };

export const Loading: Story = {
  render: (args) => {
    // A request that never answers, so the loading state stays on screen.
    const original = window.fetch;
    window.fetch = (input, init) => (String(input).endsWith('/never.json') ? new Promise(() => {}) : original(input, init));
    return html`<gp-tutorial lang=${args.lang} src="/never.json"></gp-tutorial>`;
  },
};
export const ErrorNotFound: Story = { render: (args) => html`<gp-tutorial lang=${args.lang} src="/examples/no-such-guide.json"></gp-tutorial>` };
export const ErrorInvalid: Story = {
  render: (args) => html`<gp-tutorial lang=${args.lang} .tutorial=${{ format: 2, id: 'Bad Id', title: 'x', steps: [{ id: 'a', title: 'A', next: 'nowhere' }] }}></gp-tutorial>`,
};
export const ErrorNetwork: Story = {
  render: (args) => html`<gp-tutorial lang=${args.lang} src="http://127.0.0.1:9/unreachable.json"></gp-tutorial>`,
};
export const ErrorBadJson: Story = {
  render: (args) => {
    const url = URL.createObjectURL(new Blob(['{ "format": 1, "id": "x", }'], { type: 'application/json' }));
    return html`<gp-tutorial lang=${args.lang} src=${url}></gp-tutorial>`;
  },
};
export const LongVietnameseText: Story = {
  render: (args) => {
    const el = walk(args);
    el.tutorial = longVietnamese;
    el.start = 'read';
    return el;
  },
};
export const LargestTextAt320px: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  render: (args) =>
    html`<div class="narrow">${walk(args, (el) => {
      const largest = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('A++'));
      largest?.click();
    }, { start: 'install-app' })}</div>
    <style>.narrow { max-width: 320px; }</style>`,
};
/**
 * Windows high contrast: Storybook cannot switch it on by itself. Open this story, then in
 * Chrome DevTools → Rendering choose "Emulate CSS media feature forced-colors: active". The
 * automated check is test/elements/gp-tutorial.modes.test.ts.
 */
export const ForcedColors: Story = {
  parameters: { docs: { description: { story: 'Turn on forced colors in DevTools → Rendering to see this state.' } } },
  render: (args) => walk(args, undefined, { start: 'has-card' }),
};
export const DarkHostPage: Story = {
  render: (args) => html`<div class="dark-host">${walk(args, undefined, { start: 'install-app' })}</div>
    <style>.dark-host { background: #111; padding: 2rem; color: #eee; }</style>`,
};
export const CustomTheme: Story = {
  render: (args) => html`<div class="themed">${walk(args, undefined, { start: 'install-app' })}</div>
    <style>.themed gp-tutorial { --gp-color-accent: #5b1a6b; --gp-color-focus: #5b1a6b; --gp-radius: 0; --gp-font-size: 1.375rem; }</style>`,
};

/**
 * Read aloud, with a stand-in for the browser's voices (test/fixtures/speech.ts), so each state
 * shows the same everywhere: Storybook's own browser may have other voices or none. `state`:
 * `idle` (the button), `reading` (the tip's first sentence highlighted), `paused`, or
 * `no-voice` (no voice for the language and no recording: no button).
 */
function reading(args: Args, state: 'idle' | 'reading' | 'paused' | 'no-voice') {
  const speech = installSpeech(state === 'no-voice' ? [voice('en-US')] : [voice('vi-VN', 'Linh'), voice('en-US', 'Samantha')]);
  return walk(
    { ...args, lang: state === 'no-voice' ? 'vi' : args.lang },
    (el) => {
      const button = () => el.shadowRoot!.querySelector<HTMLButtonElement>('.read-button');
      if (state === 'idle' || state === 'no-voice') return;
      button()?.click();
      const wait = () => {
        if (!speech.queue.length) return requestAnimationFrame(wait);
        // On to the tip's sentence: the place, the title and the text are said.
        while (speech.queue.length && !speech.current!.text.includes(':')) speech.sayAll(1);
        speech.start();
        if (state === 'paused') void el.updateComplete.then(() => button()?.click());
      };
      requestAnimationFrame(wait);
    },
    { start: 'install-app' },
  );
}
export const ReadAloud: Story = { render: (args) => reading(args, 'idle') };
export const ReadAloudReading: Story = { render: (args) => reading(args, 'reading') };
export const ReadAloudPaused: Story = { render: (args) => reading(args, 'paused') };
export const ReadAloudNoVoice: Story = { render: (args) => reading(args, 'no-voice') };
