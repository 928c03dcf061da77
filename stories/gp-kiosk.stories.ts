import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/gp-tutorial.js';
import '../src/elements/gp-kiosk.js';
import { sample } from './fixtures.js';

/**
 * A Digital Citizen Station: the `kiosk` attribute keeps progress in memory only. Leave the
 * story alone for 3 minutes to see "Are you still there?" and its 60-second countdown; finish
 * the guide to see "Start over for the next person".
 */
const meta: Meta<{ lang: string }> = {
  title: 'Elements/gp-kiosk',
  component: 'gp-kiosk',
  args: { lang: 'vi' },
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] } },
};
export default meta;
type Story = StoryObj<{ lang: string }>;

export const SharedScreen: Story = {
  render: ({ lang }) => html`<gp-tutorial kiosk lang=${lang} .tutorial=${sample}></gp-tutorial>`,
};
