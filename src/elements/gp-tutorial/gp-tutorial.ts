import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { html, type StaticValue } from 'lit/static-html.js';
import { headingTag } from '../shared/heading.js';
import { createGuide, type Guide, type GuideChange, type GuideState } from '../../core/guide/index.js';
import { encodeReference } from '../../core/help/index.js';
import { translator, type Translate } from '../../core/i18n/index.js';
import type { ProgressStore } from '../../core/progress/index.js';
import { resolveTextWithLang } from '../../core/text/index.js';
import type { GpErrorDetail } from '../../core/events/index.js';
import type { Step, Text, Tutorial } from '../../core/tutorial/index.js';
import { emit } from '../shared/events.js';
import { announce } from '../shared/live-region.js';
import { backIcon, checkIcon, clockIcon, errorIcon, helpIcon, nextIcon } from '../shared/icons.js';
import { inheritedLang } from '../shared/lang.js';
import type { LoadFailureKind, LoadResult } from '../../core/load/index.js';
import { TutorialSource } from '../shared/tutorial-source.js';
import { renderMarkdown } from '../shared/markdown.js';
import { langOf, renderErrorDetails, renderStepContent } from '../shared/step-content.js';
import { contentStyles } from '../shared/content-styles.js';
import { base, tokens } from '../shared/styles.js';
import { storeFor } from '../shared/store-for.js';
import { tutorialStyles } from './gp-tutorial.styles.js';
import { renderTextSize } from './text-size-control.js';
import { TextSizeController } from '../shared/text-size.js';
import { helpDialogStyles } from '../gp-help/help-dialog.styles.js';
import { loadHelp, renderHelpDialog, showHelpDialog } from '../shared/help-dialog.js';

type View = 'empty' | 'loading' | 'error' | 'intro' | 'step' | 'complete';

const errorKeys: Record<LoadFailureKind, string> = {
  missing: 'error.missing',
  'not-found': 'error.notFound',
  network: 'error.network',
  invalid: 'error.invalid',
};

/**
 * A step-by-step walkthrough of one tutorial in large text: a start view, one step at a time
 * with "Step 2 of 7", Back / Next / Finish, choices as large buttons, Get help in the same place
 * on every step, and a completion view. Progress is saved (localStorage by default) and offered
 * again on the next visit. On every step change focus moves to the step heading, which reads
 * "Step 2 of 7: <title>".
 *
 * @summary A large-text, accessible step-by-step walkthrough of a tutorial.
 * @tagname gp-tutorial
 *
 * @fires gp-start - A walk starts or resumes. Detail: `{ tutorialId, revision, stepId, index, total, resumed }`.
 * @fires gp-step-change - A step is shown. Detail: `{ tutorialId, stepId, index, total, from }`.
 * @fires gp-complete - The last step was finished. Detail: `{ tutorialId, revision, steps, ms }`.
 * @fires gp-help-request - The citizen pressed Get help. Detail: `{ tutorialId, stepId, reference, locale }`.
 * @fires gp-error - The tutorial could not be loaded or is invalid. Detail: `{ tutorialId?, message, problems }`.
 *
 * @csspart base - The whole walkthrough.
 * @csspart title - The tutorial title heading.
 * @csspart text-size - The group of A / A+ / A++ buttons; each is also `text-size-button`.
 * @csspart intro - The start view; inside it `summary`, `minutes` and `requirements`.
 * @csspart summary - The tutorial's summary on the start view.
 * @csspart minutes - "About 10 minutes".
 * @csspart requirements - The "What you need" list.
 * @csspart progress - The collapsible "Show all steps" list.
 * @csspart step-heading - The step heading, with `step-count` and `step-title` inside.
 * @csspart step-count - "Step 2 of 7".
 * @csspart step-title - The step title.
 * @csspart body - The step's text.
 * @csspart image - The step's figure.
 * @csspart tip - The tip box.
 * @csspart warning - The warning box.
 * @csspart choices - The group of choice buttons; each is also `choice`.
 * @csspart nav - The Back / Next row.
 * @csspart button - Every button; the main action is also `primary`, Get help `help-button`.
 * @csspart help - The Get help row, in the same place on every step.
 * @csspart help-dialog - The Get help `<dialog>`; its Close button is `help-close`.
 * @csspart complete - The completion view.
 * @csspart loading - The loading message.
 * @csspart error - The error message (`role="alert"`).
 * @csspart error-details - The collapsed technical details under an error, for the page's authors.
 *
 * @cssprop --gp-font-size - Base text size (default 1.25rem = 20 px); the citizen's A+ / A++ scale it.
 * @cssprop --gp-font-family - Font stack; keep fonts that carry Vietnamese glyphs first.
 * @cssprop --gp-line-height - Line height (default 1.6; keep ≥ 1.5 for stacked diacritics).
 * @cssprop --gp-max-line-length - Longest line of text (default 60ch).
 * @cssprop --gp-color-text - Text colour (default #1a1a1a).
 * @cssprop --gp-color-text-muted - Secondary text, such as "Step 2 of 7" (default #3b3b3b).
 * @cssprop --gp-color-background - Background (default #ffffff).
 * @cssprop --gp-color-surface - Background of the current step in the list (default #f3f4f6).
 * @cssprop --gp-color-border - Borders of images and separators (default #5c5c5c).
 * @cssprop --gp-color-accent - Main buttons, current step (default #0a3d7a).
 * @cssprop --gp-color-accent-text - Text on the accent colour (default #ffffff).
 * @cssprop --gp-color-link - Links (default #0a3d7a).
 * @cssprop --gp-color-focus - Focus ring (default #0a3d7a).
 * @cssprop --gp-color-focus-halo - The light ring around the focus ring (default #ffffff).
 * @cssprop --gp-color-tip-background - Tip box background (default #e7f0fa).
 * @cssprop --gp-color-tip-border - Tip box edge (default #0a3d7a).
 * @cssprop --gp-color-warning-background - Warning box background (default #fdf1e3).
 * @cssprop --gp-color-warning-border - Warning box edge (default #8a4300).
 * @cssprop --gp-color-error - Error text and border (default #8c1111).
 * @cssprop --gp-color-error-background - Error box background (default #fdeceb).
 * @cssprop --gp-color-done - The Done icon (default #1d5e20).
 * @cssprop --gp-radius - Corner radius of buttons and boxes (default 0.5rem).
 * @cssprop --gp-target-size - Smallest size of every button (default 3rem = 48 px).
 * @cssprop --gp-space - Padding around the walkthrough (default 1rem).
 */
