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
 * Calls `load` once the page has an element matching `selector` (a tag name such as
 * `gp-handbook`, or `[kiosk]`): at once when it has one already, else when one is added to the
 * document (or, for the `attributes` named, gets one). For the CDN build's larger, rarer parts,
 * so a page that never uses one never downloads it.
 */
export function loadWhenUsed(selector: string, load: () => Promise<unknown>, attributes?: string[]): void {
  if (typeof document === 'undefined') return;
  const observer = new MutationObserver(() => check());
  const check = () => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    void load();
  };
  observer.observe(document, { childList: true, subtree: true, ...(attributes ? { attributes: true, attributeFilter: attributes } : {}) });
  check();
}
