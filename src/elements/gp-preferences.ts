import { GpPreferences } from './gp-preferences/gp-preferences.js';
import { defineElement } from './shared/register.js';

defineElement('gp-preferences', GpPreferences);

export { GpPreferences };

declare global {
  interface HTMLElementTagNameMap {
    'gp-preferences': GpPreferences;
  }
}
