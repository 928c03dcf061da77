import { literal, type StaticValue } from 'lit/static-html.js';

// A fixed list of static tags: the level comes from an attribute, and a tag name is the one
// thing a Lit binding cannot be, so it is picked here, never built from a string.
const headings: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * The heading tag `offset` levels below `level` (the `heading-level` attribute, default 2),
 * kept between h1 and h6, for `lit/static-html.js` templates: `` html`<${h}>…</${h}>` ``.
 */
export function headingTag(level: number | undefined, offset = 0): StaticValue {
  const n = Math.min(6, Math.max(1, Math.trunc(level || 2) + offset));
  return headings[n - 1]!;
}
