/**
 * Importing `guidepost/elements` defines every `gp-*` element. Each is also available alone:
 * `import 'guidepost/elements/gp-tutorial.js'`.
 */
export { GpTutorial } from './elements/gp-tutorial.js';
export { GpProgress, type StepStatus } from './elements/gp-progress.js';
export { GpHelp, setDefaultHelp } from './elements/gp-help.js';
export { GpTour } from './elements/gp-tour.js';
export { GpHandbook } from './elements/gp-handbook.js';
export { GpKiosk, setKioskMode, type KioskOptions } from './elements/gp-kiosk.js';
export { GpCatalog } from './elements/gp-catalog.js';
export { GpLookup } from './elements/gp-lookup.js';
export { GpPreferences } from './elements/gp-preferences.js';
export { defineElement } from './elements/common/register.js';
export { announce } from './elements/common/live-region.js';
export type { DetailOf } from './elements/common/events.js';
