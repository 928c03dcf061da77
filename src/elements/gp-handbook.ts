import { GpHandbook } from './gp-handbook/gp-handbook.js';
import { defineElement } from './common/register.js';

defineElement('gp-handbook', GpHandbook);

export { GpHandbook };

// Re-exported so the typed event map (a global declaration in that module) reaches users
// who import only this element.
export type { DetailOf } from './common/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'gp-handbook': GpHandbook;
  }
}
