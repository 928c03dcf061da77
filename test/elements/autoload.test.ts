// The autoloading CDN entry (dist/cdn/guidepost.js) and the all-at-once one (dist/cdn/all.js),
// each in a page of its own (an iframe), as a portal with no build step loads them. They need
// `npm run build` first; `npm test` builds before it runs the browser tests.
import { expect, waitUntil } from '@open-wc/testing';

const tags = ['gp-tutorial', 'gp-progress', 'gp-help', 'gp-tour'];
const tutorialFile = '/raw/test/fixtures/valid-bilingual.json';

interface Autoloader {
  discover(root?: Document | DocumentFragment | Element): Promise<void>;
  load(tag: string): Promise<void>;
  announce(message: string, lang?: string): void;
}
type FrameWindow = Window & typeof globalThis & { gp?: Autoloader };

/** A page of its own with `body`, loading `entry`; the module lands on `window.gp`. */
async function page(body: string, { entry = 'guidepost.js', lang = 'vi', width = 1000 } = {}): Promise<{ win: FrameWindow; done: () => void }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '700px';
  const src = `${location.origin}/dist/cdn/${entry}`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body>${body}<script type="module">import * as gp from '${src}'; window.gp = gp;</script></body></html>`;
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as FrameWindow | null)?.gp, `${entry} did not load`, { timeout: 5000 });
  return { win: frame.contentWindow as FrameWindow, done: () => frame.remove() };
}

/** The CDN files the page fetched, by their name without the hash (`chunks/vi`, `guidepost`). */
function fetched(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((e) => /\/dist\/cdn\/(.+?)(-[\w-]{6})?\.js$/.exec(e.name)?.[1])
    .filter((name): name is string => name !== undefined);
}

const heading = (el: Element | null | undefined) => el?.shadowRoot?.querySelector('h2')?.textContent?.trim();

describe('the autoloading CDN entry', () => {
  it('defines nothing on a page that uses no element, and loads no element code', async () => {
    const { win, done } = await page('<p>No guide here.</p>');
    try {
      for (const tag of tags) expect(win.customElements.get(tag), tag).to.equal(undefined);
      expect(fetched(win).filter((f) => f !== 'guidepost' && f !== 'chunks/loader')).to.deep.equal([]);
    } finally {
      done();
    }
  });

  it('loads <gp-tutorial> from the HTML, with only the page language strings and no positioning code', async () => {
    const { win, done } = await page(`<gp-tutorial storage="none" src="${tutorialFile}"></gp-tutorial>`);
    try {
      await win.customElements.whenDefined('gp-tutorial');
      const el = win.document.querySelector('gp-tutorial')!;
      await waitUntil(() => heading(el), 'the tutorial did not render');
      expect(win.customElements.get('gp-tour')).to.equal(undefined);
      const files = fetched(win);
      expect(files).to.include('chunks/vi');
      expect(files).to.not.include('chunks/en');
      expect(files.some((f) => f.startsWith('chunks/gp-tour') || f.startsWith('chunks/positioning'))).to.equal(false);
      // The explaining validator and the JSON reader with line and column are for broken files.
      expect(files.some((f) => f.startsWith('chunks/parse') || f.startsWith('chunks/validate'))).to.equal(false);
    } finally {
      done();
    }
  });

  it('downloads the tutorial file once, beside the element code, not after it', async () => {
    const { win, done } = await page(`<gp-tutorial storage="none" src="${tutorialFile}"></gp-tutorial>`);
    try {
      const el = win.document.querySelector('gp-tutorial')!;
      await waitUntil(() => heading(el), 'the tutorial did not render');
      const link = win.document.head.querySelector<HTMLLinkElement>('link[rel="preload"][as="fetch"]');
      expect(link?.href).to.equal(`${location.origin}${tutorialFile}`);
      expect(link?.crossOrigin).to.equal('anonymous');
      // The element's own fetch took the preloaded response: the file was requested once.
      const requests = win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith(tutorialFile));
      expect(requests).to.have.length(1);
    } finally {
      done();
    }
  });

  it('loads the other language strings when the page switches language', async () => {
    const { win, done } = await page(`<gp-tutorial storage="none" src="${tutorialFile}"></gp-tutorial>`);
    try {
      const el = win.document.querySelector('gp-tutorial')!;
      await waitUntil(() => heading(el), 'the tutorial did not render');
      const start = () => [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim()).join(' | ');
      const before = start();
      win.document.documentElement.lang = 'en';
      await waitUntil(() => start() !== before && fetched(win).includes('chunks/en'), 'the English strings did not load');
      expect(start()).to.match(/Start/);
    } finally {
      done();
    }
  });

  it('defines an element inserted later by a script', async () => {
    const { win, done } = await page('<main></main>');
    try {
      expect(win.customElements.get('gp-progress')).to.equal(undefined);
      const el = win.document.createElement('gp-progress');
      win.document.querySelector('main')!.append(el);
      await waitUntil(() => win.customElements.get('gp-progress'), 'gp-progress was not defined', { timeout: 5000 });
      expect(el).to.be.instanceOf(win.customElements.get('gp-progress')!);
    } finally {
      done();
    }
  });

  it('finds tags in a portal component shadow root once discover() is given it', async () => {
    const { win, done } = await page('<div id="host"></div>');
    try {
      const root = win.document.getElementById('host')!.attachShadow({ mode: 'open' });
      root.innerHTML = '<gp-help></gp-help>';
      // Nothing outside can see into the shadow root, so nothing is loaded for it yet.
      expect(win.customElements.get('gp-help')).to.equal(undefined);
      await win.gp!.discover(root);
      expect(win.customElements.get('gp-help')).to.be.a('function');
      // From then on the root is watched: a tag inserted into it later is defined too.
      root.append(win.document.createElement('gp-progress'));
      await waitUntil(() => win.customElements.get('gp-progress'), 'gp-progress in the watched root was not defined', { timeout: 5000 });
    } finally {
      done();
    }
  });

  it('watches the shadow roots of its own elements', async () => {
    const { win, done } = await page('<gp-help></gp-help>');
    try {
      await win.customElements.whenDefined('gp-help');
      const help = win.document.querySelector('gp-help')!;
      await waitUntil(() => help.shadowRoot, 'gp-help has no shadow root');
      help.shadowRoot!.append(win.document.createElement('gp-tour'));
      await waitUntil(() => win.customElements.get('gp-tour'), 'gp-tour inside gp-help was not defined', { timeout: 5000 });
    } finally {
      done();
    }
  });

  it('rejects a tag that is not one of its elements', async () => {
    const { win, done } = await page('');
    try {
      let error: unknown;
      await win.gp!.load('gp-nothing').catch((e: unknown) => (error = e));
      expect(String(error)).to.contain('gp-nothing');
    } finally {
      done();
    }
  });
});

describe('announce() from the CDN entry', () => {
  it('says a message through guidepost\'s live region, on a page with no element', async () => {
    const { win, done } = await page('<p>No guide here.</p>');
    try {
      win.gp!.announce('Đã lưu', 'vi');
      await waitUntil(() => win.document.getElementById('gp-live-region')?.textContent === 'Đã lưu', 'nothing was announced', { timeout: 5000 });
      const region = win.document.getElementById('gp-live-region')!;
      expect([region.getAttribute('aria-live'), region.getAttribute('lang')]).to.deep.equal(['polite', 'vi']);
    } finally {
      done();
    }
  });
});

describe('a tour page from the CDN entry', () => {
  const form = '<form><label>Full name <input id="full-name"></label><label>ID <input id="id-number"></label></form>';
  const tourFile = '/raw/examples/tour-residence-form.json';
  const stepShown = (tour: Element) => tour.shadowRoot?.querySelector('[part~="panel"] h2');

  it('fetches the positioning code at idle, before start(), on a desktop', async () => {
    const { win, done } = await page(`${form}<gp-tour storage="none" src="${tourFile}"></gp-tour>`);
    try {
      await waitUntil(() => fetched(win).includes('chunks/positioning'), 'the positioning code was not fetched at idle', { timeout: 5000 });
      // Nothing was started: the fetch came from the tour being on the page.
      expect(win.document.querySelector('gp-tour')!.hasAttribute('open')).to.equal(false);
    } finally {
      done();
    }
  });

  it('never fetches the positioning code at 375 px, where the step docks, and fetches Get help after the first step', async () => {
    const { win, done } = await page(`${form}<gp-tour storage="none" src="${tourFile}"></gp-tour>`, { width: 375 });
    try {
      // Past the idle moment at which a desktop would fetch the positioning code.
      await win.customElements.whenDefined('gp-tour');
      await new Promise((resolve) => win.requestIdleCallback(() => win.setTimeout(resolve, 0)));
      await new Promise((resolve) => win.requestIdleCallback(resolve));
      expect(fetched(win)).to.not.include('chunks/positioning');
      const tour = win.document.querySelector('gp-tour') as Element & { start(): Promise<void> };
      // Get help's code is the `help` chunk (<gp-help>, its hours and links).
      expect(fetched(win)).to.not.include('chunks/help');
      await tour.start();
      await waitUntil(() => stepShown(tour), 'the first step was not shown');
      await waitUntil(() => fetched(win).includes('chunks/help'), 'Get help was not fetched after the first step', { timeout: 5000 });
      expect(tour.shadowRoot!.querySelector('[part~="panel"]')!.getAttribute('part')).to.contain('docked');
      expect(fetched(win)).to.not.include('chunks/positioning');
    } finally {
      done();
    }
  });
});

describe('the all-at-once CDN entry', () => {
  it('defines every element as soon as it loads', async () => {
    const { win, done } = await page('', { entry: 'all.js' });
    try {
      for (const tag of tags) expect(win.customElements.get(tag), tag).to.be.a('function');
    } finally {
      done();
    }
  });
});
