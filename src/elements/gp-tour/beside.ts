/**
 * Where the tour's panel goes beside its target: to the right first (it keeps a form field and
 * its label visible), else to the left, below, above. Our own code, with no dependency: the
 * panel and the ring are `position: fixed` in the top layer, where coordinates are the
 * viewport's whatever the page's offset parents, transforms or scroll containers, so the
 * target's box from `getBoundingClientRect()` is all there is to know. Its own chunk, loaded
 * only where a panel can float: on a narrow screen the panel docks at the bottom.
 */

/** A side of the target, and the panel's edge that lines up with the target's (`start`). */
export type Side = 'right-start' | 'left-start' | 'bottom-start' | 'top-start';

/** The part of a `DOMRect` the placement reads. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The outcome of trying to put the panel beside its target. */
export interface BesidePlacement {
  /** Whether the panel fits inside the viewport without covering the target. */
  readonly fits: boolean;
  readonly x: number;
  readonly y: number;
  readonly placement: Side;
}

/** Space kept between the panel and the viewport's edges, in CSS px. */
export const edge = 8;
/** Space between the target and the panel, in CSS px. */
export const gap = 16;
/** The sides tried, in order. */
export const sides: readonly Side[] = ['right-start', 'left-start', 'bottom-start', 'top-start'];

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/**
 * The first side of `target` where a panel of `size` fits inside a `width` × `height` viewport
 * (`edge` px from each of its edges) without covering the target. Along the target's edge the
 * panel slides to stay in the viewport. When no side fits, `fits` is false and the caller docks
 * the panel: a panel is never squeezed narrower than its own width to stay beside its target.
 */
export function chooseSide(
  target: Box,
  viewport: { readonly width: number; readonly height: number },
  size: { readonly width: number; readonly height: number },
): BesidePlacement {
  const { width, height } = size;
  let first: BesidePlacement | undefined;
  for (const side of sides) {
    const across = side === 'right-start' || side === 'left-start';
    const x = side === 'right-start' ? target.right + gap : side === 'left-start' ? target.left - gap - width : clamp(target.left, edge, viewport.width - edge - width);
    const y = side === 'bottom-start' ? target.bottom + gap : side === 'top-start' ? target.top - gap - height : clamp(target.top, edge, viewport.height - edge - height);
    // Half the edge of tolerance, as a position rounded to whole pixels may need.
    const inside = x >= edge / 2 && y >= edge / 2 && x + width <= viewport.width - edge / 2 && y + height <= viewport.height - edge / 2;
    const covers = across ? x < target.right && x + width > target.left : y < target.bottom && y + height > target.top;
    const placed = { fits: inside && !covers, x, y, placement: side };
    if (placed.fits) return placed;
    first ??= placed;
  }
  return first!;
}

/** Places `panel`, at the size it has, beside `target`, keeping it inside the viewport. */
export function placeBeside(target: Element, panel: HTMLElement): BesidePlacement {
  const root = document.documentElement;
  return chooseSide(target.getBoundingClientRect(), { width: root.clientWidth, height: root.clientHeight }, panel.getBoundingClientRect());
}
