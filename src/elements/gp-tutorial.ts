import { GpTutorial } from './gp-tutorial/gp-tutorial.js';
import { GpProgress } from './gp-progress/gp-progress.js';
import { defineElement } from './common/register.js';

// <gp-tutorial> shows a <gp-progress> inside, so defining one defines both. The <gp-help> of
// its Get help dialog is loaded (and defined) the first time a citizen asks for help.
defineElement('gp-tutorial', GpTutorial);
defineElement('gp-progress', GpProgress);

export { GpTutorial };

// Re-exported so the typed event map (a global declaration in that module) reaches users
// who import only this element.
export type { DetailOf } from './common/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'gp-tutorial': GpTutorial;
  }
}
