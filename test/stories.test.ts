// axe on every story: each story of stories/ is rendered here, in real Chromium, and checked
// with the same WCAG 2.2 AA + AAA-contrast rules as the element tests.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import * as handbookStories from '../stories/gp-handbook.stories.js';
import * as catalogStories from '../stories/gp-catalog.stories.js';
import * as helpStories from '../stories/gp-help.stories.js';
import * as lookupStories from '../stories/gp-lookup.stories.js';
import * as progressStories from '../stories/gp-progress.stories.js';
import * as tutorialStories from '../stories/gp-tutorial.stories.js';
import * as preferencesStories from '../stories/gp-preferences.stories.js';
import { expectAccessible } from './elements/helpers.js';

type StoryModule = Record<string, unknown> & { default: { args?: Record<string, unknown> } };
type StoryObject = { args?: Record<string, unknown>; render?: (args: Record<string, unknown>, context: unknown) => unknown };

const modules: Record<string, StoryModule> = {
  'gp-tutorial': tutorialStories as unknown as StoryModule,
  'gp-progress': progressStories as unknown as StoryModule,
  'gp-help': helpStories as unknown as StoryModule,
  'gp-handbook': handbookStories as unknown as StoryModule,
  'gp-catalog': catalogStories as unknown as StoryModule,
  'gp-lookup': lookupStories as unknown as StoryModule,
  // Last: its stories choose a display, which every element on the page then shows.
  'gp-preferences': preferencesStories as unknown as StoryModule,
};

/** Whether every guidepost element inside `root` has rendered something. */
function settled(root: Element): boolean {
  const elements = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('gp-'));
  return elements.length > 0 && elements.every((el) => (el.shadowRoot?.childElementCount ?? 0) > 0 || el.shadowRoot?.querySelector('*'));
}

for (const [name, mod] of Object.entries(modules)) {
  describe(`stories of <${name}>`, () => {
    for (const [exportName, value] of Object.entries(mod)) {
      if (exportName === 'default') continue;
      const story = value as StoryObject;
      it(`${exportName} renders and passes axe`, async () => {
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        const args = { ...mod.default.args, ...story.args };
        render(story.render!(args, {}) as Parameters<typeof render>[0], host);
        await waitUntil(() => settled(host), `${exportName} did not render`, { timeout: 4000 });
        await new Promise((r) => setTimeout(r, 100));
        expect(host.childElementCount).to.be.greaterThan(0);
        await expectAccessible(host);
      });
    }
  });
}
