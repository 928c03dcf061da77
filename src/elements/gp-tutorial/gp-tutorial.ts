import { noChange, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html, type StaticValue } from 'lit/static-html.js';
import type { GuideChange, GuideState } from '../../core/guide/index.js';
import type { Translate } from '../../core/i18n/index.js';
import { failureMessage, type LoadResult } from '../../core/load/index.js';
import type { Tutorial } from '../../core/tutorial/index.js';
import { DocumentTitleController } from '../controllers/document-title.js';
import { GuideHostController } from '../controllers/guide-host.js';
import { headingTag } from '../common/heading.js';
import { announce } from '../common/live-region.js';
import { langOf } from '../common/step-content.js';
import { failureAnnouncement, renderFailure, renderStepPieces, stepViewOf } from '../common/step-view.js';
import { contentStyles } from '../common/content-styles.js';
import { stepStyles } from '../common/step-styles.js';
import { base, tokens } from '../common/styles.js';
import { helpDialogStyles } from '../gp-help/help-dialog.styles.js';
import { tutorialStyles } from './gp-tutorial.styles.js';
import { renderDisplay, renderTextSize } from './text-size-control.js';
import { renderComplete, renderIntro, type WalkViewModel } from './views.js';
import { GuideElement } from '../common/guide-element.js';

