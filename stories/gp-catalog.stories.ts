import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements.js';
import { memoryStore, type Tutorial } from '../src/index.js';
import demoCatalog from '../demo/catalog.json';
import dvcFile from '../examples/dvc-file-application.json';
import dvcSignIn from '../examples/dvc-sign-in.json';
import etax from '../examples/etax-mobile.json';
import feedback1022 from '../examples/hanoi-1022-feedback.json';
import ihanoi from '../examples/ihanoi-report.json';
import payBill from '../examples/pay-bill-qr.json';
import residence from '../examples/tour-residence-form.json';
import changePhone from '../examples/vneid-change-phone.json';
import signature from '../examples/vneid-digital-signature.json';
import level2 from '../examples/vneid-level-2.json';
import recover from '../examples/vneid-recover-account.json';
import vssid from '../examples/vssid-lookup.json';
import { longVietnamese, sample } from './fixtures.js';

type Args = { lang: string };
const meta: Meta<Args> = {
  title: 'Elements/gp-catalog',
  component: 'gp-catalog',
  args: { lang: 'vi' },
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] } },
};
export default meta;
type Story = StoryObj<Args>;

const tax: Tutorial = {
  format: 1,
  id: 'story-etax',
  revision: 1,
  lang: 'vi',
  title: { vi: 'Tra cứu thuế thu nhập cá nhân trên eTax Mobile', en: 'Look up personal income tax in eTax Mobile' },
  summary: { vi: 'Xem số thuế đã nộp trong năm.', en: 'See the tax you paid this year.' },
  minutes: 5,
  steps: [
    { id: 'open-app', title: { vi: 'Mở eTax Mobile', en: 'Open eTax Mobile' } },
    { id: 'look-up', title: { vi: 'Chọn Tra cứu', en: 'Choose Look up' } },
  ],
};

const catalog = {
  format: 1,
  lang: 'vi',
  categories: [
    { id: 'identity', title: { vi: 'Định danh điện tử', en: 'Electronic identity' } },
    { id: 'tax', title: { vi: 'Thuế', en: 'Tax' } },
  ],
  tutorials: [
    { src: 'vneid.json', category: 'identity', keywords: ['kích hoạt', 'CCCD'] },
    { src: 'long.json', category: 'identity' },
    { src: 'etax.json', category: 'tax', keywords: ['TNCN'] },
  ],
};
const tutorials = [sample, longVietnamese, tax];

/** The catalog with its tutorials given as objects, so the stories fetch nothing. */
const list = (args: Args, store = memoryStore()) =>
  html`<gp-catalog lang=${args.lang} .catalog=${catalog} .tutorials=${tutorials} .store=${store}></gp-catalog>`;

export const ByCategory: Story = { render: (args) => list(args) };
export const English: Story = { args: { lang: 'en' }, render: (args) => list(args) };

export const ContinueAndDone: Story = {
  render: (args) => {
    const store = memoryStore();
    store.set({ tutorialId: sample.id, revision: 1, path: ['has-card', 'install-app'], finished: false, startedAt: 0, updatedAt: 1 });
    store.set({ tutorialId: tax.id, revision: 1, path: ['open-app', 'look-up'], finished: true, startedAt: 0, updatedAt: 1 });
    return list(args, store);
  },
};

export const OneGuideBroken: Story = {
  render: (args) =>
    html`<gp-catalog lang=${args.lang} .catalog=${catalog} .tutorials=${[sample, { format: 1, id: 'Bad Id' }, tax]} storage="none"></gp-catalog>`,
};

/** The demo portal's catalog: every e-service example, reporting to the ward included, given as objects. */
const examples: Record<string, unknown> = {
  'vneid-level-2': level2,
  'vneid-change-phone': changePhone,
  'vneid-recover-account': recover,
  'vneid-digital-signature': signature,
  'dvc-sign-in': dvcSignIn,
  'dvc-file-application': dvcFile,
  'tour-residence-form': residence,
  'etax-mobile': etax,
  'vssid-lookup': vssid,
  'pay-bill-qr': payBill,
  'ihanoi-report': ihanoi,
  'hanoi-1022-feedback': feedback1022,
};
export const EveryEService: Story = {
  render: (args) =>
    html`<gp-catalog
      lang=${args.lang}
      .catalog=${demoCatalog}
      .tutorials=${demoCatalog.tutorials.map((t) => examples[/([a-z0-9-]+)\.json$/.exec(t.src)![1]!])}
      storage="none"
    ></gp-catalog>`,
};

export const CatalogNotFound: Story = {
  render: (args) => html`<gp-catalog lang=${args.lang} src="/examples/no-such-catalog.json"></gp-catalog>`,
};

export const LinksToThePortalsPages: Story = {
  render: (args) =>
    html`<gp-catalog lang=${args.lang} .catalog=${catalog} .tutorials=${tutorials} storage="none" url-template="/guide.html?id={id}"></gp-catalog>`,
};
