import { GpPreferences } from './gp-preferences/gp-preferences.js';
import { defineElement } from './common/register.js';

defineElement('gp-preferences', GpPreferences);

export { GpPreferences };

declare global {
  interface HTMLElementTagNameMap {
    'gp-preferences': GpPreferences;
  }
}