type View = 'empty' | 'loading' | 'error' | 'intro' | 'step' | 'complete';

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
 * @fires gp-read-aloud - Read aloud started, was stopped, or read the step to its end. Detail: `{ tutorialId, stepId, lang, action }` (`start`, `stop`, `end`).
 * @fires gp-error - The tutorial could not be loaded or is invalid. Detail: `{ tutorialId?, message, problems }`.
 *
 * @csspart base - The whole walkthrough.
 * @csspart title - The tutorial title heading.
 * @csspart text-size - The group of A / A+ / A++ buttons; each is also `text-size-button`.
 * @csspart display - The Display disclosure beside them (contrast theme, line spacing); its summary is `display-summary`, its rows `display-theme` and `display-spacing`, each button also `display-theme-button` or `display-spacing-button`.
 * @csspart intro - The start view; inside it `summary`, `minutes` and `requirements`.
 * @csspart summary - The tutorial's summary on the start view.
 * @csspart minutes - "About 10 minutes".
 * @csspart requirements - The "What you need" list.
 * @csspart progress - The collapsible "Show all steps" list.
 * @csspart step-heading - The step heading, with `step-count` and `step-title` inside.
 * @csspart step-count - "Step 2 of 7".
 * @csspart step-title - The step title.
 * @csspart read-button - Read aloud under the step heading (only when a voice or a recording exists for the language), then Pause / Resume.
 * @csspart read - The row of controls while it reads (Pause or Resume, `read-stop`, `read-slower`).
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
 * @csspart error - The error heading and message (said through the page's live region).
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
export class GpTutorial extends GuideElement {
  static override styles = [tokens, base, contentStyles, stepStyles, tutorialStyles, helpDialogStyles];
  static override properties: PropertyDeclarations = {
    start: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    documentTitle: { attribute: 'document-title', type: Boolean },
    _view: { state: true },
  };

  /** A step id to open at, skipping the start view. */
  declare start?: string;
  /** The heading level of the tutorial title (default 2); step headings are one level below. */
  headingLevel = 2;
  /**
   * Opt-in: while a step or the completion view is shown, the page title starts with it
   * ("Step 2 of 7: Install the app – <page title>"), so screen reader users and people with
   * many tabs know where they are. The page's own title comes back when this is removed.
   */
  documentTitle = false;

  private _view: View = 'empty';

  private _moveFocus = false;
  private readonly _title = new DocumentTitleController(this);

  /**
   * Goes to the next step (or finishes on the last), like `Guide.next()`: from the start view
   * it starts at the first step and moves on. A step with choices takes the index of the choice.
   */
  next(choiceIndex?: number): void {
    this._act((g) => g.next(choiceIndex));
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this._source.sync(changed)) {
      if (this.tutorial === undefined) this._view = 'loading';
    } else if (this.hasUpdated && (changed.has('storage') || changed.has('store')) && this._tutorial) {
      // A store given after the tutorial (frameworks often set properties one by one).
      void this._setUp(this._tutorial);
    }
  }

  protected override updated(): void {
    // Still the old view (render() kept it): its focus and the page title wait for the new guide.
    if (this._waiting()) return;
    if (this._moveFocus && this._focusTarget) {
      this._moveFocus = false;
      this._focusTarget.focus();
    }
    this._title.show(this.documentTitle ? this._where() : undefined);
  }

  /** A view that needs a guide is to be shown while a new guide is being made. */
  private _waiting(): boolean {
    return (this._view === 'intro' || this._view === 'step' || this._view === 'complete') && !this._host.state;
  }

  /** Where the citizen is, for the page title: the step or the completion view. */
  private _where(): string | undefined {
    const guide = this._host.guide;
    if (this._view === 'complete') return this._language.t('tutorial.completeHeading');
    if (this._view !== 'step' || !guide) return undefined;
    return `${this._host.count()}: ${this._host.text(guide.step.title).text}`;
  }

  protected _accept(result: LoadResult): void {
    if (result.ok) {
      void this._setUp(result.tutorial);
      return;
    }
    this._host.release();
    this._tutorial = undefined;
    this._failure = { kind: result.kind, detail: result.detail };
    // Said through the page's live region. Focus moves to the error's heading after Try again
    // or when it was in the walkthrough; never on page load, nor for a move an earlier view
    // left pending (a tutorial set by the page, such as the editor's preview, turned invalid).
    this._moveFocus = (this._moveFocus && this._view === 'loading') || Boolean(this.shadowRoot?.activeElement);
    this._view = 'error';
    const t = this._language.t;
    announce(failureAnnouncement(t, t(failureMessage[result.kind])), this._language.lang);
  }

  private async _setUp(tutorial: Tutorial): Promise<void> {
    this._tutorial = tutorial;
    this._failure = undefined;
    const guide = await this._host.create(tutorial);
    if (!guide) return;
    if (!this._host.openAt(this.start)) this._view = 'intro';
  }

  /** Runs a guide action for a method or a button; a mistake is logged, never thrown into the page. */
  private _act(action: Parameters<GuideHostController['act']>[0]): void {
    this._moveFocus = true;
    if (!this._host.act(action)) this._moveFocus = false;
    // The new step is rendered before next(), back(), goTo() or restart() returns (as in <gp-tour>).
    if (this.isUpdatePending) this.performUpdate();
  }

  protected _onChange(s: GuideState, change: GuideChange): void {
    this._view = s.finished ? 'complete' : 'step';
    if (change.type === 'start' || change.type === 'resume' || change.type === 'restart') {
      // Said once per walk, politely, so the citizen knows they may stop and come back.
      if (this.store || this.storage !== 'none') announce(this._language.t('tutorial.saved'), this._language.lang);
    }
  }

  private _heading(offset: number): StaticValue {
    return headingTag(this.headingLevel, offset);
  }

  override render() {
    // While a new guide is made (a new tutorial set in the editor's preview, a store given
    // after the tutorial), what is on screen stays as it is until the guide is ready: the view
    // neither flashes empty nor is built again from nothing, and focus stays where it was.
    if (this._waiting()) return this.hasUpdated ? noChange : nothing;
    const lang = this._language.lang;
    const t = this._language.t;
    const views: Record<View, () => unknown> = {
      empty: () => nothing,
      loading: () => html`<p part="loading" class="loading">${t('tutorial.loading')}</p>`,
      error: () => this._renderError(t),
      intro: () => this._renderIntro(t),
      step: () => this._renderStep(t),
      complete: () => this._renderComplete(t),
    };
    return html`<div part="base" class="base" lang=${lang}>${views[this._view]()}</div>`;
  }

  private _renderHeader(t: Translate): TemplateResult {
    const title = this._host.text(this._tutorial?.title);
    const h = this._heading(0);
    return html`<div class="header">
      <${h} part="title" class="title" lang=${langOf(title, this._language.lang)}>${title.text}</${h}>
      ${renderTextSize(this._textSize, t, this._language.lang)}${renderDisplay(t)}
    </div>`;
  }

  private _renderIntro(t: Translate): TemplateResult {
    return html`${this._renderHeader(t)}${renderIntro(this._views(t))}`;
  }

  private _renderStep(t: Translate): TemplateResult {
    const guide = this._host.guide!;
    const s = this._host.state!;
    const lang = this._language.lang;
    const step = renderStepPieces(
      stepViewOf(this._host, this._language, {
        src: this._source.imageBase,
        heading: this._heading(1),
        choosePrompt: true,
        read: this._read.render(),
        on: { back: () => this._act((g) => g.back()), next: (choice) => this._act((g) => g.next(choice)), help: () => void this._help.open() },
      }),
    );
    return html`
      ${this._renderHeader(t)}
      <details part="progress" class="progress" aria-label=${t('progress.group')}>
        <summary>${t('progress.show')}</summary>
        <gp-progress lang=${lang} .tutorial=${guide.tutorial} .path=${s.path} .route=${guide.route} .current=${s.stepId}></gp-progress>
      </details>
      ${step.heading} ${step.content} ${step.choices} ${step.nav} ${step.help(this._help.render())}
    `;
  }

  private _renderComplete(t: Translate): TemplateResult {
    return html`${this._renderHeader(t)}${renderComplete(this._views(t))}`;
  }

  private _views(t: Translate): WalkViewModel {
    return {
      t,
      lang: this._language.lang,
      tutorial: this._tutorial!,
      guide: this._host.guide!,
      heading: this._heading(1),
      text: (text) => this._host.text(text),
      act: (action) => this._act(action),
    };
  }

  private _renderError(t: Translate): TemplateResult {
    const failure = this._failure!;
    const src = this.src;
    const retry = (failure.kind === 'network' || failure.kind === 'not-found') && src;
    return renderFailure({
      t,
      lang: this._language.lang,
      heading: this._heading(0),
      message: t(failureMessage[failure.kind]),
      detail: failure.detail,
      actions: retry
        ? html`<div class="actions"><button part="button" @click=${() => this._retry(src)}>${t('error.retry')}</button></div>`
        : nothing,
    });
  }

  private _retry(src: string): void {
    // What the load comes to (the error again, or the start view) takes focus from Try again.
    this._moveFocus = true;
    this._view = 'loading';
    void this._source.load(src);
  }
}
