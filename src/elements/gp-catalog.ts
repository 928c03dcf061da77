import { GpCatalog } from './gp-catalog/gp-catalog.js';
import { defineElement } from './common/register.js';

defineElement('gp-catalog', GpCatalog);

export { GpCatalog };
export type { DetailOf } from './common/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'gp-catalog': GpCatalog;
  }
}
