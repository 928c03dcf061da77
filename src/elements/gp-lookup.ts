import { GpLookup } from './gp-lookup/gp-lookup.js';
import { defineElement } from './common/register.js';

defineElement('gp-lookup', GpLookup);

export { GpLookup };
export type { DetailOf } from './common/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'gp-lookup': GpLookup;
  }
}
