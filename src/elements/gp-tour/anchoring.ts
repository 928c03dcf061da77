import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Step } from '../../core/tutorial/index.js';
import { whenIdle } from '../common/idle.js';
import { StepAnchor, type AnchorParts } from './anchor.js';
import { isNarrow, loadBeside } from './placement.js';

/** What the anchor needs from the tour beyond its panel, ring and spacer. */
export type AnchorCallbacks = Omit<AnchorParts, 'panel' | 'ring' | 'spacer'>;

/**
 * The tour's hold on its {@link StepAnchor}. The code that places a panel beside its target
 * where one can float (not on a narrow screen, where it docks) is fetched at idle once the tour
 * is on the page, so `start()` does not wait on the network.
 */
export class Anchoring implements ReactiveController {
  private readonly _anchor = new StepAnchor();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    whenIdle(() => void this.load());
  }

  /**
   * Fetches the positioning code once, where a panel can float. Where it cannot be had (offline
   * since the page loaded), each step docks at the bottom instead.
   */
  async load(): Promise<void> {
    if (!isNarrow()) await loadBeside().catch(() => undefined);
  }

  /** The element the step points at, while it is on the page. */
  get target(): HTMLElement | undefined {
    return this._anchor.target;
  }

  /** Follows `step`'s target, or docks the panel alone (the error view) when there is no step. */
  show(step: Step | undefined, parts: AnchorParts): void {
    if (step) this._anchor.follow(step, parts);
    else this._anchor.dockAlone(parts);
  }

  release(): void {
    this._anchor.release();
  }
}
