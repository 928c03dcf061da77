import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Step } from '../../core/tutorial/index.js';
import { whenIdle } from '../common/idle.js';
import type { AnchorParts, StepAnchor } from './anchor.js';
import { isNarrow, loadBeside } from './placement.js';

/** What the anchor needs from the tour beyond its panel, ring and spacer. */
export type AnchorCallbacks = Omit<AnchorParts, 'panel' | 'ring' | 'spacer'>;

/**
 * The tour's hold on its {@link StepAnchor}. The anchor's code, and the code that places a
 * panel beside its target where one can float (not on a narrow screen, where it docks), are fetched at idle
 * once the tour is on the page, so `start()` does not wait on the network.
 */
export class Anchoring implements ReactiveController {
  private _anchor?: StepAnchor;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    whenIdle(() => void this.load(true));
  }

  /** Loads the positioning code once. Resolves to whether it is there (a failure is logged, unless `quiet`). */
  async load(quiet = false): Promise<boolean> {
    if (this._anchor) return true;
    try {
      const [{ StepAnchor }] = await Promise.all([import('./anchor.js'), isNarrow() ? undefined : loadBeside()]);
      this._anchor ??= new StepAnchor();
      return true;
    } catch (error) {
      if (!quiet) console.error('[guidepost] Could not load the tour positioning code:', error);
      return false;
    }
  }

  /** The element the step points at, while it is on the page. */
  get target(): HTMLElement | undefined {
    return this._anchor?.target;
  }

  /** Follows `step`'s target, or docks the panel alone (the error view) when there is no step. */
  show(step: Step | undefined, parts: AnchorParts): void {
    if (step) this._anchor?.follow(step, parts);
    else this._anchor?.dockAlone(parts);
  }

  release(): void {
    this._anchor?.release();
  }
}
