// axe on every story of <gp-editor>, in real Chromium, with the WCAG 2.2 AA + AAA contrast
// rules of the element tests; also at 320 px wide and with 200 % text, where nothing may
// scroll sideways.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import * as stories from '../../stories/gp-editor.stories.js';
import { expectAxeClean } from './helpers.js';

type StoryObject = { args?: Record<string, unknown>; render?: (args: Record<string, unknown>, context: unknown) => unknown };

async function show(name: string): Promise<HTMLElement> {
  const story = (stories as unknown as Record<string, StoryObject>)[name]!;
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  render(story.render!({ ...stories.default.args, ...story.args }, {}) as Parameters<typeof render>[0], host);
  const editor = host.querySelector('gp-editor')!;
  await waitUntil(() => editor.shadowRoot?.querySelector('#save'), `${name} did not render`);
  return host;
}

describe('stories of <gp-editor>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const name of Object.keys(stories).filter((key) => key !== 'default')) {
    it(`${name} renders and passes axe`, async () => {
      const host = await show(name);
      await expectAxeClean(host);
    });
  }

  it('fits 320 px with 200 % text, no sideways scrolling, in the edit and the preview pane', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    try {
      const host = await show('TwoLanguages');
      const editor = host.querySelector('gp-editor')!;
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
      const preview = [...editor.shadowRoot!.querySelectorAll('.switch button')].find((b) => b.textContent!.trim() === 'Preview') as HTMLButtonElement;
      expect(getComputedStyle(preview).display).not.to.equal('none');
      preview.click();
      await editor.updateComplete;
      expect(getComputedStyle(editor.shadowRoot!.querySelector('.form')!).display).to.equal('none');
      await waitUntil(() => editor.shadowRoot!.querySelector('gp-tutorial')?.shadowRoot?.querySelector('h3, h4'), 'the preview shows a step');
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
      await expectAxeClean(host);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});
