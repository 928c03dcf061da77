// What a step picture's relative path resolves against: `base` if given; else the file loaded
// with `src`; else the page. A tutorial set as a property (the npm quick start and every
// framework) has no file, so `src` is ignored for it and `base` points its pictures at its folder.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { TemplateResult } from 'lit';
import '../../src/elements/gp-tutorial.js';
import type { GpTutorial } from '../../src/elements/gp-tutorial.js';
import { imageUrl } from '../../src/elements/common/step-content.js';
import { expectAccessible } from './helpers.js';

const file = '/raw/examples/vneid-level-2.json';
const picture = 'img/phone-app-store.svg';
const inFolder = new URL(`/raw/examples/${picture}`, location.href).href;
const onPage = new URL(picture, document.baseURI).href;

async function example(): Promise<object> {
  return (await (await fetch(file)).json()) as object;
}

async function shown(template: TemplateResult): Promise<HTMLImageElement> {
  const el = await fixture<GpTutorial>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('[part="image"] img'), 'no picture shown');
  return el.shadowRoot!.querySelector<HTMLImageElement>('[part="image"] img')!;
}

const loaded = (img: HTMLImageElement) => waitUntil(() => img.complete && img.naturalWidth > 0, `the picture at ${img.src} did not load`);

describe('where step pictures come from', () => {
  it('a tutorial set as a property, with base: the picture comes from the tutorial folder and loads', async () => {
    const data = await example();
    const img = await shown(html`<gp-tutorial lang="en" storage="none" start="install-app" base="/raw/examples/" .tutorial=${data}></gp-tutorial>`);
    expect(img.src).to.equal(inFolder);
    await loaded(img);
    await expectAccessible(img.getRootNode() instanceof ShadowRoot ? (img.getRootNode() as ShadowRoot).host : img);
  });

  it('base may name the tutorial file itself: a path resolves against it as against a file', async () => {
    const data = await example();
    const img = await shown(html`<gp-tutorial lang="en" storage="none" start="install-app" base=${file} .tutorial=${data}></gp-tutorial>`);
    expect(img.src).to.equal(inFolder);
    await loaded(img);
  });

  it('a tutorial set as a property with src but no base: src is ignored, the picture resolves against the page', async () => {
    const data = await example();
    const img = await shown(html`<gp-tutorial lang="en" storage="none" start="install-app" src="/elsewhere/other.json" .tutorial=${data}></gp-tutorial>`);
    expect(img.src).to.equal(onPage);
  });

  it('a tutorial set as a property with neither: the page', async () => {
    const img = await shown(html`<gp-tutorial lang="en" storage="none" start="install-app" .tutorial=${await example()}></gp-tutorial>`);
    expect(img.src).to.equal(onPage);
  });

  it('a tutorial loaded with src: the file it came from', async () => {
    const img = await shown(html`<gp-tutorial lang="en" storage="none" start="install-app" src=${file}></gp-tutorial>`);
    expect(img.src).to.equal(inFolder);
    await loaded(img);
  });

  it('base wins over src, and changing the base property moves the picture', async () => {
    const img = await shown(html`<gp-tutorial lang="en" storage="none" start="install-app" src=${file} base="/raw/examples/img/"></gp-tutorial>`);
    expect(img.src).to.equal(new URL(`/raw/examples/img/${picture}`, location.href).href);
    const el = (img.getRootNode() as ShadowRoot).host as GpTutorial;
    el.base = '/raw/examples/';
    await el.updateComplete;
    const now = el.shadowRoot!.querySelector<HTMLImageElement>('[part="image"] img')!;
    expect(now.src).to.equal(inFolder);
    expect(el.getAttribute('base')).to.equal('/raw/examples/img/'); // the property does not rewrite the attribute
  });

  it('whatever base and path are given, a picture address is a web or data: address or nothing, and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.constant('javascript:alert(1)//')), fc.oneof(fc.string(), fc.webPath(), fc.constant('javascript:alert(1)')), (base, path) => {
        const url = imageUrl(path, base);
        expect(url === '' || /^(https?|data):/.test(url)).to.equal(true, url);
      }),
    );
  });
});
