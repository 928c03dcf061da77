/**
 * Defines a custom element unless the tag is already taken, so two copies of guidepost on one
 * page (say a CDN bundle and an npm build) do not throw `NotSupportedError`. The first copy wins.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  try {
    customElements.define(tag, element);
  } catch {
    // Another copy won a race between the check above and this call; the tag works either way.
  }
}

/**
 * Calls `load` (which defines `tag`) once the page has a `<tag>` element: at once when it has
 * one already, else when one is added to the document. For the CDN build's larger, rarer
 * elements, so a page that never shows one never downloads it.
 */
export function loadWhenUsed(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  const observer = new MutationObserver(() => check());
  const check = () => {
    if (!document.getElementsByTagName(tag).length) return;
    observer.disconnect();
    void load();
  };
  observer.observe(document, { childList: true, subtree: true });
  check();
}
