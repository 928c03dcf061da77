// The CDN entry (dist/cdn/guidepost.js): an autoloader. It defines no element up front; it
// watches the document, and the shadow roots of guidepost's own elements, and loads an element's
// code the first time its tag appears: in the page's HTML, or inserted later by a framework or a
// script. `customElements.whenDefined('gp-tour')` resolves once a <gp-tour> is used. A portal
// whose own components put `gp-*` tags in their shadow roots calls `discover(shadowRoot)`.
// dist/cdn/all.js defines every element at once instead (docs/decisions/0005-cdn-autoload.md).
import { elementLoaders } from './elements.js';

import type { KioskOptions } from '../core/kiosk/index.js';
import type { Help } from '../core/tutorial/index.js';

export type { KioskOptions } from '../core/kiosk/index.js';

/** The rest of what the autoloader needs (loader.ts), fetched beside the first element's code. */
const loader = () => import('./loader.js');

/**
 * Announces `message` politely to screen readers, in `lang` when given, through guidepost's one
 * live region (the one its elements use), added to the page on first use.
 */
export function announce(message: string, lang?: string): void {
  loader().then((m) => m.announce(message, lang), () => undefined);
}

/**
 * Puts the whole page in kiosk mode (see `guidepost/elements/gp-kiosk.js`): from this entry it
 * loads the station screen first, and resolves once the page is in kiosk mode.
 */
export async function setKioskMode(options?: KioskOptions | false): Promise<void> {
  await load('gp-kiosk');
  (await import('../elements/gp-kiosk.js')).setKioskMode(options);
}

/**
 * Sets the help every `<gp-help>` lists after the tutorial's own (see `setDefaultHelp` of
 * `guidepost/elements`). From this entry it loads the code that checks `help` first, so it
 * resolves once the help is set, and rejects with a `TypeError` when `help` does not have the
 * shape `{ channels, timezone }`.
 */
export async function setDefaultHelp(help: Help | undefined): Promise<void> {
  (await import('../elements/gp-help/default-help.js')).setDefaultHelp(help);
}

const loading = new Map<string, Promise<void>>();
/** Shadow roots already watched, so each is observed once. */
const watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/**
 * Loads the code of element `tag` (`gp-tutorial`…) once and resolves when it is defined. Rejects
 * when `tag` is not one of guidepost's elements or its code could not be loaded (a later call
 * tries again).
 */
export function load(tag: string): Promise<void> {
  const loader = Object.hasOwn(elementLoaders, tag) ? elementLoaders[tag] : undefined;
  if (!loader) return Promise.reject(new Error(`[guidepost] no element named <${tag}>`));
  let pending = loading.get(tag);
  if (!pending) {
    if (loading.size === 0) prefetchStrings();
    pending = loader().then(
      () => customElements.whenDefined(tag).then(() => undefined),
      (error: unknown) => {
        loading.delete(tag);
        console.error(`[guidepost] Could not load <${tag}>:`, error);
        throw error;
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}

/** Starts the UI strings of the page's language loading beside the first element's code. */
function prefetchStrings(): void {
  const lang = document.documentElement.lang.split('-')[0]!.toLowerCase();
  loader().then((m) => m.prefetchStrings(lang), () => undefined);
}

const preloaded = new Set<string>();

/**
 * Starts downloading the file of a `<gp-tutorial src>`, `<gp-tour src>` or `<gp-catalog src>`
 * found before its code is there, so the file and the element's code arrive together instead
 * of one after the other. The element's own `fetch` (same URL, CORS mode, same-origin
 * credentials) takes the response.
 */
function preloadFile(src: string | null): void {
  if (src && !preloaded.has(src)) {
    preloaded.add(src);
    document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: src }));
  }
}

const isOurs = (el: Element) => Object.hasOwn(elementLoaders, el.localName);
const selector = Object.keys(elementLoaders).join(',');

/** Once `el` is defined and has its shadow root, watches that root for `gp-*` tags too. */
function watchShadow(el: Element): void {
  void customElements.whenDefined(el.localName).then(() => {
    const root = el.shadowRoot;
    if (root) discover(root);
  });
}

/**
 * Finds the `gp-*` tags in `root` (a document, a shadow root or an element, itself included),
 * loads the code of those not defined yet, and from then on watches `root` for tags inserted
 * later. Resolves once every element found is defined. The autoloader calls it on the document;
 * call it on a shadow root of your own that holds `gp-*` tags: the autoloader cannot see inside.
 */
export function discover(root: Document | DocumentFragment | Element = document): Promise<void> {
  const found: Element[] = [];
  if (root instanceof Element && isOurs(root)) found.push(root);
  found.push(...root.querySelectorAll(selector));
  observe(root);
  const tags = new Set<string>();
  for (const el of found) {
    if (!customElements.get(el.localName)) {
      tags.add(el.localName);
      if (/^gp-(tutorial|tour|catalog)$/.test(el.localName)) preloadFile(el.getAttribute('src'));
    }
    watchShadow(el);
  }
  return Promise.all([...tags].map((tag) => load(tag).catch(() => undefined))).then(() => undefined);
}

function observe(root: Node): void {
  // A root inside one already watched (an element of the document, say) needs no second watch.
  if (watched.has(root) || (root.getRootNode() !== root && watched.has(root.getRootNode()))) return;
  watched.add(root);
  observer ??= new MutationObserver((records) => {
    // Most nodes inserted (an element rendering its view) hold no `gp-*` tag: a quick look first.
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element && (isOurs(node) || node.querySelector(selector))) void discover(node);
  });
  observer.observe(root, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') {
  void discover(document);
  // An element with a `kiosk` attribute puts the page in kiosk mode: that needs the station screen.
  loader().then((m) => m.loadWhenUsed('[kiosk]', () => load('gp-kiosk').catch(() => undefined), ['kiosk']), () => undefined);
}
