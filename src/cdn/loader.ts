/**
 * What the CDN autoloader (autoload.ts) needs besides the list of elements, in the small
 * `loader` chunk that the elements' code shares. The autoloader imports it on first use only,
 * so its own file imports nothing and an element's code starts downloading one round trip
 * sooner on a slow network.
 */
import { isShipped, shippedStrings } from '../core/i18n/shipped.js';

export { announce } from '../elements/common/live-region.js';
export { loadWhenUsed } from '../elements/common/register.js';

/** Starts the UI strings of `lang` loading (Vietnamese's when guidepost ships none for it). */
export function prefetchStrings(lang: string): void {
  shippedStrings[isShipped(lang) ? lang : 'vi']().catch(() => undefined);
}
