import { svgTags, voidTags, type HandbookNode } from '../../core/handbook/index.js';

const svgNs = 'http://www.w3.org/2000/svg';

/**
 * Builds DOM from the core's handbook tree with `createElement`, `setAttribute` and text
 * nodes only, so no text of a tutorial is ever parsed as HTML.
 */
export function toDom(node: HandbookNode, doc: Document = document): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const el = svgTags.has(node.tag) ? doc.createElementNS(svgNs, node.tag) : doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs ?? {})) if (value !== undefined) el.setAttribute(name, value);
  if (!voidTags.has(node.tag)) for (const child of node.children ?? []) el.append(toDom(child, doc));
  return el;
}
