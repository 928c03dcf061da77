import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { createGuide, type Guide, type GuideChange, type GuideState } from '../../core/guide/index.js';
import { encodeReference } from '../../core/help/index.js';
import { translator } from '../../core/i18n/index.js';
import type { ProgressStore } from '../../core/progress/index.js';
import type { GpErrorDetail } from '../../core/events/index.js';
import type { Text, Tutorial } from '../../core/tutorial/index.js';
import { helpDialogStyles } from '../gp-help/help-dialog.styles.js';
import { emit } from '../shared/events.js';
import { closeHelpDialog, loadHelp, renderHelpDialog, showHelpDialog } from '../shared/help-dialog.js';
import { inheritedLang } from '../shared/lang.js';
import { announce } from '../shared/live-region.js';
import type { LoadFailureKind, LoadResult } from '../../core/load/index.js';
import { TutorialSource } from '../shared/tutorial-source.js';
import { contentStyles } from '../shared/content-styles.js';
import { base, tokens } from '../shared/styles.js';
import { TextSizeController } from '../shared/text-size.js';
import { storeFor } from '../shared/store-for.js';
import type { AnchorParts, StepAnchor, TargetState } from './anchor.js';
import { tourStyles } from './gp-tour.styles.js';
import { errorId, renderFailureView, renderStepView, titleId } from './step-view.js';
import { defaultTargetTimeout, focusedElement, isField } from './target.js';

