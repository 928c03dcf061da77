import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements.js';
import type { GpTutorial } from '../src/elements.js';
import type { Help, OpeningHours, Tutorial } from '../src/index.js';
import { sample } from './fixtures.js';

type Args = { lang: string };

const meta: Meta<Args> = {
  title: 'Elements/gp-help',
  component: 'gp-help',
  args: { lang: 'vi' },
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] } },
};
export default meta;
type Story = StoryObj<Args>;

const weekdays: OpeningHours[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '07:30', closes: '17:00' }];

/** A ward's help: a hotline with office hours, a text line, email, chat, a web page and a desk. */
const wardHelp: Help = {
  timezone: 'Asia/Ho_Chi_Minh',
  channels: [
    { type: 'phone', label: { vi: 'Tổng đài phường', en: 'Ward hotline' }, value: '02437654321', hours: weekdays },
    { type: 'sms', label: { vi: 'Tổng đài tin nhắn', en: 'Text line' }, value: '1900 1234', hours: weekdays },
    { type: 'email', label: { vi: 'Văn phòng phường', en: 'Ward office' }, value: 'hotro@example.gov.vn' },
    { type: 'chat', label: { vi: 'nhân viên hỗ trợ', en: 'a support worker' }, value: 'https://chat.example.gov.vn/' },
    { type: 'link', label: { vi: 'trang câu hỏi thường gặp', en: 'the common questions page' }, value: 'https://example.gov.vn/hoi-dap' },
    {
      type: 'desk',
      label: { vi: 'Bộ phận một cửa phường', en: 'Ward one-stop desk' },
      value: '12 Đường Số 1, Phường Tây Tựu',
      map: 'https://www.openstreetmap.org/search?query=T%C3%A2y%20T%E1%BB%B1u',
      hours: [
        { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '07:30', closes: '11:30' },
        { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '13:30', closes: '17:00' },
        { days: ['sa'], opens: '07:30', closes: '11:30' },
      ],
    },
  ],
};

/** The story tutorial with the ward's help, and a step with help of its own. */
const withHelp: Tutorial = {
  ...sample,
  help: wardHelp,
  steps: sample.steps.map((step) =>
    step.id === 'install-app'
      ? {
          ...step,
          help: {
            channels: [{ type: 'phone', label: { vi: 'Tổng đài VNeID', en: 'VNeID helpline' }, value: '1900 0368', hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '07:00', closes: '21:00' }] }],
          },
        }
      : step,
  ),
};

// Fixed clocks, so every story looks the same whatever the day (times in Hà Nội, UTC+7).
const mondayMorning = () => new Date('2025-01-06T03:00:00Z'); // Monday 10:00
const fridayEvening = () => new Date('2025-01-10T11:00:00Z'); // Friday 18:00

export const Standalone: Story = {
  render: ({ lang }) => html`<gp-help lang=${lang} .help=${wardHelp} reference="445M-301V" .now=${mondayMorning}></gp-help>`,
};

export const OpenNow: Story = {
  render: ({ lang }) => html`<gp-help lang=${lang} .tutorial=${withHelp} step-id="install-app" .now=${mondayMorning}></gp-help>`,
};

export const Closed: Story = {
  render: ({ lang }) => html`<gp-help lang=${lang} .tutorial=${withHelp} step-id="install-app" .now=${fridayEvening}></gp-help>`,
};

export const NoHours: Story = {
  render: ({ lang }) =>
    html`<gp-help
      lang=${lang}
      .channels=${wardHelp.channels.map(({ hours: _hours, ...channel }) => channel)}
      timezone="Asia/Ho_Chi_Minh"
      reference="445M-301V"
    ></gp-help>`,
};

export const NoChannels: Story = {
  render: ({ lang }) => html`<gp-help lang=${lang}></gp-help>`,
};

/** `<gp-tutorial>` on a step, with Get help pressed: the dialog, with the step's help first. */
export const InTheTutorialDialog: Story = {
  render: ({ lang }) => {
    const el = document.createElement('gp-tutorial') as GpTutorial;
    el.lang = lang;
    el.storage = 'none';
    el.start = 'install-app';
    el.tutorial = withHelp;
    const open = () => {
      const button = el.shadowRoot?.querySelector<HTMLButtonElement>('.help-button');
      if (button) button.click();
      else requestAnimationFrame(open);
    };
    requestAnimationFrame(open);
    return el;
  },
};

export const English: Story = {
  args: { lang: 'en' },
  render: ({ lang }) => html`<gp-help lang=${lang} .tutorial=${withHelp} step-id="install-app" .now=${fridayEvening}></gp-help>`,
};

export const At320px: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  render: ({ lang }) =>
    html`<div class="narrow"><gp-help lang=${lang} .tutorial=${withHelp} step-id="install-app" .now=${mondayMorning}></gp-help></div>
      <style>
        .narrow {
          max-width: 320px;
        }
      </style>`,
};
