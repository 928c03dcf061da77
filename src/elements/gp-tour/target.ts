/**
 * Finding a step's target on the portal's page, and noticing when it appears, disappears or is
 * replaced: single-page apps render late and re-render often.
 */

/** How long a step waits for its target by default before it says the part is not showing, in ms. */
export const defaultTargetTimeout = 3000;

const warned = new Set<string>();

/**
 * The element `selector` names in `doc`, when it is on screen. An element that exists but is
 * not rendered (`hidden`, `display: none`) counts as missing, since there is nothing to point
 * at. A selector that is not valid CSS is reported once to the console and never matches.
 */
export function findTarget(selector: string, doc: Document = document): HTMLElement | undefined {
  let el: Element | null;
  try {
    el = doc.querySelector(selector);
  } catch {
    if (!warned.has(selector)) {
      warned.add(selector);
      console.warn(`[guidepost] The tour step target "${selector}" is not a valid CSS selector, so the step is shown without pointing.`);
    }
    return undefined;
  }
  if (!(el instanceof HTMLElement) && !(el instanceof SVGElement)) return undefined;
  const shown = typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;
  return shown ? (el as HTMLElement) : undefined;
}

/**
 * Calls `onChange` whenever the element `selector` finds (see {@link findTarget}) differs from
 * the last one: it appeared, vanished or was replaced by a re-render; and `onSame`, when given,
 * after any other change of the page while it is there (it may have moved). Watches the whole
 * document, including the attributes that usually show or hide things. Returns a function that
 * stops watching.
 */
export function watchTarget(
  selector: string,
  current: HTMLElement | undefined,
  onChange: (el: HTMLElement | undefined) => void,
  onSame?: () => void,
): () => void {
  let last = current;
  const observer = new MutationObserver(() => {
    const el = findTarget(selector);
    if (el === last) {
      if (el) onSame?.();
      return;
    }
    last = el;
    onChange(el);
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['id', 'class', 'hidden', 'style', 'open', 'name', 'type'],
  });
  return () => observer.disconnect();
}

/** Whether the citizen can Tab to `el`: a field, button, link or anything with `tabindex ≥ 0`. */
export function isTabbable(el: HTMLElement): boolean {
  return el.tabIndex >= 0 && !(el as HTMLInputElement).disabled && !el.closest('[inert]');
}

/**
 * Whether `el` takes typing or choosing (text, lists, tick boxes, radio buttons, whose arrow
 * keys change the value and fire `change`): while focus is in one, the tour never moves it.
 */
export function isField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !['button', 'submit', 'reset', 'image'].includes(el.type);
  return false;
}

/** The element that has focus, looking inside shadow roots. */
export function focusedElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
