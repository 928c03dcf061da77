import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Guide, GuideChange, GuideState } from '../../core/guide/index.js';
import type { Translate } from '../../core/i18n/index.js';
import type { Tutorial } from '../../core/tutorial/index.js';
import { failureMessage, type LoadResult } from '../../core/load/index.js';
import { helpDialogStyles } from '../gp-help/help-dialog.styles.js';
import { emit } from '../common/events.js';
import { GuideElement } from '../common/guide-element.js';
import { headingTag } from '../common/heading.js';
import { whenIdle } from '../common/idle.js';
import { announce } from '../common/live-region.js';
import { contentStyles } from '../common/content-styles.js';
import { stepStyles } from '../common/step-styles.js';
import { failureAnnouncement, stepViewOf } from '../common/step-view.js';
import { base, tokens } from '../common/styles.js';
import type { Placement, TargetState } from './anchor.js';
import { Anchoring, type AnchorCallbacks } from './anchoring.js';
import { tourStyles } from './gp-tour.styles.js';
import { lastControl, tabToTarget, TourFocus } from './focus.js';
import { isNarrow } from './placement.js';
import { defaultTargetTimeout, isField } from './target.js';
import { errorId, nameId, renderTourFailure, renderTourStep, warmFirstStep } from './tour-view.js';
import { TourPhase } from './phase.js';

/**
 * An in-page tour over the portal's own form: each step of a tutorial is a non-modal dialog
 * beside the element of the page it names (`target`), which is outlined and scrolled into view.
 * On narrow screens, at high zoom or with large text, the step is a panel docked at the bottom
 * of the viewport instead, with the target scrolled above it. The citizen can Tab from the
 * panel to the highlighted field, type in it (no key typed in the page is ever taken over), and
 * Shift+Tab back. Escape (with focus in the panel) or Close ends the tour and puts focus back
 * where it was. Progress is saved (localStorage by default) and resumed by the next `start()`.
 * Get help opens `<gp-help>` (the step's help, then the tour's) in a modal dialog above the
 * step; Escape or Close there closes only the help and puts focus back on Get help.
 *
 * Put it at the end of `<body>`: while docked it reserves the panel's height there, so the
 * end of the page can be scrolled above the panel.
 *
 * @summary An accessible guided tour over the portal's own page.
 * @tagname gp-tour
 *
 * @fires gp-start - The tour starts or resumes. Detail: `{ tutorialId, revision, stepId, index, total, resumed }`.
 * @fires gp-step-change - A step is shown. Detail: `{ tutorialId, stepId, index, total, from }`.
 * @fires gp-complete - Finish was pressed on the last step. Detail: `{ tutorialId, revision, steps, ms }`.
 * @fires gp-exit - Closed before the end (Close, Escape, `end()`, or `open` removed). Detail: `{ tutorialId, stepId, index }`.
 * @fires gp-help-request - The citizen pressed Get help (help opens in a dialog). Detail: `{ tutorialId, stepId, reference, locale }`.
 * @fires gp-read-aloud - Read aloud started, was stopped, or read the step to its end. Detail: `{ tutorialId, stepId, lang, action }` (`start`, `stop`, `end`).
 * @fires gp-error - The tour could not be loaded or is invalid. Detail: `{ tutorialId?, message, problems }`.
 *
 * @csspart panel - The step's dialog; also `anchored` (beside its target) or `docked` (at the bottom).
 * @csspart ring - The outline drawn over the target (it never takes clicks).
 * @csspart eyebrow - The tour's title above the step, which names the dialog (kept for screen readers only when the panel is narrow for its text).
 * @csspart step-heading - The step heading, with `step-count` and `step-title` inside.
 * @csspart step-count - "Step 2 of 6".
 * @csspart step-title - The step title.
 * @csspart read-button - Read aloud under the step heading (only when a voice or a recording exists for the language), then Pause / Resume.
 * @csspart read - The row of controls while it reads (Pause or Resume, `read-stop`, `read-slower`).
 * @csspart body - The step's text.
 * @csspart image - The step's figure.
 * @csspart tip - The tip box.
 * @csspart warning - The warning box.
 * @csspart note - The note shown when the target is not on the page.
 * @csspart choices - The group of choice buttons.
 * @csspart help - The Get help row.
 * @csspart nav - The Back / Next row.
 * @csspart button - Every button; also `primary`, `close`, `choice`, `help-button`, `help-close`.
 * @csspart help-dialog - The Get help `<dialog>`; its Close button is `help-close`.
 * @csspart error - The error heading and message (said through the page's live region).
 * @csspart error-details - The technical details for the page's authors.
 *
 * @cssprop --gp-tour-width - Width of the panel beside its target (default 24em).
 * @cssprop --gp-tour-z-index - Stacking order where the browser has no top layer (default 2147483000).
 * @cssprop --gp-color-tour-ring - Colour of the outline around the target (default #5b1a6b).
 * @cssprop --gp-color-tour-ring-halo - The light band on both sides of it (default #ffffff).
 * @cssprop --gp-font-size - Base text size (default 1.25rem = 20 px); the citizen's A+ / A++ scale it.
 * @cssprop --gp-color-accent - Panel border and main buttons (default #0a3d7a).
 */
