// These tests load the built all-at-once CDN bundle (dist/cdn/all.js), so they need `npm run build`
// first; `npm test` builds before it runs the browser tests.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineElement } from '../../src/elements/common/register.js';
import '../../src/elements/gp-tutorial.js';
import { linear } from '../fixtures/tutorials.js';

const cdn = '/dist/cdn/all.js';

describe('element registration', () => {
  it('skips a tag that is already defined instead of throwing', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('gp-test-twice', First);
    expect(() => defineElement('gp-test-twice', Second)).to.not.throw();
    expect(customElements.get('gp-test-twice')).to.equal(First);
  });

  it('lets a second copy of guidepost (the CDN bundle) load on the same page', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    await import(/* @vite-ignore */ cdn);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    const el = await fixture(html`<gp-tutorial lang="en" storage="none" .tutorial=${linear}></gp-tutorial>`);
    await waitUntil(() => el.shadowRoot?.querySelector('button'));
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Install the VNeID app');
  });

  it('defines every element from a page with only the CDN script', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="vi"><body><script type="module" src="${location.origin}${cdn}"></script></body></html>`;
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentWindow?.customElements.get('gp-tutorial'), 'gp-tutorial was not defined', { timeout: 5000 });
      const registry = frame.contentWindow!.customElements;
      for (const tag of ['gp-tutorial', 'gp-progress', 'gp-help', 'gp-tour']) expect(registry.get(tag), tag).to.be.a('function');
    } finally {
      frame.remove();
    }
  });

  it('loads <gp-catalog> from the autoloading CDN script only when the page has one, then defines it', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="vi"><body><script type="module" src="${location.origin}/dist/cdn/guidepost.js"></script></body></html>`;
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow!;
      // The autoloader defines nothing up front: wait until it and its loader have arrived.
      await waitUntil(() => win().performance?.getEntriesByType('resource').some((r) => /\/chunks\/loader-/.test(r.name)), 'the CDN script did not load', { timeout: 5000 });
      expect(win().customElements.get('gp-catalog')).to.equal(undefined);
      expect(win().performance.getEntriesByType('resource').some((r) => r.name.includes('gp-catalog'))).to.equal(false);
      win().document.body.append(win().document.createElement('gp-catalog'));
      await waitUntil(() => win().customElements.get('gp-catalog'), 'gp-catalog was not defined once on the page', { timeout: 5000 });
    } finally {
      frame.remove();
    }
  });
});
