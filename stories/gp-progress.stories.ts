import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements.js';
import { memoryStore } from '../src/index.js';
import { sample } from './fixtures.js';

const meta: Meta<{ lang: string }> = {
  title: 'Elements/gp-progress',
  component: 'gp-progress',
  args: { lang: 'vi' },
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] } },
};
export default meta;
type Story = StoryObj<{ lang: string }>;

export const InsideAWalk: Story = {
  render: ({ lang }) =>
    html`<gp-progress
      lang=${lang}
      .tutorial=${sample}
      .path=${['has-card', 'install-app']}
      .route=${['has-card', 'install-app', 'enter-code', 'done']}
      current="install-app"
    ></gp-progress>`,
};

export const Finished: Story = {
  render: ({ lang }) =>
    html`<gp-progress lang=${lang} .tutorial=${sample} .path=${['has-card', 'get-card']} .route=${['has-card', 'get-card']} finished></gp-progress>`,
};

const store = memoryStore();
void store.set({ tutorialId: sample.id, revision: 1, path: ['has-card', 'install-app'], finished: false, startedAt: 0, updatedAt: 0 });
export const AloneFromStoredProgress: Story = {
  render: ({ lang }) => html`<gp-progress lang=${lang} .store=${store} .tutorial=${sample}></gp-progress>`,
};
export const AloneWithNothingSaved: Story = {
  render: ({ lang }) => html`<gp-progress lang=${lang} storage="none" .tutorial=${sample}></gp-progress>`,
};
