import { GpProgress } from './gp-progress/gp-progress.js';
import { defineElement } from './shared/register.js';

defineElement('gp-progress', GpProgress);

export { GpProgress };
export type { StepStatus } from './gp-progress/gp-progress.js';

declare global {
  interface HTMLElementTagNameMap {
    'gp-progress': GpProgress;
  }
}
