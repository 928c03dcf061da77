import { focusedElement, isField } from './target.js';

/**
 * Where focus goes when a step is shown: to its heading (`take`: the tour just opened), left in
 * the page (`leave`: the citizen moved the tour on by acting on a field), or decided by where
 * it is now (`auto`).
 */
type FocusRule = 'take' | 'leave' | 'auto';

/**
 * The tour's focus: where it was when the tour opened (it goes back there on close), and
 * whether a new step takes it or leaves it in the page's field.
 */
export class TourFocus {
  private _rule: FocusRule = 'auto';
  private _returnTo?: HTMLElement;

  constructor(private readonly _tour: HTMLElement) {}

  /** The tour opens: remembers where focus is; the first step's heading will take it. */
  opening(): void {
    const active = focusedElement();
    const inside = active !== null && Boolean(this._tour.shadowRoot?.contains(active));
    this._returnTo = active instanceof HTMLElement && active !== document.body && !inside ? active : undefined;
  }

  /** The tour is shown: its heading takes focus, even from a field of the page. */
  take(): void {
    this._rule = 'take';
  }

  /** Runs a guide action, after which focus stays in the page when `leave`. */
  acting(leave: boolean, action: () => boolean): void {
    const before = this._rule;
    if (before !== 'take') this._rule = leave ? 'leave' : 'auto';
    if (!action()) this._rule = before;
  }

  /**
   * A step was rendered: its heading takes focus, except when the citizen is typing or choosing
   * in a field of the page (an `advanceOn` step moved on, or the page called `next()`): focus
   * stays there, so their keys keep going to the field, and the step is announced instead.
   */
  settle(heading: HTMLElement | undefined, announce: () => void): void {
    const rule = this._rule;
    this._rule = 'auto';
    const active = focusedElement();
    const inTour = active !== null && (active === this._tour || Boolean(this._tour.shadowRoot?.contains(active)));
    if (rule === 'take' || (rule === 'auto' && (inTour || !isField(active)))) heading?.focus({ preventScroll: true });
    else announce();
  }

  /** Whether focus is in the tour (or nowhere) now: then closing puts it back. */
  inTour(): boolean {
    const active = focusedElement();
    return active === null || active === document.body || active === this._tour || Boolean(this._tour.shadowRoot?.contains(active));
  }

  /** Puts focus back where it was when the tour opened, when `wasInTour`. */
  giveBack(wasInTour: boolean): void {
    const back = this._returnTo;
    this._returnTo = undefined;
    if (wasInTour && back?.isConnected) back.focus();
  }
}

/** The panel's last control (Next, or Finish): in the tour's tab order the target follows it. */
export function lastControl(panel: HTMLElement | undefined): HTMLElement | undefined {
  return [...(panel?.querySelectorAll<HTMLElement>('button, a[href], summary') ?? [])].pop();
}

/** Tab on the panel's last control leads to the target: in the tour's tab order it follows the panel. */
export function tabToTarget(e: KeyboardEvent, panel: HTMLElement | undefined, target: HTMLElement | undefined): void {
  if (e.key !== 'Tab' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || !target || target.tabIndex < 0) return;
  const last = lastControl(panel);
  if (last && e.composedPath()[0] === last) {
    e.preventDefault();
    target.focus();
  }
}
