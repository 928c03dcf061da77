import { GpTutorial } from './gp-tutorial/gp-tutorial.js';
import { GpProgress } from './gp-progress/gp-progress.js';
import { defineElement } from './shared/register.js';

// <gp-tutorial> shows a <gp-progress> inside, so defining one defines both.
defineElement('gp-tutorial', GpTutorial);
defineElement('gp-progress', GpProgress);

export { GpTutorial };

declare global {
  interface HTMLElementTagNameMap {
    'gp-tutorial': GpTutorial;
  }
}
