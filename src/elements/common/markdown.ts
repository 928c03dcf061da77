import { html, nothing, type TemplateResult } from 'lit';
import { parseMarkdown, type MarkdownBlock, type MarkdownInline } from '../../core/markdown/index.js';

/**
 * Renders tutorial Markdown through Lit templates: every piece of text becomes a text node,
 * so nothing from a tutorial ever reaches `innerHTML`. Links were already limited to `https:`,
 * `tel:` and `mailto:` by the parser; web links open in a new tab so the citizen keeps their
 * place in the guide, and say so.
 */
export function renderMarkdown(source: string, newTabLabel: string): TemplateResult[] {
  return parseMarkdown(source).map((block) => renderBlock(block, newTabLabel));
}

function renderBlock(block: MarkdownBlock, newTab: string): TemplateResult {
  if (block.type === 'list') {
    const items = block.items.map((item) => html`<li>${renderInlines(item, newTab)}</li>`);
    return block.ordered
      ? html`<ol start=${block.start ?? 1}>${items}</ol>`
      : html`<ul>${items}</ul>`;
  }
  return html`<p>${renderInlines(block.children, newTab)}</p>`;
}

function renderInlines(inlines: readonly MarkdownInline[], newTab: string): unknown[] {
  return inlines.map((inline) => renderInline(inline, newTab));
}

function renderInline(inline: MarkdownInline, newTab: string): unknown {
  switch (inline.type) {
    case 'text':
      return inline.text;
    case 'strong':
      return html`<strong>${renderInlines(inline.children, newTab)}</strong>`;
    case 'emphasis':
      return html`<em>${renderInlines(inline.children, newTab)}</em>`;
    case 'break':
      return html`<br />`;
    case 'link': {
      const web = inline.href.startsWith('https:');
      return html`<a
        href=${inline.href}
        target=${web ? '_blank' : nothing}
        rel=${web ? 'noopener noreferrer' : nothing}
        >${renderInlines(inline.children, newTab)}${web
          ? html`<span class="new-tab"> (${newTab})</span>`
          : nothing}</a
      >`;
    }
    default:
      return nothing;
  }
}