export class GpTour extends GuideElement {
  static override styles = [tokens, base, contentStyles, stepStyles, tourStyles, helpDialogStyles];
  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
    targetTimeout: { attribute: 'target-timeout', type: Number },
    _placement: { state: true },
  };

  /** Whether the tour is showing. Setting it starts the tour (like `start()`); removing it ends it (like `end()`). */
  open = false;
  /** How long a step waits for a target that is not on the page yet, in ms (default 3000), before it says so. */
  targetTimeout = defaultTargetTimeout;

  /** 'closed' | 'opening' | 'open', in one place; it re-renders the tour when it changes. */
  private readonly _phase = new TourPhase(this);
  /** Reported by the anchor; the template alone writes the panel's `class` and `part`. */
  private _placement: Placement = 'docked';
  private get _panel(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.panel') ?? undefined;
  }
  private get _ring(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.ring') ?? undefined;
  }
  private get _spacer(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.spacer') ?? undefined;
  }

  private _startAt?: string;
  /** A new step (or the error view) was rendered and must be anchored and focused. */
  private _shown = false;
  private readonly _focus = new TourFocus(this);
  /** Finds, watches and places beside each step's target (loaded when a tour first opens). */
  private readonly _anchor = new Anchoring(this);
  /** Not reactive: only the note (when it is `missing`) shows it, so only that re-renders. */
  private _targetState: TargetState = 'none';

  /**
   * Opens the tour: at `stepId` when given, else where saved progress left off (`gp-start`
   * with `resumed: true`), else at the first step. Focus moves to the step heading. Resolves
   * once the step is on screen (or the tour could not be shown). Does nothing while open.
   */
  start(stepId?: string): Promise<void> {
    if (stepId !== undefined) this._startAt = stepId;
    return this._open();
  }

  /** Goes to the next step (or finishes on the last). A step with choices takes the index of the choice. */
  next(choiceIndex?: number): void {
    this._act((g) => g.next(choiceIndex));
  }

  /** Goes back one step along the path the citizen took. */
  back(): void {
    this._act((g) => g.back());
  }

  /** Ends the tour before the end: `gp-exit`, and focus goes back to where it was when it started. */
  end(): void {
    this._close('exit');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.open) void this._open();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Leaving the page (a single-page app changed view): stop quietly; progress is saved.
    this._close('leave');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('tutorial') || changed.has('src')) && this._phase.value === 'open') this._close('exit');
    this._source.sync(changed);
    if (changed.has('open')) {
      if (this.open) void this._open();
      else if (this._phase.value !== 'closed') this._close('exit');
    }
  }

  protected override updated(): void {
    const panel = this._panel;
    if (this._phase.value !== 'open' || !panel) return;
    // Ring first, panel second: the top layer stacks in the order things are shown.
    for (const el of [this._ring, panel]) {
      if (el && typeof el.showPopover === 'function' && !el.matches(':popover-open')) el.showPopover();
    }
    if (!this._shown) return;
    this._shown = false;
    // A new step starts at the top of the panel, so its heading is in view even when the
    // citizen had scrolled the docked panel down to reach Next.
    panel.scrollTop = 0;
    const scroller = panel.querySelector('.scroll');
    if (scroller) scroller.scrollTop = 0;
    const guide = this._host.guide;
    this._anchor.show(guide?.step, { panel, ring: this._ring!, spacer: this._spacer!, ...this._callbacks() });
    const failure = this._failure;
    if (!guide && failure) {
      // The error view: its heading takes focus and the page's live region says what went wrong.
      const t = this._language.t;
      announce(failureAnnouncement(t, t(failureMessage[failure.kind])), this._language.lang);
    }
    this._focus.settle(this._focusTarget, () => {
      if (guide) announce(`${this._host.count()}: ${this._host.text(guide.step.title).text}`, this._language.lang);
    });
  }

  private _callbacks(): AnchorCallbacks {
    return {
      timeout: Number.isFinite(this.targetTimeout) ? this.targetTimeout : defaultTargetTimeout,
      lastControl: () => lastControl(this._panel),
      // Acting on a field (typing, choosing) moves on without taking focus from the page.
      // Decided from the target, since Chrome may fire `change` while focus is between fields.
      onAdvance: (target) => this._act((g) => g.next(), isField(target)),
      onTargetState: (s) => {
        const note = s === 'missing';
        const changed = note !== (this._targetState === 'missing');
        this._targetState = s;
        if (!changed) return;
        this.requestUpdate();
        if (note) announce(this._language.t('tour.targetMissing'), this._language.lang);
      },
      onPlacement: (placement) => {
        this._placement = placement;
        return this.updateComplete;
      },
    };
  }

  protected _accept(result: LoadResult): void {
    this._tutorial = result.ok ? result.tutorial : undefined;
    this._failure = result.ok ? undefined : { kind: result.kind, detail: result.detail };
    if (result.ok) whenIdle(() => this._warm(result.tutorial));
  }

  /** Prepares the first step's templates and text at idle, while the tour is still closed (tour-view.ts). */
  private _warm(tutorial: Tutorial): void {
    if (this._phase.value !== 'closed' || this._tutorial !== tutorial || !this.renderRoot) return;
    warmFirstStep(this.renderRoot, tutorial, this._language.lang, this._language.t, this._source.imageBase);
    // The first look at the browser's voices starts its speech service: here, not on the click.
    globalThis.speechSynthesis?.getVoices();
  }


  private _open(): Promise<void> {
    return this._phase.open((current) => {
      this._focus.opening();
      this.open = true;
      return this._begin(current);
    });
  }

  /** Waits for the tutorial (with neither `src` nor `tutorial`: the "missing" error) and, where the step can float, the positioning code, then shows the step. */
  private async _begin(current: () => boolean): Promise<void> {
    if (!this._source.started) void this._source.check(this.tutorial);
    await this._source.settled();
    if (!current()) return;
    await this._anchor.load();
    if (!current()) return;
    const guide = this._tutorial ? await this._host.create(this._tutorial) : undefined;
    if (!current() || (this._tutorial && !guide)) return;
    this._phase.opened();
    this._focus.take();
    this._shown = true;
    if (guide && !this._host.openAt(this._startAt)) {
      if (guide.state.resumable) guide.resume();
      else guide.start();
    }
    this._startAt = undefined;
    // Rendered first where it will most likely stand (beside its target, on a wide screen), so
    // placing it there needs no second render before the first step is painted.
    if (guide?.step.target && !isNarrow()) this._placement = 'anchored';
    await this.updateComplete;
  }

  /** Runs a guide action for a method, a button or `advanceOn`; a mistake is logged, never thrown into the page. */
  private _act(action: (guide: Guide) => void, leaveFocus = false): void {
    if (this._phase.value !== 'open') return;
    this._focus.acting(leaveFocus, () => this._host.act(action));
    // The new step is rendered before next() or back() returns, not in a microtask after: a
    // page that reads the panel (or a screen reader that follows focus) right after the call
    // finds the step it asked for. The frame painted is the same.
    if (this.isUpdatePending) this.performUpdate();
  }

  protected _onChange(_s: GuideState, change: GuideChange): void {
    if (change.type === 'complete') {
      this._close('complete');
      return;
    }
    this._targetState = this._host.guide?.step.target ? 'waiting' : 'none';
    this._shown = true;
  }

  /**
   * The one way the tour closes: `exit` (Close, Escape, `end()`, `open` removed) sends
   * `gp-exit`; `complete` follows Finish; `leave` (the element left the page) stops quietly and
   * keeps `open`, so the tour opens again if the element comes back. Progress is saved.
   */
  private _close(reason: 'exit' | 'complete' | 'leave'): void {
    const wasOpen = this._phase.close();
    const quiet = reason === 'leave';
    this._placement = 'docked';
    if (!quiet) {
      this._startAt = undefined;
      this.open = false;
    }
    const focusInTour = this._focus.inTour();
    this._help.dismiss(quiet);
    this._anchor.release();
    const s = this._host.state;
    this._host.release();
    if (!wasOpen || quiet) return;
    if (reason === 'exit' && s?.started && !s.finished) emit(this, 'gp-exit', { tutorialId: s.tutorialId, stepId: s.stepId, index: s.index });
    announce(this._language.t(reason === 'complete' ? 'tour.finished' : 'tour.closed'), this._language.lang);
    this._focus.giveBack(focusInTour);
  }

  // Help opens in a native modal <dialog> beside the panel in this shadow root (not inside it,
  // so the panel's Escape and Tab handling never sees its keys). Shown after the panel, it
  // stacks above it in the top layer, and the panel stays open, inert, behind its backdrop.
  private _openHelp(): Promise<void> {
    // The tour may have ended while <gp-help> loaded.
    return this._help.open(this._phase.session());
  }

  private _onKeydown(e: KeyboardEvent): void {
    // Only keys pressed inside the panel reach here: the page's own fields are never listened to.
    if (e.isComposing) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      this._close('exit');
      return;
    }
    // In the tour's tab order the target follows the panel: Tab on Next leads to the field.
    tabToTarget(e, this._panel, this._anchor.target);
  }

  override render() {
    if (this._phase.value !== 'open') return html`<div class="spacer"></div>`;
    const lang = this._language.lang;
    const t = this._language.t;
    const guide = this._host.guide;
    const placement = this._placement;
    return html`<div class="spacer"></div>
      <div class="ring" part="ring" popover="manual" aria-hidden="true"></div>
      <div
        class="panel ${placement}"
        part="panel ${placement}"
        role="dialog"
        aria-labelledby=${nameId}
        popover="manual"
        lang=${lang}
        @keydown=${this._onKeydown}
      >
        ${guide ? this._renderStep(guide) : this._renderFailure(t)}
      </div>
      ${this._help.render()}`;
  }

  private _renderStep(guide: Guide) {
    return renderTourStep({
      step: stepViewOf(this._host, this._language, {
        src: this._source.imageBase,
        heading: headingTag(2),
        read: this._read.render(),
        on: { back: () => this._act((g) => g.back()), next: (choice) => this._act((g) => g.next(choice)), help: () => void this._openHelp() },
      }),
      name: this._host.text(guide.tutorial.title),
      targetMissing: this._targetState === 'missing',
      close: () => this._close('exit'),
    });
  }

  private _renderFailure(t: Translate) {
    const failure = this._failure;
    if (!failure) return nothing;
    const lang = this._language.lang;
    const message = t(failureMessage[failure.kind]);
    return renderTourFailure({ t, lang, message, detail: failure.detail, heading: headingTag(2), headingId: errorId }, () => this._close('exit'));
  }
}
