/**
 * One polite live region in the light DOM, shared by every guidepost element on the page.
 * Chrome announces live regions inside shadow roots unreliably, so short status messages
 * ("Code copied", "Step 3 of 7") go through this region instead.
 */
const regionId = 'gp-live-region';

function region(): HTMLElement | undefined {
  if (typeof document === 'undefined' || !document.body) return undefined;
  let el = document.getElementById(regionId);
  if (!el) {
    el = document.createElement('div');
    el.id = regionId;
    el.setAttribute('aria-live', 'polite');
    el.setAttribute('aria-atomic', 'true');
    el.setAttribute('data-guidepost', '');
    // Visually hidden through the CSSOM, which a strict CSP allows (style attributes are not).
    Object.assign(el.style, {
      position: 'absolute',
      width: '1px',
      height: '1px',
      margin: '-1px',
      padding: '0',
      border: '0',
      clipPath: 'inset(50%)',
      whiteSpace: 'nowrap',
      overflow: 'hidden',
    } satisfies Partial<CSSStyleDeclaration>);
    document.body.append(el);
  }
  return el;
}

let pending: ReturnType<typeof setTimeout> | undefined;

/**
 * Announces `message` politely to screen readers, in `lang` when given. The text is cleared
 * first and set a moment later so the same message twice is announced twice.
 */
export function announce(message: string, lang?: string): void {
  const el = region();
  if (!el) return;
  el.textContent = '';
  if (lang) el.setAttribute('lang', lang);
  else el.removeAttribute('lang');
  clearTimeout(pending);
  pending = setTimeout(() => {
    el.textContent = message;
  }, 100);
}

/** The current text of the live region (for tests and for hosts that mirror it). */
export function liveRegionText(): string {
  return (typeof document !== 'undefined' && document.getElementById(regionId)?.textContent) || '';
}
