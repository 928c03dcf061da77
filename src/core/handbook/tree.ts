/**
 * The handbook as a tree of plain objects, never HTML: `<gp-handbook>` builds DOM from it with
 * `createElement` and text nodes, and `guidepost handbook` writes it out as HTML with every
 * text and attribute escaped. One description, so the page and the file print the same.
 */

/** The tags a handbook uses. */
export type HandbookTag =
  | 'article' | 'header' | 'section' | 'div' | 'p' | 'span' | 'strong' | 'em' | 'br' | 'a'
  | 'ul' | 'ol' | 'li' | 'figure' | 'figcaption' | 'img' | 'code'
  | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'svg' | 'rect' | 'path';

/** The attributes a handbook uses. */
export type HandbookAttribute =
  | 'class' | 'id' | 'lang' | 'dir' | 'href' | 'src' | 'alt' | 'width' | 'height' | 'start'
  | 'role' | 'aria-label' | 'aria-labelledby' | 'viewBox' | 'd' | 'fill' | 'shape-rendering'
  | 'data-step' | 'data-reference' | 'data-url';

/** An element of the handbook, with its attributes and children. */
export interface HandbookElement {
  tag: HandbookTag;
  attrs?: Partial<Record<HandbookAttribute, string>>;
  children?: HandbookNode[];
}

/** An element, or a piece of text. */
export type HandbookNode = HandbookElement | string;

/** Tags written without a closing tag. */
export const voidTags: ReadonlySet<HandbookTag> = new Set(['br', 'img']);
/** Tags in the SVG namespace. */
export const svgTags: ReadonlySet<HandbookTag> = new Set(['svg', 'rect', 'path']);

/** Builds one element; `undefined` and `false` children are left out. */
export function h(
  tag: HandbookTag,
  attrs: HandbookElement['attrs'] = {},
  ...children: (HandbookNode | undefined | false | (HandbookNode | undefined | false)[])[]
): HandbookElement {
  const kept = children.flat().filter((c): c is HandbookNode => c !== undefined && c !== false && c !== '');
  const cleanAttrs = Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== undefined)) as HandbookElement['attrs'];
  return { tag, attrs: cleanAttrs, children: kept };
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => escapes[c]!);

/** The tree as HTML, every text and attribute value escaped. */
export function toHtml(node: HandbookNode): string {
  if (typeof node === 'string') return escape(node);
  const attrs = Object.entries(node.attrs ?? {})
    .map(([name, value]) => ` ${name}="${escape(value ?? '')}"`)
    .join('');
  const xmlns = node.tag === 'svg' ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  if (voidTags.has(node.tag)) return `<${node.tag}${xmlns}${attrs}>`;
  return `<${node.tag}${xmlns}${attrs}>${(node.children ?? []).map(toHtml).join('')}</${node.tag}>`;
}

/** All the text of a tree, for tests and for searching. */
export function textOf(node: HandbookNode): string {
  return typeof node === 'string' ? node : (node.children ?? []).map(textOf).join('');
}