export class GpTutorial extends LitElement {
  static override styles = [tokens, base, contentStyles, tutorialStyles, helpDialogStyles];

  /** URL of a tutorial file (JSON, format 1). The `tutorial` property takes an object instead. */
  @property() src?: string;
  /** The tutorial as an object; it is validated like a file. */
  @property({ attribute: false }) tutorial?: Tutorial | unknown;
  /**
   * Language of content and controls. Default: the inherited `lang` (from an ancestor), then
   * the tutorial's `lang`.
   */
  @property({ reflect: true }) override lang!: string;
  /** Where progress is saved: `local` (default, kept between visits), `session` or `none`. */
  @property() storage: 'local' | 'session' | 'none' = 'local';
  /** A step id to open at, skipping the start view. */
  @property() start?: string;
  /** The heading level of the tutorial title (default 2); step headings are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** A custom progress store (for example one that syncs through the portal's accounts). */
  @property({ attribute: false }) store?: ProgressStore;
  /**
   * Opt-in: while a step or the completion view is shown, the page title starts with it
   * ("Step 2 of 7: Install the app – <page title>"), so screen reader users and people with
   * many tabs know where they are. The page's own title comes back when this is removed.
   */
  @property({ attribute: 'document-title', type: Boolean }) documentTitle = false;

  @state() private _view: View = 'empty';
  @state() private _tutorial?: Tutorial;
  @state() private _state?: GuideState;
  @state() private _failure?: { kind: LoadFailureKind; detail: GpErrorDetail };
  /** Whether the Get help dialog is showing (its <gp-help> is rendered only then). */
  @state() private _helpOpen = false;
  @query('[data-focus]') private _focusTarget?: HTMLElement;

  private _guide?: Guide;
  private _unsubscribe?: () => void;
  private readonly _source = new TutorialSource((result) => this._accept(result));
  private _moveFocus = false;
  private _langObserver?: MutationObserver;
  private readonly _textSize = new TextSizeController(this);

  /**
   * Shows the next screen: from the start view, the first step (like Start); on a step, the
   * next step (or finishes on the last). A step with choices takes the index of the choice.
   */
  next(choiceIndex?: number): void {
    this._act((g) => (g.state.started ? g.next(choiceIndex) : g.start()));
  }

  /** Goes back one step along the path the citizen took. */
  back(): void {
    this._act((g) => g.back());
  }

  /** Shows the step `stepId`. */
  goTo(stepId: string): void {
    this._act((g) => g.goTo(stepId));
  }

