// The CDN entry (dist/cdn/guidepost.js): defines every element, with lit and every other
// dependency bundled in. The core API (validateTutorial, decodeReference…) for portals with no
// build step is the second CDN entry, dist/cdn/core.js; both share their chunks.
// <gp-catalog> and <gp-lookup> are whole pages of their own: their code loads the first time
// the page has one (defineWhenUsed), so a page with only a walkthrough never downloads it.
export { GpTutorial } from './elements/gp-tutorial.js';
export { GpProgress, type StepStatus } from './elements/gp-progress.js';
export { GpHelp, setDefaultHelp } from './elements/gp-help.js';
export { GpTour } from './elements/gp-tour.js';
export { defineElement } from './elements/shared/register.js';
export { announce } from './elements/shared/live-region.js';
export type { DetailOf } from './elements/shared/events.js';
import { defineWhenUsed } from './elements/shared/define-when-used.js';

defineWhenUsed('gp-catalog', () => import('./elements/gp-catalog.js'));
defineWhenUsed('gp-lookup', () => import('./elements/gp-lookup.js'));
