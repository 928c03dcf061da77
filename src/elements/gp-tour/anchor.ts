/**
 * Ties the tour's panel and ring to one step's target on the portal's page: finds it (waiting
 * for it when it renders late), outlines it, scrolls it into view, places the panel beside it
 * or docks the panel at the bottom of the viewport, and listens for `advanceOn`. It never
 * changes the page's own elements: no styles, no attributes, no classes. Of the tour's panel it
 * sets only the position (`left`, `top`, `data-placement`) and what a docked panel needs to show its heading and actions (`--_dock-height`, `--_heading-end`, `data-crowded`); whether the panel is anchored or
 * docked it reports, and the tour renders.
 */
import type { Step } from '../../core/tutorial/index.js';
import { coverTarget, fitDock, isNarrow, loadBeside, scrollAbove, scrollToCenter, trackTarget } from './placement.js';
import { findTarget, isTabbable, watchTarget } from './target.js';

/** Where the step's target stands: no target named, found, being waited for, or given up on. */
export type TargetState = 'none' | 'found' | 'waiting' | 'missing';

/** Where the panel stands: beside its target, or docked at the bottom of the viewport. */
export type Placement = 'anchored' | 'docked';

/** The tour's own parts the anchor moves, and what it tells the tour. */
export interface AnchorParts {
  readonly panel: HTMLElement;
  readonly ring: HTMLElement;
  readonly spacer: HTMLElement;
  /** How long to wait for a missing target before saying so, in ms. */
  readonly timeout: number;
  /** The panel's last control (Next): where Shift+Tab on the target leads back to. */
  readonly lastControl: () => HTMLElement | undefined;
  /** The citizen did the step's `advanceOn` action on `target`. */
  readonly onAdvance: (target: HTMLElement) => void;
  readonly onTargetState: (state: TargetState) => void;
  /**
   * The panel must be shown `anchored` or `docked`. The tour's template owns the panel's
   * `class` and `part` and renders them; resolves once it has, so the panel can be measured.
   */
  readonly onPlacement: (placement: Placement) => Promise<unknown>;
}

export class StepAnchor {
  private _parts?: AnchorParts;
  private _target: HTMLElement | undefined;
  private _step?: Step;
  private _docked = true;
  /** How the current target was scrolled, so it is scrolled once per target and placement. */
  private _scrolled: 'center' | 'above' | undefined;
  /** Bumped by every placement, so a slow one that finishes after a newer one is dropped. */
  private _seq = 0;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  /** The viewport size the panel was docked in for the current target. */
  private _dockedIn: string | undefined;
  private _stopWatch?: () => void;
  private _stopTarget: (() => void)[] = [];
  private _resize?: ResizeObserver;
  /** The frame a resize asked for, so several resizes in one frame place the panel once. */
  private _frame = 0;

  /** The element the step points at, while it is on the page. */
  get target(): HTMLElement | undefined {
    return this._target;
  }

  /** Starts following `step`: finds its target now, or waits for it. */
  follow(step: Step, parts: AnchorParts): void {
    this.release();
    this._step = step;
    this._parts = parts;
    this._watchSizes(parts.panel);
    const selector = step.target;
    if (!selector) {
      this._use(undefined);
      parts.onTargetState('none');
      return;
    }
    const found = findTarget(selector);
    this._use(found);
    this._report(found);
    this._stopWatch = watchTarget(
      selector,
      found,
      (el) => {
        this._use(el);
        this._report(el);
      },
      // The page changed but the target is the same element: it may have moved (a notice
      // inserted above it, a section opened), so it is placed again in the next frame.
      () => this._placeSoon(),
    );
  }

  /** Docks the panel with nothing to point at (the tour's error view). */
  dockAlone(parts: AnchorParts): void {
    this.release();
    this._parts = parts;
    this._watchSizes(parts.panel);
    this._use(undefined);
  }

  /**
   * Follows changes of size of the panel (its text grew, the citizen picked A++) and of the
   * target. A ResizeObserver callback must not change the size of what it observes, or Chrome
   * reports "ResizeObserver loop completed with undelivered notifications"; docking or narrowing
   * the panel does exactly that. So a resize only asks for the next animation frame, where the
   * panel is placed and the spacer fitted, before that frame's layout and paint.
   */
  private _watchSizes(panel: HTMLElement): void {
    this._resize = new ResizeObserver(() => this._placeSoon());
    // The panel keeps its height when its text grows (A++ picked in another guide) while it is
    // docked at its tallest, so the parts that set the height it needs are watched too.
    for (const part of [panel, ...panel.children, panel.querySelector('[data-focus]')]) if (part) this._resize.observe(part);
  }

  /** Places the panel (or fits the spacer) in the next animation frame, once however often asked. */
  private _placeSoon(): void {
    if (this._frame || !this._parts) return;
    this._frame = requestAnimationFrame(() => {
      this._frame = 0;
      const target = this._target;
      if (target) void this._place(target);
      else this._fitSpacer();
    });
  }

  /** Stops following: listeners, observers and timers are gone, and the page is as it was. */
  release(): void {
    this._stopWatch?.();
    this._stopWatch = undefined;
    clearTimeout(this._timer);
    this._timer = undefined;
    this._releaseTarget();
    this._resize?.disconnect();
    this._resize = undefined;
    cancelAnimationFrame(this._frame);
    this._frame = 0;
    this._parts?.spacer.style.setProperty('height', '0px');
    this._parts = undefined;
    this._step = undefined;
  }

