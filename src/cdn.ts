// The CDN entry (dist/cdn/guidepost.js): defines every element, with lit and every other
// dependency bundled in. The core API (validateTutorial, decodeReference…) for portals with no
// build step is the second CDN entry, dist/cdn/core.js; both share their chunks.
// <gp-handbook> (and the QR code library it uses) is for printing: it is loaded only on a
// page that shows one, so a citizen's walkthrough or tour page never downloads it. Kiosk mode
// (<gp-kiosk>) is loaded only on a station page.
export { GpTutorial } from './elements/gp-tutorial.js';
export { GpProgress, type StepStatus } from './elements/gp-progress.js';
export { GpHelp, setDefaultHelp } from './elements/gp-help.js';
export { GpTour } from './elements/gp-tour.js';
export { defineElement } from './elements/shared/register.js';
export { announce } from './elements/shared/live-region.js';
export type { DetailOf } from './elements/shared/events.js';
export type { KioskOptions } from './core/kiosk/index.js';
import type { KioskOptions } from './core/kiosk/index.js';
import { loadWhenUsed } from './elements/shared/register.js';

loadWhenUsed('gp-handbook', () => import('./elements/gp-handbook.js'));
// The station screen of kiosk mode, likewise: for a `kiosk` attribute, or setKioskMode().
loadWhenUsed('[kiosk]', () => import('./elements/gp-kiosk.js'), ['kiosk']);

/**
 * Puts the whole page in kiosk mode (see `guidepost/elements/gp-kiosk.js`); in the CDN build
 * it loads the station screen first, and resolves once the page is in kiosk mode.
 */
export function setKioskMode(options?: KioskOptions | false): Promise<void> {
  return import('./elements/gp-kiosk.js').then((kiosk) => kiosk.setKioskMode(options));
}
