/**
 * What the tour's panel shows: the tour's name with Close above one step (common/step-view.ts)
 * or above why the tour cannot be shown. Plain templates with no state.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import type { Translate } from '../../core/i18n/index.js';
import { resolveTextWithLang, type ResolvedText } from '../../core/text/index.js';
import type { Tutorial } from '../../core/tutorial/index.js';
import { headingTag } from '../common/heading.js';
import { closeIcon, errorIcon } from '../common/icons.js';
import { langOf } from '../common/step-content.js';
import { renderFailure, renderStepPieces, type FailureViewModel, type StepViewModel } from '../common/step-view.js';

/** The id of the error heading, which takes focus when the tour cannot be shown. */
export const errorId = 'gp-tour-error';
/**
 * The id of the tour's name above the step, which names the dialog: the focused heading then
 * says the step ("Step 2 of 6: …") and nothing is read twice.
 */
export const nameId = 'gp-tour-name';

/**
 * The tour's name (or "Guided tour") and Close, above the step. When the panel is narrow for
 * its text (a phone at A++ or 200 % text) the name is kept for screen readers only, so the
 * step heading starts the panel's first screen.
 */
export function renderTop(t: Translate, label: TemplateResult | string, close: () => void): TemplateResult {
  return html`<div class="top">
    <p class="eyebrow" part="eyebrow" id=${nameId}>${label}</p>
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
 * The tour's name and Close; the step heading, its text, the note when its target is missing
 * and Get help; then the step's actions, the choices or Back and Next: Next comes last so that,
 * in the tab order, it sits right before the highlighted field. Only the middle part scrolls
 * (`.scroll`), starting with the heading, so the heading and the step's actions are both on the
 * panel's first screen at every text size.
 */
export function renderTourStep(v: TourStepModel): TemplateResult {
  const { t, lang } = v.step;
  const p = renderStepPieces(v.step);
  return html`${renderTop(t, html`<span lang=${langOf(v.name, lang)}>${v.name.text}</span>`, v.close)}
    <div class="scroll">${p.heading} ${p.content} ${v.targetMissing ? renderNote(t) : nothing} ${p.help()}</div>
    <div class="actions">${p.choices} ${p.nav}</div>`;
}

/** The tour could not be loaded or is invalid: a plain message, the details for the authors, Close. */
export function renderTourFailure(v: FailureViewModel, close: () => void): TemplateResult {
  return html`${renderTop(v.t, v.t('tour.label'), close)}
    <div class="scroll">${renderFailure(v)}</div>`;
}

/**
 * Lays `tutorial`'s first step out once in `root` (the tour's shadow root), while the tour is
 * still closed, then removes it in the same task, so it is never painted nor read: lit has
 * prepared the step's templates, and the browser has the fonts and sizes of the panel's text
 * ready, before the citizen presses start. The click then only fills the templates in and lays
 * out text whose fonts are already at hand. The step's image is left out (nothing is fetched);
 * nothing is shown, announced, focused or sent.
 */
export function warmFirstStep(root: ParentNode, tutorial: Tutorial, lang: string, t: Translate, src: StepViewModel['src']): void {
  const noop = () => undefined;
  // The panel's own rules (its width and text sizes); hidden, and inert: out of reach of
  // pointers, keys and screen readers.
  const box = Object.assign(document.createElement('div'), { className: 'panel anchored', inert: true });
  box.style.visibility = 'hidden';
  try {
    root.append(box);
    render(
      renderTourStep({
        step: {
          t,
          lang,
          step: { ...tutorial.steps[0]!, image: undefined },
          count: t('tutorial.stepOf', { current: 1, total: tutorial.steps.length }),
          canGoBack: false,
          isLast: false,
          text: (text) => (text === undefined ? { text: '', lang } : resolveTextWithLang(text, lang, tutorial.lang)),
          src,
          heading: headingTag(2),
          on: { back: noop, next: noop, help: noop },
        },
        name: resolveTextWithLang(tutorial.title, lang, tutorial.lang),
        targetMissing: false,
        close: noop,
      }),
      box,
    );
    void box.offsetHeight;
  } catch {
    // Only a head start: the step renders as usual when the tour opens.
  } finally {
    box.remove();
  }
}