const errorKeys: Record<LoadFailureKind, string> = {
  missing: 'error.missing',
  'not-found': 'error.notFound',
  network: 'error.network',
  invalid: 'error.invalid',
};

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
 * @fires gp-error - The tour could not be loaded or is invalid. Detail: `{ tutorialId?, message, problems }`.
 *
 * @csspart panel - The step's dialog; also `anchored` (beside its target) or `docked` (at the bottom).
 * @csspart ring - The outline drawn over the target (it never takes clicks).
 * @csspart eyebrow - The tour's title above the step.
 * @csspart step-heading - The step heading, with `step-count` and `step-title` inside.
 * @csspart step-count - "Step 2 of 6".
 * @csspart step-title - The step title, which names the dialog.
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
 * @csspart error - The error message (`role="alert"`).
 * @csspart error-details - The technical details for the page's authors.
 *
 * @cssprop --gp-tour-width - Width of the panel beside its target (default 24em).
 * @cssprop --gp-tour-z-index - Stacking order where the browser has no top layer (default 2147483000).
 * @cssprop --gp-color-tour-ring - Colour of the outline around the target (default #5b1a6b).
 * @cssprop --gp-color-tour-ring-halo - The light band on both sides of it (default #ffffff).
 * @cssprop --gp-font-size - Base text size (default 1.25rem = 20 px); the citizen's A+ / A++ scale it.
 * @cssprop --gp-color-accent - Panel border and main buttons (default #0a3d7a).
 */
export class GpTour extends LitElement {
  static override styles = [tokens, base, contentStyles, tourStyles, helpDialogStyles];

  /** URL of a tour file (a tutorial whose steps name a `target`). The `tutorial` property takes an object instead. */
  @property() src?: string;
  /** The tour as an object; it is validated like a file. */
  @property({ attribute: false }) tutorial?: Tutorial | unknown;
  /** Language of content and controls. Default: the inherited `lang`, then the tutorial's `lang`. */
  @property({ reflect: true }) override lang!: string;
  /** Where progress is saved: `local` (default, kept between visits), `session` or `none`. */
  @property() storage: 'local' | 'session' | 'none' = 'local';
  /** A custom progress store (for example one that syncs through the portal's accounts). */
  @property({ attribute: false }) store?: ProgressStore;
  /** Whether the tour is showing. Setting it starts the tour (like `start()`); removing it ends it (like `end()`). */
  @property({ type: Boolean, reflect: true }) open = false;
  /** How long a step waits for a target that is not on the page yet, in ms (default 3000), before it says so. */
  @property({ attribute: 'target-timeout', type: Number }) targetTimeout = defaultTargetTimeout;

  @state() private _tutorial?: Tutorial;
  @state() private _failure?: { kind: LoadFailureKind; detail: GpErrorDetail };
  @state() private _running = false;
  @state() private _state?: GuideState;
  /** Whether the Get help dialog is showing (its <gp-help> is rendered only then). */
  @state() private _helpOpen = false;
  @query('.panel') private _panel?: HTMLElement;
  @query('.ring') private _ring?: HTMLElement;
  @query('.spacer') private _spacer?: HTMLElement;
  @query('[data-focus]') private _focusTarget?: HTMLElement;

  private _guide?: Guide;
  private _previous?: Guide;
  private _unsubscribe?: () => void;
  private _loading?: Promise<void>;
  private readonly _source = new TutorialSource((result) => this._accept(result));
  private _opening?: Promise<void>;
  /** Bumped whenever the tour closes, so an opening still loading is dropped. */
  private _session = 0;
  private _startAt?: string;
  private _returnFocus?: HTMLElement;
  /** A new step (or the error view) was rendered and must be anchored and focused. */
  private _shown = false;
  /** Focus the heading even when focus is in a field of the page (the tour just opened). */
  private _takeFocus = false;
  /** Leave focus in the page: the citizen moved the tour on by acting on a field (`advanceOn`). */
  private _leaveFocus = false;
  private _langObserver?: MutationObserver;
  /**
   * Finds, watches and places beside each step's target. Loaded with Floating UI when a tour
   * first opens, so a page that only defines <gp-tour> does not pay for positioning.
   */
  private _anchor?: StepAnchor;
  /** Not reactive: only the note (when it is `missing`) shows it, so only that re-renders. */
  private _targetState: TargetState = 'none';

  constructor() {
    super();
    // Follows the text size the citizen picked in any guidepost element (A / A+ / A++).
    new TextSizeController(this);
  }

  /**
   * Opens the tour: at `stepId` when given, else where saved progress left off (`gp-start`
   * with `resumed: true`), else at the first step. Focus moves to the step heading. Resolves
   * once the step is on screen (or the tour could not be shown). Does nothing while open.
   */
  start(stepId?: string): Promise<void> {
    if (stepId !== undefined) this._startAt = stepId;
    return this._open();
  }

  /** Goes to the next step (or finishes on the last). On a step with choices, use its buttons. */
  next(): void {
    this._act((g) => g.next());
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
    // Follow a portal's language switch on <html lang> when this element has no lang of its own.
    this._langObserver = new MutationObserver(() => this.requestUpdate());
    this._langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    if (this.hasUpdated && this.open) void this._open();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._langObserver?.disconnect();
    // Leaving the page (a single-page app changed view): stop quietly; progress is saved.
    this._session += 1;
    this._opening = undefined;
    this._running = false;
    this._helpOpen = false;
    this._anchor?.release();
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    if (this._guide) this._previous = this._guide;
    this._guide = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const source = changed.has('tutorial') || changed.has('src');
    if (source && this._running) this._close('exit');
    if (changed.has('tutorial') && this.tutorial !== undefined) {
      this._loading = this._source.check(this.tutorial);
    } else if (changed.has('src') && this.src && this.tutorial === undefined) {
      this._loading = this._source.load(this.src);
    }
    // Content follows the language too, also when it changed on an ancestor (<html lang>).
    if (this._guide) this._guide.lang = this._lang;
    if (changed.has('open')) {
      if (this.open) void this._open();
      else if (this._running || this._opening) this._close('exit');
    }
  }

  protected override updated(): void {
    const panel = this._panel;
    if (!this._running || !panel) return;
    // Ring first, panel second: the top layer stacks in the order things are shown.
    for (const el of [this._ring, panel]) {
      if (el && typeof el.showPopover === 'function' && !el.matches(':popover-open')) el.showPopover();
    }
    if (!this._shown) return;
    this._shown = false;
    // A new step starts at the top of the panel, so its heading is in view even when the
    // citizen had scrolled the docked panel down to reach Next.
    panel.scrollTop = 0;
    const parts = this._parts(panel);
    if (this._guide) this._anchor?.follow(this._guide.step, parts);
    else this._anchor?.dockAlone(parts);
    this._settleFocus();
  }

  private get _lang(): string {
    return inheritedLang(this) ?? this._tutorial?.lang ?? 'vi';
  }

  private _parts(panel: HTMLElement): AnchorParts {
    return {
      panel,
      ring: this._ring!,
      spacer: this._spacer!,
      timeout: Number.isFinite(this.targetTimeout) ? this.targetTimeout : defaultTargetTimeout,
      lastControl: () => this._lastControl(),
      // Acting on a field (typing, choosing) moves on without taking focus from the page.
      // Decided from the target, since Chrome may fire `change` while focus is between fields.
      onAdvance: (target) => this._act((g) => g.next(), isField(target)),
      onTargetState: (s) => {
        const note = s === 'missing';
        if (note === (this._targetState === 'missing')) {
          this._targetState = s;
          return;
        }
        this._targetState = s;
        this.requestUpdate();
        if (note) announce(translator(this._lang)('tour.targetMissing'), this._lang);
      },
    };
  }

  private _accept(result: LoadResult): void {
    if (result.ok) {
      for (const w of result.warnings) console.warn(`[guidepost] ${result.tutorial.id}: ${w.path} ${w.message}`);
      this._tutorial = result.tutorial;
      this._failure = undefined;
      return;
    }
    this._tutorial = undefined;
    this._failure = { kind: result.kind, detail: result.detail };
    console.error(`[guidepost] ${result.detail.message}`, result.detail.problems);
    emit(this, 'gp-error', result.detail);
  }

  private _open(): Promise<void> {
    if (this._running) return Promise.resolve();
    if (this._opening) return this._opening;
    const active = focusedElement();
    this._returnFocus = active instanceof HTMLElement && active !== document.body && !this.shadowRoot?.contains(active) ? active : undefined;
    this.open = true;
    const session = this._session;
    const opening = this._begin(session).finally(() => {
      if (this._opening === opening) this._opening = undefined;
    });
    this._opening = opening;
    return opening;
  }

  private async _begin(session: number): Promise<void> {
    // Started with neither `src` nor `tutorial`: the check says so (the "missing" error).
    this._loading ??= this._source.check(this.tutorial);
    for (let loading = this._loading; ; loading = this._loading) {
      await loading;
      if (loading === this._loading) break;
    }
    if (session !== this._session) return;
    if (!this._anchor) {
      try {
        const { StepAnchor } = await import('./anchor.js');
        this._anchor ??= new StepAnchor();
      } catch (error) {
        console.error('[guidepost] Could not load the tour positioning code:', error);
        return;
      }
      if (session !== this._session) return;
    }
    const tutorial = this._tutorial;
    if (tutorial) {
      await this._previous?.flush();
      const guide = createGuide(tutorial, { store: this.store ?? storeFor(this.storage), lang: this._lang });
      await guide.ready;
      if (session !== this._session) return;
      this._guide = guide;
      this._unsubscribe = guide.subscribe((s, change) => this._onChange(s, change));
    }
    this._running = true;
    this._takeFocus = true;
    this._shown = true;
    const guide = this._guide;
    if (guide) {
      const at = this._startAt;
      this._startAt = undefined;
      if (at !== undefined && !guide.stepAt(at)) console.warn(`[guidepost] ${guide.tutorial.id}: there is no step "${at}" to start at.`);
      if (at !== undefined && guide.stepAt(at)) guide.start(at);
      else if (guide.state.resumable) guide.resume();
      else guide.start();
    }
    await this.updateComplete;
  }

  /** Runs a guide action for a method, a button or `advanceOn`; a mistake is logged, never thrown into the page. */
  private _act(action: (guide: Guide) => void, leaveFocus = false): void {
    const guide = this._guide;
    if (!guide || !this._running) return;
    this._leaveFocus = leaveFocus;
    try {
      action(guide);
    } catch (error) {
      this._leaveFocus = false;
      console.warn(`[guidepost] ${String((error as Error).message ?? error)}`);
    }
  }

  private _onChange(s: GuideState, change: GuideChange): void {
    const guide = this._guide!;
    this._state = s;
    const { tutorialId, revision, stepId, index, total } = s;
    if (change.type === 'complete') {
      emit(this, 'gp-complete', { tutorialId, revision, steps: s.path.length, ms: guide.elapsedMs });
      this._close('complete');
      return;
    }
    if (change.type === 'start' || change.type === 'resume' || change.type === 'restart') {
      emit(this, 'gp-start', { tutorialId, revision, stepId, index, total, resumed: change.type === 'resume' });
    }
    this._targetState = guide.step.target ? 'waiting' : 'none';
    this._shown = true;
    emit(this, 'gp-step-change', { tutorialId, stepId, index, total, from: change.from ?? null });
  }

  /**
   * Moves focus to the new heading, except when the citizen is typing or choosing in a field of
   * the page (an `advanceOn` step moved on, or the page called `next()`): focus stays there, so
   * their keys keep going to the field, and the step is announced instead.
   */
  private _settleFocus(): void {
    const take = this._takeFocus;
    const leave = this._leaveFocus;
    this._takeFocus = false;
    this._leaveFocus = false;
    const active = focusedElement();
    const inTour = active !== null && (active === this || this.shadowRoot!.contains(active));
    if (take || (!leave && (inTour || !isField(active)))) {
      this._focusTarget?.focus({ preventScroll: true });
      return;
    }
    const s = this._state;
    if (this._guide && s) {
      const t = translator(this._lang);
      announce(`${t('tutorial.stepOf', { current: s.index + 1, total: s.total })}: ${this._text(this._guide.step.title).text}`, this._lang);
    }
  }

  /** Closes the panel; `gp-exit` when it ended before the end; focus back when it was in the tour. */
  private _close(reason: 'exit' | 'complete'): void {
    this._session += 1;
    this._opening = undefined;
    this._startAt = undefined;
    const wasRunning = this._running;
    this._running = false;
    this.open = false;
    const active = focusedElement();
    const focusInTour = active === null || active === document.body || active === this || Boolean(this.shadowRoot?.contains(active));
    if (this._helpOpen) {
      // Closed first: while the modal help is open the rest of the page is inert and cannot take focus back.
      this._helpOpen = false;
      closeHelpDialog(this);
    }
    this._anchor?.release();
    const guide = this._guide;
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    this._guide = undefined;
    if (guide) this._previous = guide;
    if (!wasRunning) return;
    const s = guide?.state;
    if (reason === 'exit' && s?.started && !s.finished) emit(this, 'gp-exit', { tutorialId: s.tutorialId, stepId: s.stepId, index: s.index });
    const t = translator(this._lang);
    announce(t(reason === 'complete' ? 'tour.finished' : 'tour.closed'), this._lang);
    const back = this._returnFocus;
    this._returnFocus = undefined;
    if (focusInTour && back?.isConnected) back.focus();
  }

  // Get help -----------------------------------------------------------------------------------
  // Help opens in a native modal <dialog> beside the panel in this shadow root (not inside it, so
  // the panel's Escape and Tab handling never sees its keys). Shown after the panel, it stacks
  // above it in the top layer, and the panel stays open, inert, behind its backdrop.

  private async _help(): Promise<void> {
    const s = this._state;
    const guide = this._guide;
    if (!guide || !s) return;
    const tutorial = guide.tutorial;
    const reference = encodeReference({ tutorialId: tutorial.id, revision: tutorial.revision, stepId: s.stepId }, tutorial);
    emit(this, 'gp-help-request', { tutorialId: tutorial.id, stepId: s.stepId, reference, locale: this._lang });
    const session = this._session;
    await loadHelp();
    // The tour may have ended while <gp-help> loaded.
    if (session !== this._session || !this._running) return;
    this._helpOpen = true;
    await showHelpDialog(this);
  }

  /** The dialog closed (Close, Escape, or the page calling close()): back to Get help. */
  private _helpClosed(): void {
    // Already handled when the tour itself closed the help on its way out.
    if (!this._helpOpen) return;
    this._helpOpen = false;
    this._panel?.querySelector<HTMLElement>('.help-button')?.focus();
  }

  private _text(text: Text) {
    return this._guide!.localize(text);
  }

  /** The panel's last control (Next, or Finish): in the tour's tab order the target follows it. */
  private _lastControl(): HTMLElement | undefined {
    return [...(this._panel?.querySelectorAll<HTMLElement>('button, a[href], summary') ?? [])].pop();
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
    const target = this._anchor?.target;
    if (e.key !== 'Tab' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || !target || target.tabIndex < 0) return;
    const last = this._lastControl();
    if (last && e.composedPath()[0] === last) {
      e.preventDefault();
      target.focus();
    }
  }

  override render() {
    if (!this._running) return html`<div class="spacer"></div>`;
    const lang = this._lang;
    const t = translator(lang);
    const guide = this._guide;
    const s = this._state;
    let content: unknown = nothing;
    if (guide && s) {
      content = renderStepView({
        t,
        lang,
        tutorialTitle: this._text(guide.tutorial.title),
        step: guide.step,
        count: t('tutorial.stepOf', { current: s.index + 1, total: s.total }),
        canGoBack: guide.canGoBack,
        isLast: guide.isLast,
        targetMissing: this._targetState === 'missing',
        text: (text) => this._text(text),
        src: this.src,
        on: {
          close: () => this._close('exit'),
          back: () => this._act((g) => g.back()),
          next: (choice) => this._act((g) => g.next(choice)),
          help: () => void this._help(),
        },
      });
    } else if (this._failure) {
      content = renderFailureView(t, lang, t(errorKeys[this._failure.kind]), this._failure.detail, () => this._close('exit'));
    }
    return html`<div class="spacer"></div>
      <div class="ring" part="ring" popover="manual" aria-hidden="true"></div>
      <div
        class="panel docked"
        part="panel docked"
        role="dialog"
        aria-labelledby=${guide ? titleId : errorId}
        popover="manual"
        lang=${lang}
        @keydown=${this._onKeydown}
      >
        <div class="inner">${content}</div>
      </div>
      ${guide && s
        ? renderHelpDialog({ t, lang, open: this._helpOpen, tutorial: guide.tutorial, stepId: s.stepId, onClosed: () => this._helpClosed() })
        : nothing}`;
  }
}
