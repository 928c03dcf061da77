/**
 * The language an element inherits: its own `lang` attribute, else the nearest ancestor's,
 * crossing shadow roots (a `lang` on `<html>` reaches elements inside other components).
 */
export function inheritedLang(el: Element): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}
