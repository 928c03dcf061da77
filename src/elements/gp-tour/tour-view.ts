/** The parts of the tour's panel that only a tour has: its name with Close, and the missing-target note. */
import { html, svg, type TemplateResult } from 'lit';
import type { Translate } from '../../core/i18n/index.js';
import { errorIcon } from '../shared/icons.js';

/** The id of the step title inside the shadow root: the dialog is named by it. */
export const titleId = 'gp-tour-title';
/** The id of the error heading, which names the dialog when the tour cannot be shown. */
export const errorId = 'gp-tour-error';

// Beside its text label, like every icon of the library; hidden from assistive technology.
const closeIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18" /></svg>`;

/** The tour's name (or "Guided tour") and Close, above the step. */
export function renderTop(t: Translate, label: TemplateResult | string, close: () => void): TemplateResult {
  return html`<div class="top">
    <p class="eyebrow" part="eyebrow">${label}</p>
    <button part="button close" class="close" @click=${close}>${closeIcon}${t('tour.close')}</button>
  </div>`;
}

/** Said when the part of the page the step is about is not showing. */
export function renderNote(t: Translate): TemplateResult {
  return html`<p part="note" class="note">${errorIcon}<span>${t('tour.targetMissing')}</span></p>`;
}
