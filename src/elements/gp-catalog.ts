import { GpCatalog } from './gp-catalog/gp-catalog.js';
import { defineElement } from './shared/register.js';

defineElement('gp-catalog', GpCatalog);

export { GpCatalog };
export type { DetailOf } from './shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'gp-catalog': GpCatalog;
  }
}
