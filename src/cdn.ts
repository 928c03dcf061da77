// The CDN entry (dist/cdn/guidepost.js): defines every element, with lit and every other
// dependency bundled in. The core API (validateTutorial, decodeReference…) for portals with no
// build step is the second CDN entry, dist/cdn/core.js; both share their chunks.
// <gp-handbook> (and the QR code library it uses) is for printing: it is loaded only on a
// page that shows one, so a citizen's walkthrough or tour page never downloads it.
export { GpTutorial } from './elements/gp-tutorial.js';
export { GpProgress, type StepStatus } from './elements/gp-progress.js';
export { GpHelp, setDefaultHelp } from './elements/gp-help.js';
export { GpTour } from './elements/gp-tour.js';
export { defineElement } from './elements/shared/register.js';
export { announce } from './elements/shared/live-region.js';
export type { DetailOf } from './elements/shared/events.js';
import { loadWhenUsed } from './elements/shared/register.js';

loadWhenUsed('gp-handbook', () => import('./elements/gp-handbook.js'));
