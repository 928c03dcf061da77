import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/gp-handbook.js';
import { sample } from './fixtures.js';

/**
 * The printed handbook. Use the browser's print preview (Ctrl+P) on a story to see the pages:
 * A4 or A5, 16 pt text, the title and page number on every page.
 */
const meta: Meta<{ lang: string }> = {
  title: 'Elements/gp-handbook',
  component: 'gp-handbook',
  args: { lang: 'vi' },
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] } },
};
export default meta;
type Story = StoryObj<{ lang: string }>;

const portal = 'https://portal.example/huong-dan.html?t={tutorialId}&step={stepId}';

/** A ward's door-to-door handbook: one QR code for the whole guide, a Print button for the desk. */
export const WithGuideQrCode: Story = {
  render: ({ lang }) => html`<gp-handbook lang=${lang} print-button url-template=${portal} .tutorial=${sample}></gp-handbook>`,
};

/** Every step with its own QR code, to open that very step on a phone. */
export const WithStepQrCodes: Story = {
  render: ({ lang }) => html`<gp-handbook lang=${lang} url-template=${portal} step-qr .tutorial=${sample}></gp-handbook>`,
};

/** Small A5 booklets; no QR code, only the reference codes for the hotline. */
export const A5WithoutQrCodes: Story = {
  render: ({ lang }) => html`<gp-handbook lang=${lang} paper="a5" .tutorial=${sample}></gp-handbook>`,
};
