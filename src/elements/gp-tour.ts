import { GpTour } from './gp-tour/gp-tour.js';
import { defineElement } from './shared/register.js';

defineElement('gp-tour', GpTour);

export { GpTour };

// Re-exported so the typed event map (a global declaration in that module) reaches users
// who import only this element.
export type { DetailOf } from './shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'gp-tour': GpTour;
  }
}
