import type { Step } from '../../core/tutorial/index.js';
import type { AnchorParts, StepAnchor } from './anchor.js';

/** What the anchor needs from the tour beyond its panel, ring and spacer. */
export type AnchorCallbacks = Omit<AnchorParts, 'panel' | 'ring' | 'spacer'>;

/**
 * The tour's hold on its {@link StepAnchor}: the anchor and Floating UI load when a tour first
 * opens, so a page that only defines `<gp-tour>` does not pay for positioning.
 */
export class Anchoring {
  private _anchor?: StepAnchor;

  /** Loads the positioning code once. Resolves to whether it is there (a failure is logged). */
  async load(): Promise<boolean> {
    if (this._anchor) return true;
    try {
      const { StepAnchor } = await import('./anchor.js');
      this._anchor ??= new StepAnchor();
      return true;
    } catch (error) {
      console.error('[guidepost] Could not load the tour positioning code:', error);
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
