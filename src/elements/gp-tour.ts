import { GpTour } from './gp-tour/gp-tour.js';
import { defineElement } from './common/register.js';

defineElement('gp-tour', GpTour);

export { GpTour };

// Re-exported so the typed event map (a global declaration in that module) reaches users
// who import only this element.
export type { DetailOf } from './common/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'gp-tour': GpTour;
  }
}
