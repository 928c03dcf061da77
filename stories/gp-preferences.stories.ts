import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements.js';
import { sample } from './fixtures.js';

const meta: Meta<{ lang: string }> = {
  title: 'Elements/gp-preferences',
  component: 'gp-preferences',
  args: { lang: 'vi' },
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] } },
};
export default meta;
type Story = StoryObj<{ lang: string }>;

/** In a portal's header: open Display and pick a theme; the walkthrough below follows it. */
export const InAHeader: Story = {
  render: ({ lang }) =>
    html`<header style="display: flex; justify-content: flex-end; padding: 0.5rem"><gp-preferences lang=${lang}></gp-preferences></header>
      <gp-tutorial lang=${lang} storage="none" .tutorial=${sample}></gp-tutorial>`,
};