  /** Starts again at the first step, replacing saved progress. */
  restart(): void {
    this._act((g) => g.restart());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Follow a portal's language switch on <html lang> when this element has no lang of its own.
    if (typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
      this._langObserver = new MutationObserver(() => this.requestUpdate());
      this._langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._source.cancel();
    this._langObserver?.disconnect();
    this._unsubscribe?.();
    this._restoreTitle();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tutorial') && this.tutorial !== undefined) {
      void this._source.check(this.tutorial);
    } else if (changed.has('src') && this.src && this.tutorial === undefined) {
      void this._load(this.src);
    } else if (this.hasUpdated && (changed.has('storage') || changed.has('store')) && this._tutorial) {
      // A store given after the tutorial (frameworks often set properties one by one).
      void this._setUp(this._tutorial);
    }
  }

  protected override updated(): void {
    if (this._moveFocus && this._focusTarget) {
      this._moveFocus = false;
      this._focusTarget.focus();
    }
    this._updateTitle();
  }

  /** The page's own title, kept while `document-title` puts the step in front of it. */
  private _pageTitle?: string;

  private _updateTitle(): void {
    const shown = this.documentTitle && (this._view === 'step' || this._view === 'complete');
    if (!shown) return this._restoreTitle();
    const t = translator(this._lang);
    const s = this._state!;
    const where =
      this._view === 'complete'
        ? t('tutorial.completeHeading')
        : `${t('tutorial.stepOf', { current: s.index + 1, total: s.total })}: ${this._text(this._guide!.step.title).text}`;
    this._pageTitle ??= document.title;
    const title = this._pageTitle ? `${where} – ${this._pageTitle}` : where;
    if (document.title !== title) document.title = title;
  }

  private _restoreTitle(): void {
    if (this._pageTitle === undefined) return;
    document.title = this._pageTitle;
    this._pageTitle = undefined;
  }

  private get _lang(): string {
    return inheritedLang(this) ?? this._tutorial?.lang ?? 'vi';
  }

  private _load(src: string): Promise<void> {
    this._view = 'loading';
    return this._source.load(src);
  }

  private _accept(result: LoadResult): void {
    if (!result.ok) {
      this._fail(result.kind, result.detail);
      return;
    }
    for (const w of result.warnings) console.warn(`[guidepost] ${result.tutorial.id}: ${w.path} ${w.message}`);
    void this._setUp(result.tutorial);
  }

  private _fail(kind: LoadFailureKind, detail: GpErrorDetail): void {
    this._unsubscribe?.();
    this._guide = undefined;
    this._tutorial = undefined;
    this._failure = { kind, detail };
    this._view = 'error';
    console.error(`[guidepost] ${detail.message}`, detail.problems);
    emit(this, 'gp-error', detail);
  }

  private async _setUp(tutorial: Tutorial): Promise<void> {
    this._unsubscribe?.();
    const guide = createGuide(tutorial, { store: this.store ?? storeFor(this.storage), lang: this._lang });
    this._guide = guide;
    this._tutorial = tutorial;
    this._failure = undefined;
    this._unsubscribe = guide.subscribe((s, change) => this._onChange(s, change));
    await guide.ready;
    if (this._guide !== guide) return;
    this._state = guide.state;
    if (this.start && guide.stepAt(this.start)) {
      guide.start(this.start);
    } else {
      if (this.start) console.warn(`[guidepost] ${tutorial.id}: there is no step "${this.start}" to start at.`);
      this._view = 'intro';
    }
  }

  /** Runs a guide action for a method or a button; a mistake is logged, never thrown into the page. */
  private _act(action: (guide: Guide) => void): void {
    const guide = this._guide;
    if (!guide) return;
    try {
      this._moveFocus = true;
      action(guide);
    } catch (error) {
      this._moveFocus = false;
      console.warn(`[guidepost] ${String((error as Error).message ?? error)}`);
    }
  }

  private _onChange(s: GuideState, change: GuideChange): void {
    const guide = this._guide!;
    this._state = s;
    this._view = s.finished ? 'complete' : 'step';
    const { tutorialId, revision, stepId, index, total } = s;
    if (change.type === 'complete') {
      emit(this, 'gp-complete', { tutorialId, revision, steps: s.path.length, ms: guide.elapsedMs });
      return;
    }
    if (change.type === 'start' || change.type === 'resume' || change.type === 'restart') {
      emit(this, 'gp-start', { tutorialId, revision, stepId, index, total, resumed: change.type === 'resume' });
      // Said once per walk, politely, so the citizen knows they may stop and come back.
      if (this.store || this.storage !== 'none') announce(translator(this._lang)('tutorial.saved'), this._lang);
    }
    emit(this, 'gp-step-change', { tutorialId, stepId, index, total, from: change.from ?? null });
  }

