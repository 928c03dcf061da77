import { GpHelp } from './gp-help/gp-help.js';
import { defineElement } from './common/register.js';

defineElement('gp-help', GpHelp);

export { GpHelp };
export { setDefaultHelp } from './gp-help/default-help.js';

declare global {
  interface HTMLElementTagNameMap {
    'gp-help': GpHelp;
  }
}
