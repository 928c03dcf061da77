import { html, nothing, type TemplateResult } from 'lit';
import { spokenGroups } from '../../core/help/index.js';

/**
 * A code or a phone number as it is shown (`shown`, in a span of class `className`, hidden from
 * screen readers) and as it is said, one character at a time, group by group (`spokenGroups`),
 * for screen readers only.
 */
export function renderSpoken(text: string, shown: unknown = text, className?: string): TemplateResult {
  return html`<span class=${className ?? nothing} aria-hidden="true">${shown}</span><span class="visually-hidden">${spokenGroups(text)}</span>`;
}
