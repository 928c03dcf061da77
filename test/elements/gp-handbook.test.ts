import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/gp-handbook.js';
import type { GpHandbook } from '../../src/elements/gp-handbook.js';
import { fillUrlTemplate } from '../../src/core/handbook/index.js';
import { decodeReference } from '../../src/core/help/index.js';
import { branching, hostile, paperGuide } from '../fixtures/tutorials.js';
import * as stories from '../../stories/gp-handbook.stories.js';
import { buttonNamed, deepActiveElement, expectAccessible, tabTo, textOf } from './helpers.js';

const template = 'https://portal.example/huong-dan.html?t={tutorialId}&step={stepId}';

async function handbook(el: Promise<GpHandbook>): Promise<GpHandbook> {
  const element = await el;
  await element.ready();
  await waitUntil(() => element.shadowRoot!.querySelector('.handbook, [role="alert"]'), 'the handbook did not render');
  return element;
}

const all = (el: GpHandbook, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

declare global {
  interface Window {
    jsQR?: (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
  }
}

/** Loads jsQR (a development dependency) as the plain script it ships. */
async function decoder(): Promise<NonNullable<Window['jsQR']>> {
  if (!window.jsQR) {
    const script = document.createElement('script');
    script.src = '/node_modules/jsqr/dist/jsQR.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    document.head.append(script);
    await loaded;
  }
  return window.jsQR!;
}

/** Draws a printed QR code (the SVG as the page has it) on a canvas and reads it back. */
async function scan(svg: SVGSVGElement): Promise<string | undefined> {
  const jsQR = await decoder();
  const markup = new XMLSerializer().serializeToString(svg);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 400;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, 400, 400);
  const pixels = context.getImageData(0, 0, 400, 400);
  return jsQR(pixels.data, 400, 400)?.data;
}

describe('<gp-handbook>', () => {
  it('never downloads the QR code library without a url-template', async () => {
    const el = await handbook(fixture(html`<gp-handbook lang="en" .tutorial=${paperGuide}></gp-handbook>`));
    expect(all(el, 'svg')).to.have.length(0);
    const loaded = performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.filter((name) => name.includes('/node_modules/qr/') || name.includes('/core/qr/'))).to.deep.equal([]);
  });

  it('numbers every step in paper order and words each branch', async () => {
    const el = await handbook(fixture(html`<gp-handbook lang="en" .tutorial=${paperGuide}></gp-handbook>`));
    const headings = all(el, '.step-heading').map(textOf);
    expect(headings).to.deep.equal([
      'Step 1: Open the public service portal',
      'Step 2: How do you log in?',
      'Step 3: Scan the code with VNeID',
      'Step 4: Fill in the form',
      'Step 5: Send the application',
      'Step 6: Enter your password',
    ]);
    expect(all(el, 'h2').map(textOf)[0]).to.equal('Register permanent residence');
    expect(all(el, '#step-2 .exit').map(textOf)).to.deep.equal([
      'If you choose “VNeID”, go to step 3.',
      'If you choose “A portal account”, go to step 6.',
      'If you choose “I have no account”, you have finished this guide.',
    ]);
    expect(all(el, '#step-1 .exit')).to.have.length(0);
    expect(all(el, '#step-5 .exit').map(textOf)).to.deep.equal(['This is the end of the guide.']);
    expect(all(el, '#step-6 .exit').map(textOf)).to.deep.equal(['Then go to step 4.']);
    // Links and phone numbers written out in full, hours in words.
    expect(textOf(el.shadowRoot!.querySelector('#step-1'))).to.contain('(https://dichvucong.gov.vn)');
    const help = textOf(el.shadowRoot!.querySelector('.help'));
    expect(help).to.contain('1900 0368');
    expect(help).to.contain('Opening hours: Monday to Friday, 07:30–11:30 and 13:30–17:00; Saturday, 07:30–11:30');
    await expectAccessible(el);
  });

  it('prints beside each step the reference code the helper desk decodes', async () => {
    const el = await handbook(fixture(html`<gp-handbook lang="vi" .tutorial=${paperGuide}></gp-handbook>`));
    const steps = all(el, '.step');
    for (const step of steps) {
      const code = textOf(step.querySelector('.code'));
      expect(textOf(step.querySelector('.reference'))).to.equal(`Mã tham chiếu: ${code}`);
      expect(decodeReference(code, [paperGuide])?.stepId).to.equal(step.getAttribute('data-step'));
    }
    expect(all(el, '.step-number').map(textOf)[3]).to.equal('Bước 4:');
  });

  it('prints QR codes that scan back to the guide and to each step', async () => {
    const el = await handbook(fixture(html`<gp-handbook lang="en" url-template=${template} step-qr .tutorial=${branching}></gp-handbook>`));
    const guide = el.shadowRoot!.querySelector<SVGSVGElement>('.qr-guide svg')!;
    expect(await scan(guide)).to.equal('https://portal.example/huong-dan.html?t=test-branching');
    expect(guide.getAttribute('aria-label')).to.equal('QR code for https://portal.example/huong-dan.html?t=test-branching');
    const steps = all(el, '.step');
    expect(steps).to.have.length(4);
    for (const step of steps) {
      const svg = step.querySelector<SVGSVGElement>('.qr-step svg')!;
      const expected = fillUrlTemplate(template, 'test-branching', step.getAttribute('data-step')!);
      expect(await scan(svg)).to.equal(expected);
      expect(textOf(step.querySelector('figcaption'))).to.contain(expected);
    }
    await expectAccessible(el);
  });

  it('prints large: 16 pt text, a step never split, A4 or A5 pages with the title', async () => {
    const el = await handbook(fixture(html`<gp-handbook lang="en" .tutorial=${paperGuide}></gp-handbook>`));
    const pageRule = () =>
      document.adoptedStyleSheets.flatMap((s) => [...s.cssRules]).find((r): r is CSSPageRule => r instanceof CSSPageRule);
    expect(pageRule()!.style.getPropertyValue('size').toUpperCase()).to.equal('A4');
    expect(pageRule()!.cssText).to.contain('"Register permanent residence"');
    expect(pageRule()!.cssText).to.contain('counter(page)');
    await emulateMedia({ media: 'print' });
    try {
      const root = el.shadowRoot!.querySelector('.handbook')!;
      const px = parseFloat(getComputedStyle(root).fontSize);
      expect(px).to.be.at.least((16 * 96) / 72 - 0.01);
      expect(getComputedStyle(root).color).to.equal('rgb(0, 0, 0)');
      for (const step of all(el, '.step')) expect(getComputedStyle(step).breakInside).to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    el.paper = 'a5';
    await el.updateComplete;
    expect(pageRule()!.style.getPropertyValue('size').toUpperCase()).to.equal('A5');
    el.remove();
    expect(pageRule()).to.equal(undefined);
  });

  it('prints from a keyboard with the Print button', async () => {
    const el = await handbook(fixture(html`<gp-handbook lang="en" print-button .tutorial=${branching}></gp-handbook>`));
    const print = window.print;
    let printed = 0;
    window.print = () => void (printed += 1);
    try {
      await tabTo(buttonNamed('Print this guide'));
      expect(deepActiveElement()!.getAttribute('part')).to.equal('print');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => printed === 1);
    } finally {
      window.print = print;
    }
    await expectAccessible(el);
  });

  it('never runs text from a tutorial as markup', async () => {
    const el = await handbook(fixture(html`<gp-handbook lang="en" .tutorial=${hostile}></gp-handbook>`));
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(all(el, 'script, b, [onerror]')).to.have.length(0);
    expect(textOf(el.shadowRoot!.querySelector('.title'))).to.contain('<img');
  });

  it('says plainly when the tutorial is broken, and sends gp-error', async () => {
    const el = document.createElement('gp-handbook');
    el.lang = 'en';
    const error = oneEvent(el, 'gp-error');
    el.tutorial = { format: 1 };
    document.body.append(el);
    try {
      await error;
      await el.ready();
      expect(textOf(el.shadowRoot!.querySelector('[part="error"]'))).to.contain('This guide cannot be shown');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      await expectAccessible(el);
    } finally {
      el.remove();
    }
  });

  // Loads the built CDN bundle (dist/cdn/guidepost.js): `npm test` builds first.
  it('is loaded by the CDN build only once the page shows one', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="vi"><body><script type="module" src="${location.origin}/dist/cdn/guidepost.js"></script></body></html>`;
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow!;
      // The autoloader defines nothing up front: wait until it and its loader have arrived.
      const loaded = () => win().performance?.getEntriesByType('resource').some((e) => /\/chunks\/loader-/.test(e.name));
      await waitUntil(loaded, 'the CDN bundle did not load', { timeout: 5000 });
      const chunks = () => win().performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /gp-handbook|\/qr-/.test(n));
      expect(win().customElements.get('gp-handbook')).to.equal(undefined);
      expect(chunks()).to.deep.equal([]);
      frame.contentDocument!.body.append(frame.contentDocument!.createElement('gp-handbook'));
      await waitUntil(() => win().customElements.get('gp-handbook'), 'gp-handbook was not loaded', { timeout: 5000 });
      // Its QR code library still waits until a handbook prints a code.
      expect(chunks().filter((n) => n.includes('/qr-'))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('renders every story', async () => {
    for (const [name, story] of Object.entries(stories)) {
      if (name === 'default') continue;
      const el = await handbook(fixture((story as { render: (args: { lang: string }) => ReturnType<typeof html> }).render({ lang: 'vi' })));
      expect(all(el, '.step').length, name).to.be.greaterThan(0);
    }
  });
});
