/**
 * What the tour's panel shows: the tour's name with Close above one step (shared/step-view.ts)
 * or above why the tour cannot be shown. Plain templates with no state.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Translate } from '../../core/i18n/index.js';
import type { ResolvedText } from '../../core/text/index.js';
import { errorIcon } from '../shared/icons.js';
import { langOf } from '../shared/step-content.js';
import { renderFailure, renderStepPieces, type FailureViewModel, type StepViewModel } from '../shared/step-view.js';

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
function renderNote(t: Translate): TemplateResult {
  return html`<p part="note" class="note">${errorIcon}<span>${t('tour.targetMissing')}</span></p>`;
}

/** One step in the tour's panel. */
export interface TourStepModel {
  readonly step: StepViewModel;
  /** The tour's title, shown above the step. */
  readonly name: ResolvedText;
  /** Whether to say that the part of the page the step is about is not showing. */
  readonly targetMissing: boolean;
  readonly close: () => void;
}

/**
 * The tour's name and Close, the step heading, its text, the note when its target is missing,
 * the choices, Get help, then Back and Next: Next comes last so that, in the tab order, it sits
 * right before the highlighted field.
 */
export function renderTourStep(v: TourStepModel): TemplateResult {
  const { t, lang } = v.step;
  const p = renderStepPieces(v.step);
  return html`${renderTop(t, html`<span lang=${langOf(v.name, lang)}>${v.name.text}</span>`, v.close)} ${p.heading} ${p.content}
  ${v.targetMissing ? renderNote(t) : nothing} ${p.choices} ${p.help()} ${p.nav}`;
}

/** The tour could not be loaded or is invalid: a plain message, the details for the authors, Close. */
export function renderTourFailure(v: FailureViewModel, close: () => void): TemplateResult {
  return html`${renderTop(v.t, v.t('tour.label'), close)} ${renderFailure(v)}`;
}
