/**
 * Loads an element's module the first time the page has one of its tags: at once when the page
 * already does, else as soon as one is added (by HTML parsing, a framework or
 * `document.createElement` then `append`). For the CDN build's larger elements that a page of
 * guides rarely has (the catalog, the helper's lookup), so a page with only a walkthrough never
 * downloads them. A module that fails to load is logged and tried again on the next tag.
 */
export function defineWhenUsed(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || typeof customElements === 'undefined' || customElements.get(tag)) return;
  let loading = false;
  const observer = new MutationObserver(() => check());
  const check = () => {
    if (loading || !document.querySelector(tag)) return;
    loading = true;
    observer.disconnect();
    load().catch((error: unknown) => {
      console.error(`[guidepost] Could not load <${tag}>:`, error);
      loading = false;
      observer.observe(document.documentElement, { childList: true, subtree: true });
    });
  };
  observer.observe(document.documentElement, { childList: true, subtree: true });
  check();
}
