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
