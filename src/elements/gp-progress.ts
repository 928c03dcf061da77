import { GpProgress } from './gp-progress/gp-progress.js';
import { defineElement } from './common/register.js';

defineElement('gp-progress', GpProgress);

export { GpProgress };
export type { StepStatus } from './gp-progress/gp-progress.js';

// Re-exported so the typed event map (a global declaration in that module) reaches users
// who import only this element.
export type { DetailOf } from './common/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'gp-progress': GpProgress;
  }
}
