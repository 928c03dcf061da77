import { GpLookup } from './gp-lookup/gp-lookup.js';
import { defineElement } from './shared/register.js';

defineElement('gp-lookup', GpLookup);

export { GpLookup };
export type { DetailOf } from './shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'gp-lookup': GpLookup;
  }
}