  // Get help -----------------------------------------------------------------------------------
  // Help opens in a native modal <dialog> in this shadow root, named by a heading in this same
  // root (aria-labelledby cannot reach into <gp-help>'s), slotted into <gp-help>. Focus moves to
  // that heading; Escape or Close closes the dialog and focus goes back to Get help.

  private async _help(): Promise<void> {
    const guide = this._guide;
    const s = this._state;
    if (!guide || !s) return;
    const tutorial = guide.tutorial;
    const reference = encodeReference({ tutorialId: tutorial.id, revision: tutorial.revision, stepId: s.stepId }, tutorial);
    emit(this, 'gp-help-request', { tutorialId: tutorial.id, stepId: s.stepId, reference, locale: this._lang });
    await loadHelp();
    this._helpOpen = true;
    await showHelpDialog(this);
  }

  /** The dialog closed (Close, Escape, or the page calling close()): back to Get help. */
  private _helpClosed(): void {
    this._helpOpen = false;
    this.renderRoot.querySelector<HTMLElement>('.help-button')?.focus();
  }

  // Rendering ---------------------------------------------------------------------------------

  /** `text` in the language shown now (it follows a portal's language switch), with the language it came in. */
  private _text(text: Text | undefined): { text: string; lang: string } {
    return text === undefined ? { text: '', lang: this._lang } : resolveTextWithLang(text, this._lang, this._tutorial!.lang);
  }

  /** The `lang` attribute for content that fell back to another language than the element's. */
  private _langOf(resolved: { text: string; lang: string }): string | typeof nothing {
    return langOf(resolved, this._lang);
  }

  private _heading(offset: number): StaticValue {
    return headingTag(this.headingLevel, offset);
  }

  override render() {
    const lang = this._lang;
    const t = translator(lang);
    let body: unknown;
    switch (this._view) {
      case 'loading':
        body = html`<p part="loading" class="loading">${t('tutorial.loading')}</p>`;
        break;
      case 'error':
        body = this._renderError(t);
        break;
      case 'intro':
        body = this._renderIntro(t);
        break;
      case 'step':
        body = this._renderStep(t);
        break;
      case 'complete':
        body = this._renderComplete(t);
        break;
      default:
        body = nothing;
    }
    return html`<div part="base" class="base" lang=${lang}>${body}</div>`;
  }

  private _renderHeader(t: Translate): TemplateResult {
    const title = this._text(this._tutorial?.title);
    const h = this._heading(0);
    return html`<div class="header">
      <${h} part="title" class="title" lang=${this._langOf(title)}>${title.text}</${h}>
      ${renderTextSize(this._textSize, t, this._lang)}
    </div>`;
  }

  private _renderIntro(t: Translate): TemplateResult {
    const tutorial = this._tutorial!;
    const guide = this._guide!;
    const summary = tutorial.summary ? this._text(tutorial.summary) : undefined;
    const saved = guide.state.resumable ? guide.saved : undefined;
    const h = this._heading(1);
    return html`
      ${this._renderHeader(t)}
      <div class="intro" part="intro">
        ${summary ? html`<div part="summary" lang=${this._langOf(summary)}>${renderMarkdown(summary.text, t('tutorial.opensNewTab'))}</div>` : nothing}
        ${tutorial.minutes ? html`<p class="minutes" part="minutes">${clockIcon}<span>${t('tutorial.minutes', { count: tutorial.minutes })}</span></p>` : nothing}
        ${tutorial.requirements?.length
          ? html`<${h} class="subheading">${t('tutorial.whatYouNeed')}</${h}>
              <ul part="requirements">
                ${tutorial.requirements.map((r) => {
                  const req = this._text(r);
                  return html`<li lang=${this._langOf(req)}>${req.text}</li>`;
                })}
              </ul>`
          : nothing}
        ${saved
          ? html`<p class="saved">${t('tutorial.savedProgress')}</p>
              <div class="actions">
                <button part="button primary" class="primary" @click=${() => this._act((g) => g.resume())}>
                  ${t('tutorial.continueAt', { number: saved.index + 1, title: this._text(saved.step.title).text })}
                </button>
                <button part="button" @click=${() => this._act((g) => g.restart())}>${t('tutorial.startAgain')}</button>
              </div>`
          : html`<div class="actions">
              <button part="button primary" class="primary" @click=${() => this._act((g) => g.start())}>
                ${t('tutorial.start')}${nextIcon}
              </button>
            </div>`}
      </div>
    `;
  }

