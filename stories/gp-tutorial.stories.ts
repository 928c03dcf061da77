import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements.js';
import { memoryStore, type ProgressStore } from '../src/index.js';
import type { GpTutorial } from '../src/elements.js';
import { longVietnamese, sample } from './fixtures.js';

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
