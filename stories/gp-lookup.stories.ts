import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements.js';
import type { GpLookup } from '../src/elements/gp-lookup.js';
import { encodeReference } from '../src/index.js';
import { sample } from './fixtures.js';

type Args = { lang: string };
const meta: Meta<Args> = {
  title: 'Elements/gp-lookup',
  component: 'gp-lookup',
  args: { lang: 'vi' },
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] } },
};
export default meta;
type Story = StoryObj<Args>;

const good = encodeReference({ tutorialId: sample.id, revision: sample.revision, stepId: 'enter-code' }, sample);

/** A lookup that knows the sample guide, with `code` typed and shown. */
function lookup(args: Args, code?: string): GpLookup {
  const el = document.createElement('gp-lookup');
  el.lang = args.lang;
  el.tutorials = [sample];
  if (code !== undefined) void el.updateComplete.then(() => el.show(code));
  return el;
}

export const Empty: Story = { render: (args) => lookup(args) };
export const Found: Story = { render: (args) => lookup(args, good) };
export const FoundInEnglish: Story = { args: { lang: 'en' }, render: (args) => lookup(args, good) };
export const Mistyped: Story = { render: (args) => lookup(args, `${good.slice(0, 6)}${good[6] === 'Z' ? 'Y' : 'Z'}${good.slice(7)}`) };
export const WrongCharacter: Story = { render: (args) => lookup(args, '445M-3*1V') };
export const TooShort: Story = { render: (args) => lookup(args, '445M-30') };
export const UnknownGuide: Story = { render: (args) => lookup(args, '0000-0000') };
