import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render, type TemplateResult } from 'lit';
import '../src/elements.js';
import type { GpTour } from '../src/elements.js';
import type { Tutorial } from '../src/index.js';
import residence from '../examples/tour-residence-form.json';

type Args = { lang: string };

const meta: Meta<Args> = {
  title: 'Elements/gp-tour',
  component: 'gp-tour',
  args: { lang: 'vi' },
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] } },
  parameters: {
    layout: 'fullscreen',
    // The tour sits in the top layer of its page: each story gets a page (iframe) of its own.
    docs: { story: { inline: false, iframeHeight: 640 } },
  },
};
export default meta;
type Story = StoryObj<Args>;

const tour = residence as Tutorial;

/** The ward's residence form, laid out as `layout` says, with the ids the example tour names. */
function form(layout: string): TemplateResult {
  return html`<style>
      .story-page { font: 1.125rem/1.6 'Noto Sans', system-ui, sans-serif; color: #1a1a1a; padding: 1rem; }
      .story-form { display: grid; gap: 0.5rem; max-width: 22rem; }
      .story-form input, .story-form select { font: inherit; padding: 0.5rem; border: 0.125rem solid #5c5c5c; border-radius: 0.25rem; min-width: 0; }
      .story-form button { font: inherit; min-height: 3rem; background: #7a0c0c; color: #fff; border: 0; border-radius: 0.5rem; }
      .story-page.right .story-form { margin-inline-start: auto; }
      .story-page.wide .story-form { max-width: none; }
      .story-page.bottom { min-height: 100vh; display: flex; flex-direction: column; justify-content: flex-end; }
      .story-page.bottom .story-form { max-width: none; }
      .story-page.dark { background: #1b1b1b; color: #f2f2f2; }
      .story-page.large gp-tour { --gp-font-size: 2.5rem; }
    </style>
    <h1>Tờ khai cư trú</h1>
    <form class="story-form" @submit=${(e: Event) => e.preventDefault()}>
      <label for="full-name">Họ và tên</label>
      <input id="full-name" autocomplete="name" />
      <label for="id-number">Số căn cước</label>
      <input id="id-number" inputmode="numeric" />
      ${layout.includes('no-phone')
        ? ''
        : html`<label for="phone">Số điện thoại</label>
            <input id="phone" type="tel" autocomplete="tel" />`}
      <label for="ward">Phường</label>
      <select id="ward">
        <option value="">Chọn phường</option>
        <option>Phường Tây Tựu</option>
        <option>Phường Phú Diễn</option>
      </select>
      <button id="submit">Gửi tờ khai</button>
    </form>`;
}

/** A page with the form and a tour opened at `stepId` once both are on screen. */
function page(args: Args, layout: string, stepId: string, tutorial: Tutorial = tour): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = `story-page ${layout}`;
  const el = document.createElement('gp-tour') as GpTour;
  el.lang = args.lang;
  el.storage = 'none';
  el.tutorial = tutorial;
  const open = () => (wrapper.isConnected ? void el.start(stepId) : requestAnimationFrame(open));
  requestAnimationFrame(open);
  // The form first, then the tour last, as the docs advise.
  render(form(layout), wrapper);
  wrapper.append(el);
  return wrapper;
}

/** Beside a field, on its right: the usual placement on a wide screen. */
export const BesideOnTheRight: Story = { render: (args) => page(args, '', 'full-name') };
/** The field is near the right edge, so the step flips to its left. */
export const BesideOnTheLeft: Story = { render: (args) => page(args, 'right', 'id-number') };
/** A field as wide as the page, near its top: the step goes below it. */
export const Below: Story = { render: (args) => page(args, 'wide', 'full-name') };
/** A wide field at the very end of the page: no room below, so the step goes above. */
export const Above: Story = { render: (args) => page(args, 'bottom', 'submit') };
/** A step with no target: shown docked at the bottom, without pointing. */
export const NoTarget: Story = { render: (args) => page(args, '', 'get-card-ready') };
/** 320 px wide (or 400 % zoom): docked at the bottom, the field scrolled above it. */
export const NarrowScreen: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  globals: { viewport: { value: 'mobile1' } },
  render: (args) => page(args, '', 'ward'),
};
/** The phone field is not on the page: after 3 seconds the step says so, docked. */
export const MissingTarget: Story = { render: (args) => page(args, 'no-phone', 'phone') };
/** Text at 40 px (the citizen's A++): the step no longer fits beside the field, so it docks. */
export const LargeText: Story = { render: (args) => page(args, 'large', 'full-name') };
/** A dark portal page: the ring's light bands keep it visible. */
export const DarkPage: Story = { render: (args) => page(args, 'dark', 'id-number') };
/**
 * Windows high contrast: emulate it with DevTools › Rendering › "Emulate CSS media feature
 * forced-colors: active". The ring turns `Highlight` with `Canvas` bands; buttons and the panel
 * border use system colours.
 */
export const ForcedColors: Story = {
  parameters: { chromatic: { forcedColors: 'active' } },
  render: (args) => page(args, '', 'full-name'),
};
/** A step with a tip and a warning, in English. */
export const English: Story = { args: { lang: 'en' }, render: (args) => page(args, '', 'id-number') };
