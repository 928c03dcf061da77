/**
 * One step as `<gp-tutorial>` and `<gp-tour>` both show it: the heading that takes focus
 * ("Step 2 of 7: <title>") with Read aloud under it, the content, the choices, Back and Next, Get help; and the
 * failure view when a tutorial cannot be shown. Plain templates with no state: the element
 * passes what to show and what the buttons do, and places the pieces (the tour puts Next last,
 * right before the highlighted field in the tab order; the walkthrough ends with Get help).
 */
import { nothing, type TemplateResult } from 'lit';
import { html, type StaticValue } from 'lit/static-html.js';
import type { GpErrorDetail } from '../../core/events/index.js';
import type { Translate } from '../../core/i18n/index.js';
import type { ResolvedText } from '../../core/text/index.js';
import type { Step, Text } from '../../core/tutorial/index.js';
import type { GuideHostController } from '../controllers/guide-host.js';
import type { LanguageController } from '../controllers/language.js';
import { backIcon, checkIcon, errorIcon, helpIcon, nextIcon } from './icons.js';
import { langOf, renderErrorDetails, renderStepContent } from './step-content.js';

/** What one step needs from the element showing it. */
export interface StepViewModel {
  readonly t: Translate;
  /** The element's language: content in another language gets its own `lang`. */
  readonly lang: string;
  readonly step: Step;
  /** "Step 2 of 6". */
  readonly count: string;
  readonly canGoBack: boolean;
  readonly isLast: boolean;
  readonly text: (text: Text) => ResolvedText;
  /** The address relative picture paths resolve against. */
  readonly src: string | undefined;
  /** The step heading's tag. */
  readonly heading: StaticValue;
  /** Whether the choices' "Choose one answer" line is shown (else it is for screen readers only). */
  readonly choosePrompt?: boolean;
  /** Read aloud under the heading (`ReadAloudLauncher.render()`), or nothing. */
  readonly read?: unknown;
  readonly on: {
    readonly back: () => void;
    readonly next: (choice?: number) => void;
    readonly help: () => void;
  };
}

/** The pieces of one step, for the element to place. */
export interface StepPieces {
  /** The heading, and Read aloud under it. */
  readonly heading: TemplateResult;
  readonly content: TemplateResult;
  readonly choices: TemplateResult | typeof nothing;
  readonly nav: TemplateResult;
  /** The Get help row; `dialog` goes inside it (the walkthrough's help dialog). */
  readonly help: (dialog?: unknown) => TemplateResult;
}

/** What only the element knows: its file's address, heading tag, title id and actions. */
export type StepViewOptions = Pick<StepViewModel, 'src' | 'heading' | 'choosePrompt' | 'read' | 'on'>;

/** The step the guide host shows now, in the element's language. */
export function stepViewOf(host: GuideHostController, language: LanguageController, options: StepViewOptions): StepViewModel {
  const guide = host.guide!;
  return {
    ...options,
    t: language.t,
    lang: language.lang,
    step: guide.step,
    count: host.count(),
    canGoBack: guide.canGoBack,
    isLast: guide.isLast,
    text: (text) => host.text(text),
  };
}

export function renderStepPieces(v: StepViewModel): StepPieces {
  const { t, step } = v;
  const title = v.text(step.title);
  const h = v.heading;
  const hasChoices = Boolean(step.choices?.length);
  return {
    heading: html`<${h} part="step-heading" class="step-heading" tabindex="-1" data-focus>
      <span part="step-count" class="step-count">${v.count}</span><span class="visually-hidden">: </span>
      <span part="step-title" class="step-title" lang=${langOf(title, v.lang)}>${title.text}</span>
    </${h}>${v.read ?? nothing}`,
    content: renderStepContent(step, v),
    choices: hasChoices ? renderChoices(v) : nothing,
    nav: html`<div part="nav" class="nav">
      ${v.canGoBack ? html`<button part="button" class="back" @click=${v.on.back}>${backIcon}${t('tutorial.back')}</button>` : nothing}
      ${hasChoices
        ? nothing
        : html`<button part="button primary" class="primary next" @click=${() => v.on.next()}>
            ${v.isLast ? html`${t('tutorial.finish')}${checkIcon}` : html`${t('tutorial.next')}${nextIcon}`}
          </button>`}
    </div>`,
    help: (dialog: unknown = nothing) => html`<div part="help" class="help">
      <button part="button help-button" class="help-button" @click=${v.on.help}>${helpIcon}${t('help.getHelp')}</button>
      ${dialog}
    </div>`,
  };
}

/**
 * The choices as one group, named by its "Choose one answer" line (`aria-labelledby`), so the
 * words are said once. The tour keeps that line for screen readers only.
 */
function renderChoices(v: StepViewModel): TemplateResult {
  return html`<div part="choices" class="choices" role="group" aria-labelledby="gp-choose">
    <p class="choose ${v.choosePrompt ? '' : 'visually-hidden'}" id="gp-choose">${v.t('tutorial.choose')}</p>
    ${v.step.choices!.map((choice, i) => {
      const label = v.text(choice.label);
      return html`<button part="button choice" class="choice" lang=${langOf(label, v.lang)} @click=${() => v.on.next(i)}>
        ${label.text}${nextIcon}
      </button>`;
    })}
  </div>`;
}

/** Why a tutorial cannot be shown. */
export interface FailureViewModel {
  readonly t: Translate;
  readonly lang: string;
  /** The plain message for the citizen. */
  readonly message: string;
  /** The technical details for the page's authors. */
  readonly detail: GpErrorDetail;
  /** The heading's tag. */
  readonly heading: StaticValue;
  /** An id for the heading. */
  readonly headingId?: string;
  /** Buttons between the message and the details (Try again). */
  readonly actions?: unknown;
}

/**
 * A heading (which takes focus, `data-focus`) and a plain message, any actions, then the
 * collapsed details for the authors. No live region in the shadow root, which Chrome announces
 * unreliably: the element says it through the page's one (see {@link failureAnnouncement}).
 */
export function renderFailure(v: FailureViewModel): TemplateResult {
  const h = v.heading;
  return html`
    <div part="error" class="error">
      <${h} class="error-heading" id=${v.headingId ?? nothing} tabindex="-1" data-focus>${errorIcon}<span>${v.t('error.heading')}</span></${h}>
      <p>${v.message}</p>
    </div>
    ${v.actions ?? nothing}
    ${renderErrorDetails(v.t, v.lang, v.detail)}
  `;
}

/** What the live region says when a tutorial cannot be shown: the heading, then the message. */
export function failureAnnouncement(t: Translate, message: string): string {
  return `${t('error.heading')}. ${message}`;
}
