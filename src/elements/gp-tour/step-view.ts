/**
 * What the tour's panel shows: one step (or why the tour cannot be shown). Plain templates
 * with no state; the element decides what to pass and what the buttons do.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Translate } from '../../core/i18n/index.js';
import type { ResolvedText } from '../../core/text/index.js';
import type { Step, Text } from '../../core/tutorial/index.js';
import type { GpErrorDetail } from '../../core/events/index.js';
import { backIcon, checkIcon, errorIcon, helpIcon, nextIcon } from '../shared/icons.js';
import { langOf, renderErrorDetails, renderStepContent } from '../shared/step-content.js';

/** The id of the step title inside the shadow root: the dialog is named by it. */
export const titleId = 'gp-tour-title';
/** The id of the error heading, which names the dialog when the tour cannot be shown. */
export const errorId = 'gp-tour-error';

// Beside its text label, like every icon of the library; hidden from assistive technology.
const closeIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18" /></svg>`;

/** What the panel needs to show one step. */
export interface StepViewModel {
  readonly t: Translate;
  /** The element's language: content in another language gets its own `lang`. */
  readonly lang: string;
  readonly tutorialTitle: ResolvedText;
  readonly step: Step;
  /** "Step 2 of 6". */
  readonly count: string;
  readonly canGoBack: boolean;
  readonly isLast: boolean;
  /** Whether to say that the part of the page the step is about is not showing. */
  readonly targetMissing: boolean;
  readonly text: (text: Text) => ResolvedText;
  /** The tour file's address, against which image paths are resolved. */
  readonly src: string | undefined;
  readonly on: {
    readonly close: () => void;
    readonly back: () => void;
    readonly next: (choice?: number) => void;
    readonly help: () => void;
  };
}


function renderTop(t: Translate, label: TemplateResult | string, close: () => void): TemplateResult {
  return html`<div class="top">
    <p class="eyebrow" part="eyebrow">${label}</p>
    <button part="button close" class="close" @click=${close}>${closeIcon}${t('tour.close')}</button>
  </div>`;
}

function renderChoices(v: StepViewModel): TemplateResult {
  return html`<div part="choices" class="choices" role="group" aria-label=${v.t('tutorial.choose')}>
    ${v.step.choices!.map((choice, i) => {
      const label = v.text(choice.label);
      return html`<button part="button choice" class="choice" lang=${langOf(label, v.lang)} @click=${() => v.on.next(i)}>${label.text}${nextIcon}</button>`;
    })}
  </div>`;
}

/**
 * One step: the tour's name and Close, "Step 2 of 6" and the step title as the heading that
 * takes focus, the text, the note when the target is not showing, Get help, then Back and Next.
 * Next comes last so that, in the tab order, it sits right before the highlighted field.
 */
export function renderStepView(v: StepViewModel): TemplateResult {
  const { t, step } = v;
  const title = v.text(step.title);
  const hasChoices = Boolean(step.choices?.length);
  return html`
    ${renderTop(t, html`<span lang=${langOf(v.tutorialTitle, v.lang)}>${v.tutorialTitle.text}</span>`, v.on.close)}
    <h2 part="step-heading" class="step-heading" tabindex="-1" data-focus>
      <span part="step-count" class="step-count">${v.count}</span><span class="visually-hidden">: </span>
      <span part="step-title" class="step-title" id=${titleId} lang=${langOf(title, v.lang)}>${title.text}</span>
    </h2>
    ${renderStepContent(step, v)}
    ${v.targetMissing ? html`<p part="note" class="note">${errorIcon}<span>${t('tour.targetMissing')}</span></p>` : nothing}
    ${hasChoices ? renderChoices(v) : nothing}
    <div part="help" class="help">
      <button part="button help-button" class="help-button" @click=${v.on.help}>${helpIcon}${t('help.getHelp')}</button>
    </div>
    <div part="nav" class="nav">
      ${v.canGoBack ? html`<button part="button" class="back" @click=${v.on.back}>${backIcon}${t('tutorial.back')}</button>` : nothing}
      ${hasChoices
        ? nothing
        : html`<button part="button primary" class="primary next" @click=${() => v.on.next()}>
            ${v.isLast ? html`${t('tutorial.finish')}${checkIcon}` : html`${t('tutorial.next')}${nextIcon}`}
          </button>`}
    </div>
  `;
}

/** The tour could not be loaded or is invalid: a plain message, the details for the authors, Close. */
export function renderFailureView(t: Translate, lang: string, message: string, detail: GpErrorDetail, close: () => void): TemplateResult {
  return html`
    ${renderTop(t, t('tour.label'), close)}
    <div part="error" class="error" role="alert">
      <p class="error-heading" id=${errorId} tabindex="-1" data-focus>${errorIcon}<strong>${t('error.heading')}</strong></p>
      <p>${message}</p>
    </div>
    ${renderErrorDetails(t, lang, detail)}
  `;
}
