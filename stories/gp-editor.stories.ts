import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/editor/index.js';
import example from '../examples/vneid-level-2.json';

type Args = { lang: string };

const meta: Meta<Args> = {
  title: 'Editor/gp-editor',
  component: 'gp-editor',
  args: { lang: 'en' },
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] } },
};
export default meta;
type Story = StoryObj<Args>;

/** A tutorial written from nothing: the problems say what to do first. */
export const NewTutorial: Story = {
  render: ({ lang }) => html`<gp-editor lang=${lang} draft-key="story:new"></gp-editor>`,
};

/** The VNeID example, in Vietnamese and English, side by side, with its preview. */
export const TwoLanguages: Story = {
  render: ({ lang }) => html`<gp-editor lang=${lang} draft-key="story:vneid" abbreviations="VNeID,OTP,QR" .value=${example}></gp-editor>`,
};

/** A step whose choice goes to a step that was deleted: flagged beside "Goes to" and in Problems. */
export const BrokenLink: Story = {
  render: ({ lang }) => html`<gp-editor
    lang=${lang}
    draft-key="story:broken"
    .value=${{
      format: 1,
      id: 'renew-card',
      revision: 1,
      lang: 'en',
      title: 'Renew a card',
      steps: [
        { id: 'start', title: 'Do you have your old card?', choices: [{ label: 'Yes', next: 'online' }, { label: 'No', next: 'gone' }] },
        { id: 'online', title: 'Renew online', body: 'Open the portal, then sign in with VNeID.', next: null },
      ],
    }}
  ></gp-editor>`,
};

/** The editor in Vietnamese. */
export const Vietnamese: Story = {
  args: { lang: 'vi' },
  render: ({ lang }) => html`<gp-editor lang=${lang} draft-key="story:vi" .value=${example}></gp-editor>`,
};
