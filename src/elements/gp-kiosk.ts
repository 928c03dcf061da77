import { GpKiosk } from './gp-kiosk/gp-kiosk.js';
import type { KioskOptions } from '../core/kiosk/index.js';
import { defineElement } from './common/register.js';

defineElement('gp-kiosk', GpKiosk);

/** The page's station screen, made by the first kiosk element or `setKioskMode()`. */
function screen(): GpKiosk {
  let found = document.querySelector('gp-kiosk') as GpKiosk | null;
  if (!found) {
    found = document.createElement('gp-kiosk') as GpKiosk;
    document.body.append(found);
  }
  return found;
}

/**
 * Puts the whole page in kiosk mode, for a shared screen: every `<gp-tutorial>`, `<gp-tour>`
 * and `<gp-progress>` (now and later) keeps progress in memory only, and after `idleMinutes`
 * (default 3) without a touch, key or scroll the page asks "Are you still there?", then clears
 * everything and starts again. `setKioskMode(false)` ends it. Without this call, only elements
 * with a `kiosk` attribute are in kiosk mode.
 */
export function setKioskMode(options: KioskOptions | false = {}): void {
  const kiosk = screen();
  if (options === false) {
    kiosk.session.pageWide = false;
    kiosk.session.stop();
    kiosk.scan();
    return;
  }
  kiosk.session.configure(options);
  kiosk.session.pageWide = true;
  kiosk.scan();
}

// The station screen starts for elements with a `kiosk` attribute whenever the page has one
// and no screen (the first time, or after the page took its screen away).
if (typeof document !== 'undefined') {
  const watch = () => {
    if (document.body && document.querySelector('[kiosk]') && !document.querySelector('gp-kiosk')) screen();
  };
  new MutationObserver(watch).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['kiosk'] });
  watch();
}

export { GpKiosk };
export type { KioskOptions };
export type { DetailOf } from './common/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'gp-kiosk': GpKiosk;
  }
}