  /** Tells the tour whether the target is there, and starts the wait when it is not. */
  private _report(el: HTMLElement | undefined): void {
    const parts = this._parts!;
    clearTimeout(this._timer);
    if (el) {
      parts.onTargetState('found');
      return;
    }
    parts.onTargetState('waiting');
    this._timer = setTimeout(() => parts.onTargetState('missing'), Math.max(0, parts.timeout));
  }

  private _releaseTarget(): void {
    if (this._target) this._resize?.unobserve(this._target);
    for (const stop of this._stopTarget) stop();
    this._stopTarget = [];
    this._target = undefined;
    this._scrolled = undefined;
    this._dockedIn = undefined;
    this._seq += 1;
  }

  /** Points at `el`, or docks the panel when there is nothing to point at. */
  private _use(el: HTMLElement | undefined): void {
    const parts = this._parts!;
    this._releaseTarget();
    this._target = el;
    parts.ring.classList.toggle('shown', Boolean(el));
    if (!el) {
      void this._setDocked(true);
      return;
    }
    const event = this._step?.advanceOn?.event;
    if (event) {
      const advance = () => parts.onAdvance(el);
      el.addEventListener(event, advance);
      this._stopTarget.push(() => el.removeEventListener(event, advance));
    }
    if (isTabbable(el)) {
      // In the tour's tab order the panel sits right before its target, so Shift+Tab on the
      // target leads back to Next. Only Shift+Tab on the target itself is acted on: letters,
      // arrows, Enter, Space and Escape typed in the page always stay the page's.
      const back = (e: KeyboardEvent) => {
        if (e.key !== 'Tab' || !e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || e.target !== el) return;
        const last = parts.lastControl();
        if (!last) return;
        e.preventDefault();
        last.focus();
      };
      el.addEventListener('keydown', back);
      this._stopTarget.push(() => el.removeEventListener('keydown', back));
    }
    if (!isNarrow()) {
      scrollToCenter(el);
      this._scrolled = 'center';
    }
    // Placed now, before anything is painted, then again on every scroll and window resize,
    // and in the frame after a change of size of the target or the panel (_watchSizes: never
    // from inside a ResizeObserver callback) or a change of the page (watchTarget).
    this._resize?.observe(el);
    this._stopTarget.push(trackTarget(() => void this._place(el)));
    void this._place(el);
  }

  /**
   * Places the panel beside `target` when it fits there without covering it, else docks it and
   * scrolls the target into the space above it. Runs on every scroll, resize and layout change.
   */
  private async _place(target: HTMLElement): Promise<void> {
    const parts = this._parts;
    if (!parts || target !== this._target) return;
    const seq = ++this._seq;
    const { panel, ring } = parts;
    const viewport = `${window.innerWidth}×${window.innerHeight}`;
    // Once docked for this target, it stays docked until the viewport changes: scrolling the
    // target above the panel often makes room beside it, and a panel that jumps back would
    // make the citizen look for it again.
    let docked = isNarrow() || (this._docked && this._dockedIn === viewport);
    let position: { x: number; y: number; placement: string } | undefined;
    if (!docked) {
      // Measured as it would float; the render resolves in a microtask, so no frame is
      // painted in between and a docked panel does not flicker.
      await parts.onPlacement('anchored');
      // Loaded at idle; where it could not be (offline since a phone was turned), it docks.
      const result = (await loadBeside().catch(() => undefined))?.placeBeside(target, panel);
      if (seq !== this._seq) return;
      docked = !result?.fits;
      position = result;
    }
    if (!docked && position) {
      panel.style.setProperty('left', `${position.x}px`);
      panel.style.setProperty('top', `${position.y}px`);
      panel.dataset['placement'] = position.placement;
    }
    await this._setDocked(docked);
    if (seq !== this._seq) return;
    this._dockedIn = docked ? viewport : undefined;
    coverTarget(target, ring);
    if (docked && this._scrolled !== 'above') {
      this._scrolled = 'above';
      scrollAbove(target, panel.getBoundingClientRect().top);
    }
  }

  private async _setDocked(docked: boolean): Promise<void> {
    const parts = this._parts;
    if (!parts) return;
    const { panel } = parts;
    this._docked = docked;
    await parts.onPlacement(docked ? 'docked' : 'anchored');
    if (parts !== this._parts) return;
    if (docked) {
      panel.dataset['placement'] = 'docked';
      panel.style.removeProperty('left');
      panel.style.removeProperty('top');
    }
    this._fitSpacer();
  }

  /**
   * While docked, the tour's own (empty) host box grows by the panel's height, so the end of
   * the page can still be scrolled above the panel; placed at the end of `<body>`, it changes
   * nothing else. The docked panel is first made tall enough for its heading and Next.
   */
  private _fitSpacer(): void {
    const parts = this._parts;
    if (!parts) return;
    if (this._docked) fitDock(parts.panel);
    const height = this._docked ? Math.ceil(parts.panel.getBoundingClientRect().height) : 0;
    parts.spacer.style.setProperty('height', `${height}px`);
  }
}
