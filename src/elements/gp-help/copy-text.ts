/**
 * Puts `text` on the clipboard. Tries the Clipboard API first; where it is missing or refused
 * (an http: page, an embedding iframe without permission, an older browser) it falls back to
 * copying a selected, off-screen text area, which browsers still allow during a click.
 * Resolves to whether the text was copied; never throws.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    // Missing on http: pages and in older browsers, whatever the DOM types say.
    const clipboard = globalThis.navigator?.clipboard as Clipboard | undefined;
    if (clipboard) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused or unavailable: try the older way below.
  }
  return copyBySelection(text);
}

function copyBySelection(text: string): boolean {
  if (typeof document === 'undefined' || !document.body) return false;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  // Off-screen through the CSSOM, which a strict CSP allows (style attributes are not).
  area.style.setProperty('position', 'fixed');
  area.style.setProperty('inset-inline-start', '-9999px');
  area.style.setProperty('top', '0');
  const focused = deepActiveElement();
  document.body.append(area);
  let copied = false;
  try {
    area.select();
    // execCommand is deprecated but remains the only fallback where the Clipboard API is refused.
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    area.remove();
    focused?.focus();
  }
  return copied;
}

/** The focused element, looking into shadow roots, so focus can go back to the Copy button. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
