/**
 * The walkthrough's start view and completion view: plain templates with no state; the
 * element passes what to show and runs the actions.
 */
import { nothing, type TemplateResult } from 'lit';
import { html, type StaticValue } from 'lit/static-html.js';
import type { Guide } from '../../core/guide/index.js';
import type { Translate } from '../../core/i18n/index.js';
import type { ResolvedText } from '../../core/text/index.js';
import type { Text, Tutorial } from '../../core/tutorial/index.js';
import { checkIcon, clockIcon, nextIcon } from '../common/icons.js';
import { renderMarkdown } from '../common/markdown.js';
import { langOf } from '../common/step-content.js';

/** What the start and completion views need from the walkthrough. */
export interface WalkViewModel {
  readonly t: Translate;
  readonly lang: string;
  readonly tutorial: Tutorial;
  readonly guide: Guide;
  /** The tag of the headings inside the view (one level below the title). */
  readonly heading: StaticValue;
  readonly text: (text: Text) => ResolvedText;
  readonly act: (action: (guide: Guide) => void) => void;
}

/** The summary, minutes, what you need, and Start (or Continue at step N and Start again). */
export function renderIntro(v: WalkViewModel): TemplateResult {
  const { t, tutorial, lang } = v;
  const summary = tutorial.summary ? v.text(tutorial.summary) : undefined;
  const saved = v.guide.state.resumable ? v.guide.saved : undefined;
  const h = v.heading;
  return html`<div class="intro" part="intro">
    ${summary ? html`<div part="summary" lang=${langOf(summary, lang)}>${renderMarkdown(summary.text, t('tutorial.opensNewTab'))}</div>` : nothing}
    ${tutorial.minutes ? html`<p class="minutes" part="minutes">${clockIcon}<span>${t('tutorial.minutes', { count: tutorial.minutes })}</span></p>` : nothing}
    ${tutorial.requirements?.length
      ? html`<${h} class="subheading">${t('tutorial.whatYouNeed')}</${h}>
          <ul part="requirements">
            ${tutorial.requirements.map((r) => {
              const req = v.text(r);
              return html`<li lang=${langOf(req, lang)}>${req.text}</li>`;
            })}
          </ul>`
      : nothing}
    ${saved
      ? html`<p class="saved">${t('tutorial.savedProgress')}</p>
          <div class="actions">
            <button part="button primary" class="primary" @click=${() => v.act((g) => g.resume())}>
              ${t('tutorial.continueAt', { number: saved.index + 1, title: v.text(saved.step.title).text })}
            </button>
            <button part="button" @click=${() => v.act((g) => g.restart())}>${t('tutorial.startAgain')}</button>
          </div>`
      : html`<div class="actions">
          <button part="button primary" class="primary" @click=${() => v.act((g) => g.start())}>${t('tutorial.start')}${nextIcon}</button>
        </div>`}
  </div>`;
}

/** "All done", the tutorial's completion text, how many steps were done, and Start again. */
export function renderComplete(v: WalkViewModel): TemplateResult {
  const { t, tutorial } = v;
  const completion = tutorial.completion ? v.text(tutorial.completion) : undefined;
  const h = v.heading;
  return html`<div part="complete" class="complete">
    <${h} class="complete-heading" tabindex="-1" data-focus>${checkIcon}<span>${t('tutorial.completeHeading')}</span></${h}>
    ${completion
      ? html`<div lang=${langOf(completion, v.lang)}>${renderMarkdown(completion.text, t('tutorial.opensNewTab'))}</div>`
      : html`<p>${t('tutorial.completeBody', { title: v.text(tutorial.title).text })}</p>`}
    <p>${t('tutorial.stepsDone', { count: v.guide.state.path.length })}</p>
    <div class="actions">
      <button part="button" @click=${() => v.act((g) => g.restart())}>${t('tutorial.startAgain')}</button>
    </div>
  </div>`;
}