  private _renderStep(t: Translate): TemplateResult {
    const guide = this._guide!;
    const s = this._state!;
    const step = guide.step;
    const title = this._text(step.title);
    const h = this._heading(1);
    const count = t('tutorial.stepOf', { current: s.index + 1, total: s.total });
    return html`
      ${this._renderHeader(t)}
      ${this._renderProgress(t, s)}
      <${h} part="step-heading" class="step-heading" tabindex="-1" data-focus>
        <span part="step-count" class="step-count">${count}</span><span class="visually-hidden">: </span>
        <span part="step-title" class="step-title" lang=${this._langOf(title)}>${title.text}</span>
      </${h}>
      ${renderStepContent(step, { t, lang: this._lang, text: (text) => this._text(text), src: this.src })}
      ${step.choices?.length ? this._renderChoices(step, t) : nothing}
      <div part="nav" class="nav">
        ${guide.canGoBack
          ? html`<button part="button" class="back" @click=${() => this._act((g) => g.back())}>${backIcon}${t('tutorial.back')}</button>`
          : nothing}
        ${step.choices?.length
          ? nothing
          : html`<button part="button primary" class="primary next" @click=${() => this._act((g) => g.next())}>
              ${guide.isLast ? html`${t('tutorial.finish')}${checkIcon}` : html`${t('tutorial.next')}${nextIcon}`}
            </button>`}
      </div>
      <div part="help" class="help">
        <button part="button help-button" class="help-button" @click=${this._help}>${helpIcon}${t('help.getHelp')}</button>
        ${this._renderHelpDialog(t, s)}
      </div>
    `;
  }

  private _renderHelpDialog(t: Translate, s: GuideState): TemplateResult {
    return renderHelpDialog({
      t,
      lang: this._lang,
      open: this._helpOpen,
      tutorial: this._guide!.tutorial,
      stepId: s.stepId,
      onClosed: () => this._helpClosed(),
    });
  }

  private _renderProgress(t: Translate, s: GuideState): TemplateResult {
    const guide = this._guide!;
    return html`<details part="progress" class="progress">
      <summary>${t('progress.show')}</summary>
      <gp-progress
        lang=${this._lang}
        .tutorial=${guide.tutorial}
        .path=${s.path}
        .route=${guide.route}
        .current=${s.stepId}
      ></gp-progress>
    </details>`;
  }

  private _renderChoices(step: Step, t: Translate): TemplateResult {
    return html`<div part="choices" class="choices" role="group" aria-label=${t('tutorial.choose')}>
      <p class="choose">${t('tutorial.choose')}</p>
      ${step.choices!.map((choice, i) => {
        const label = this._text(choice.label);
        return html`<button part="button choice" class="choice" lang=${this._langOf(label)} @click=${() => this._act((g) => g.next(i))}>
          ${label.text}${nextIcon}
        </button>`;
      })}
    </div>`;
  }

  private _renderComplete(t: Translate): TemplateResult {
    const tutorial = this._tutorial!;
    const title = this._text(tutorial.title);
    const completion = tutorial.completion ? this._text(tutorial.completion) : undefined;
    const h = this._heading(1);
    return html`
      ${this._renderHeader(t)}
      <div part="complete" class="complete">
        <${h} class="complete-heading" tabindex="-1" data-focus>${checkIcon}<span>${t('tutorial.completeHeading')}</span></${h}>
        ${completion
          ? html`<div lang=${this._langOf(completion)}>${renderMarkdown(completion.text, t('tutorial.opensNewTab'))}</div>`
          : html`<p>${t('tutorial.completeBody', { title: title.text })}</p>`}
        <p>${t('tutorial.stepsDone', { count: this._state?.path.length ?? 0 })}</p>
        <div class="actions">
          <button part="button" @click=${() => this._act((g) => g.restart())}>${t('tutorial.startAgain')}</button>
        </div>
      </div>
    `;
  }

  private _renderError(t: Translate): TemplateResult {
    const failure = this._failure!;
    const retry = failure.kind === 'network' || failure.kind === 'not-found';
    return html`
      <div part="error" class="error" role="alert">
        <p class="error-heading">${errorIcon}<strong>${t('error.heading')}</strong></p>
        <p>${t(errorKeys[failure.kind])}</p>
      </div>
      ${retry && this.src
        ? html`<div class="actions"><button part="button" @click=${() => this.src && this._load(this.src)}>${t('error.retry')}</button></div>`
        : nothing}
      ${renderErrorDetails(t, this._lang, failure.detail)}
    `;
  }
}
