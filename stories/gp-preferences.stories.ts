import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements.js';
import { sample } from './fixtures.js';
import { chooseDisplay, type Display } from '../src/elements/controllers/text-size.js';

type Args = { lang: string; display: Display };

const meta: Meta<Args> = {
  title: 'Elements/gp-preferences',
  component: 'gp-preferences',
  args: { lang: 'vi', display: { theme: 'standard', spacing: 'normal' } },
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] } },
};
export default meta;
type Story = StoryObj<Args>;

/**
 * In a portal's header, with a walkthrough below that follows it. The display is the citizen's,
 * shared by every element on the page (and kept in localStorage `guidepost:display`): each
 * story chooses one, as a citizen would in the Display disclosure.
 */
const page = ({ lang, display }: Args) => {
  chooseDisplay(display);
  return html`<header style="display: flex; justify-content: flex-end; padding: 0.5rem"><gp-preferences lang=${lang}></gp-preferences></header>
    <gp-tutorial lang=${lang} storage="none" .tutorial=${sample}></gp-tutorial>`;
};

export const Standard: Story = { render: page };
export const HighContrast: Story = { args: { display: { theme: 'high', spacing: 'normal' } }, render: page };
export const Dark: Story = { args: { display: { theme: 'dark', spacing: 'normal' } }, render: page };
export const YellowOnBlack: Story = { args: { display: { theme: 'yellow', spacing: 'normal' } }, render: page };
export const WideSpacing: Story = { args: { display: { theme: 'standard', spacing: 'wide' } }, render: page };
