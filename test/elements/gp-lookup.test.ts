import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/gp-lookup.js';
import type { GpLookup } from '../../src/elements/gp-lookup.js';
import { encodeReference, normalizeReference } from '../../src/core/help/index.js';
import type { Tutorial } from '../../src/core/tutorial/index.js';
import { liveRegionText } from '../../src/elements/common/live-region.js';
import vneid from '../../examples/vneid-level-2.json';
import { branching, linear } from '../fixtures/tutorials.js';
import { axTree } from './ax.js';
import { deepActiveElement, expectAccessible, tabTo, textOf } from './helpers.js';

const demo = '/raw/demo/catalog.json';
const $ = (el: GpLookup, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const tutorial = vneid as unknown as Tutorial;
const code = (t: Tutorial, stepId: string) => encodeReference({ tutorialId: t.id, revision: t.revision, stepId }, t);

/** Types `text` into the code field with real key presses and presses Enter. */
async function lookUp(el: GpLookup, text: string): Promise<void> {
  const input = $(el, 'input') as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => $(el, '[part="result"]') || textOf($(el, '[part="problem"]')) !== '', 'the lookup said nothing', { timeout: 5000 });
}

describe('<gp-lookup>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  // First, so no picture of another test's step is still loading.
  it('makes no network request but the catalog and its files', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await fixture<GpLookup>(html`<gp-lookup lang="en" src=${demo}></gp-lookup>`);
    await lookUp(el, code(tutorial, 'install-app'));
    const requests = performance.getEntriesByType('resource').slice(before).map((r) => new URL(r.name).pathname);
    // Besides the library's own UI strings (loaded per language), only the catalog and its files.
    const own = (path: string) => /^\/locales\/[a-z-]+\.json$/.test(path);
    expect(requests.every((path) => own(path) || path === '/raw/demo/catalog.json' || path.startsWith('/raw/examples/')), requests.join(', ')).to.equal(true);
  });

  it('shows the guide, "Step N of M" as the citizen saw it, the step, the steps around it and the help contacts', async () => {
    const el = await fixture<GpLookup>(html`<gp-lookup lang="en" src=${demo}></gp-lookup>`);
    // "enter-code" is step 7 in the file, and the citizen, who has a chip card, sees "Step 6 of 9".
    const typed = code(tutorial, 'enter-code').toLowerCase().replace('-', ' ');
    await lookUp(el, typed);
    const result = $(el, '[part="result"]')!;
    const heading = result.querySelector('#result-heading')!;
    expect(textOf(heading)).to.equal(`Code ${code(tutorial, 'enter-code')}: Activate your level-2 e-ID (electronic identity) account in VNeID`);
    const spoken = [...normalizeReference(code(tutorial, 'enter-code'))];
    expect(heading.getAttribute('aria-label')).to.equal(`Code ${spoken.slice(0, 4).join(' ')}, ${spoken.slice(4).join(' ')}: Activate your level-2 e-ID (electronic identity) account in VNeID`);
    expect(tutorial.steps.findIndex((s) => s.id === 'enter-code')).to.equal(6);
    expect(textOf(result.querySelector('[part="where"]'))).to.equal('Step 6 of 9');
    const title = (id: string) => (tutorial.steps.find((s) => s.id === id)!.title as { en: string }).en;
    expect(textOf(result.querySelector('[part="step"] .step-title'))).to.equal(title('enter-code'));
    expect([...result.querySelectorAll('[part="around"] dd')].map(textOf)).to.deep.equal([title('enter-phone'), title('create-password')]);
    expect(result.querySelector('gp-help')).to.not.equal(null);
    await waitUntil(() => result.querySelector('gp-help')!.shadowRoot?.querySelector('[part="channels"], [part="empty"]'));
    expect(deepActiveElement()).to.equal(heading);
    await waitUntil(() => liveRegionText() === 'Showing step 6 of 9 of the guide “Activate your level-2 e-ID (electronic identity) account in VNeID”.', liveRegionText());
    // Nothing of the code is kept: not in the address, not in storage.
    expect(location.href).to.not.include(normalizeReference(typed));
    expect(JSON.stringify({ ...localStorage })).to.not.include(normalizeReference(typed));
    await expectAccessible(el);
  });

  it('says plainly which character looks wrong, or that the code is too short', async () => {
    const el = await fixture<GpLookup>(html`<gp-lookup lang="en" .tutorials=${[linear, branching]}></gp-lookup>`);
    await lookUp(el, '445M-3*1V');
    expect(textOf($(el, '[part="problem"]'))).to.equal(
      'Character 6, “*”, is never in a code: codes have only digits and the letters A to Z without I, L, O and U. Ask the citizen to read that character again.',
    );
    expect($(el, 'input')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '[part="problem"]')!.getAttribute('role')).to.equal('alert');
    // Focus stays in the field, the code selected, to type it again at once.
    expect(deepActiveElement()).to.equal($(el, 'input'));
    await expectAccessible(el);
    await lookUp(el, '445M-30');
    expect(textOf($(el, '[part="problem"]'))).to.match(/^“445M30” has 6 characters, but a code has 8/);
    await lookUp(el, '');
    expect(textOf($(el, '[part="problem"]'))).to.equal('Type the code the citizen reads out to you.');
  });

  it('points at the one misheard character when only one change gives a known guide', async () => {
    const el = await fixture<GpLookup>(html`<gp-lookup lang="en" .tutorials=${[linear]}></gp-lookup>`);
    const good = normalizeReference(code(linear, 'search'));
    const misheard = `${good.slice(0, 5)}${good[5] === 'Z' ? 'Y' : 'Z'}${good.slice(6)}`;
    await lookUp(el, misheard);
    const problem = textOf($(el, '[part="problem"]'));
    expect(problem).to.match(/^The code .* has a character that was misheard or mistyped\./);
    expect(problem).to.include(`Check character 6 (“${misheard[5]}”) first: with “${good[5]}” there, it is a code of the guide “Install the VNeID app”.`);
    await expectAccessible(el);
  });

  it('tells an unknown guide and another version apart', async () => {
    const el = await fixture<GpLookup>(html`<gp-lookup lang="en" .tutorials=${[linear]}></gp-lookup>`);
    const other = { ...linear, id: 'some-other-guide' };
    await lookUp(el, code(other, 'search'));
    expect(textOf($(el, '[part="problem"]'))).to.match(/^No guide here has codes starting with [0-9A-Z]{4}\./);
    const newer = { ...linear, revision: linear.revision + 1 };
    await lookUp(el, code(newer, 'search'));
    expect(textOf($(el, '[part="problem"]'))).to.equal(
      `This is the guide “Install the VNeID app”, but the citizen has another version of it than this desk (an older or a newer one). Ask them the title of the step they see.`,
    );
    await expectAccessible(el);
  });

  it('says each problem through the role="alert" in its shadow root, as Chromium gives it to a screen reader, and says the same one again', async () => {
    const el = await fixture<GpLookup>(html`<gp-lookup lang="en" .tutorials=${[linear]}></gp-lookup>`);
    const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
    // There, empty, before the first code: a live region added with its words is not announced.
    expect(alert.getAttribute('part')).to.equal('problem');
    expect(textOf(alert)).to.equal('');
    const said = async () => {
      const tree = await axTree();
      const alerts = tree.all('alert');
      expect(alerts.length).to.equal(1);
      return tree
        .descendants(alerts[0]!)
        .filter((n) => n.role === 'StaticText')
        .map((n) => n.name)
        .join('');
    };
    const older = { ...linear, revision: linear.revision + 1 };
    const cases: [string, RegExp][] = [
      ['445M-3*1V', /^Character 6, “\*”, is never in a code/],
      [code({ ...linear, id: 'some-other-guide' }, 'search'), /^No guide here has codes starting with/],
      [code(older, 'search'), /^This is the guide “Install the VNeID app”, but the citizen has another version of it/],
    ];
    for (const [typed, message] of cases) {
      await lookUp(el, typed);
      expect(textOf(alert)).to.match(message);
      expect(await said()).to.equal(textOf(alert));
      // The field is not also described by it (it would be read twice), only marked invalid.
      expect($(el, 'input')!.getAttribute('aria-describedby')).to.equal('code-hint');
      await expectAccessible(el);
    }
    // The same wrong code again: the alert is emptied, then filled, so it is announced again.
    const words = () => [...alert.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    const before = words();
    const emptied = new Promise<boolean>((resolve) => {
      const watch = new MutationObserver(() => {
        if (textOf(alert) === '') {
          watch.disconnect();
          resolve(true);
        }
      });
      watch.observe(alert, { childList: true, subtree: true, characterData: true });
    });
    await lookUp(el, code(older, 'search'));
    expect(await emptied).to.equal(true);
    await waitUntil(() => textOf(alert) !== '');
    expect(words() === before).to.equal(false);
    expect(await said()).to.match(/^This is the guide “Install the VNeID app”/);
  });

  it('works from the keyboard, in Vietnamese, and fits 320 px with 200 % text', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await fixture<GpLookup>(html`<gp-lookup lang="vi" .tutorials=${[tutorial]}></gp-lookup>`);
      await tabTo((e) => e.localName === 'input');
      await sendKeys({ type: code(tutorial, 'install-app') });
      await tabTo((e) => e.localName === 'button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part="result"]'));
      expect(textOf($(el, '[part="where"]'))).to.equal('Bước 2 trên 9');
      expect(textOf($(el, 'label'))).to.equal('Mã tham chiếu');
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
      for (const target of [$(el, 'input')!, $(el, 'button')!]) expect(target.getBoundingClientRect().height).to.be.at.least(48);
      await expectAccessible(el);
    } finally {
      document.documentElement.style.removeProperty('font-size');
    }
  });

});
