/**
 * Where the tour's panel and ring go on the page. Every position beside a target comes from
 * Floating UI (flip, shift, size, offset, and its coordinate handling for the top layer and
 * transformed ancestors); this file only decides whether the result is good enough for the
 * citizen. Floating UI is its own chunk, loaded only where a panel can float: on a narrow
 * screen the panel docks at the bottom and the ring is placed from the target's box alone.
 */
import type { Middleware, Placement } from '@floating-ui/dom';

type FloatingUi = typeof import('./floating.js');
let floatingUi: FloatingUi | undefined;

/** Loads Floating UI once (rejects offline; a later call tries again). */
export async function loadFloatingUi(): Promise<FloatingUi> {
  return (floatingUi ??= await import('./floating.js'));
}

/** Floating UI, if it is loaded already. */
export const loadedFloatingUi = (): FloatingUi | undefined => floatingUi;

/** Below this viewport width (CSS px, so 400 % zoom of a 1280 px screen is below it) the panel docks. */
export const narrowWidth = 600;

/** Space kept between the panel and the viewport's edges, in CSS px. */
const edge = 8;
/** Space between the target and the panel, in CSS px. */
const gap = 16;
/** Beside a form field first (it keeps the field and its label visible), then below, then above. */
const fallbackPlacements: Placement[] = ['left-start', 'bottom-start', 'top-start'];

/** The outcome of trying to put the panel beside its target. */
export interface BesidePlacement {
  /** Whether the panel fits inside the viewport without covering the target. */
  readonly fits: boolean;
  readonly x: number;
  readonly y: number;
  readonly placement: Placement;
}

/**
 * Checks the final position: a panel that still sticks out of the viewport, or that shift()
 * pushed over the target, is no good, and the caller docks it instead. Overlap is tested on the
 * rects Floating UI computed, in its own coordinates.
 */
const fit = ({ detectOverflow }: FloatingUi): Middleware => ({
  name: 'fit',
  async fn(state) {
    const overflow = await detectOverflow(state, { padding: edge / 2 });
    const outside = Math.max(overflow.top, overflow.right, overflow.bottom, overflow.left) > 0.5;
    const ref = state.rects.reference;
    const { width, height } = state.rects.floating;
    const covers =
      state.x < ref.x + ref.width - 0.5 &&
      state.x + width > ref.x + 0.5 &&
      state.y < ref.y + ref.height - 0.5 &&
      state.y + height > ref.y + 0.5;
    return { data: { fits: !outside && !covers } };
  },
});

/**
 * Places `panel` beside `target` (right, else left, below, above), keeping it inside the
 * viewport. The `size` middleware lets the panel narrow to the space there is, through
 * `--_available-width`; the stylesheet stops it at a readable minimum, past which it no
 * longer fits and the caller docks it.
 */
export async function placeBeside(target: Element, panel: HTMLElement): Promise<BesidePlacement> {
  const ui = await loadFloatingUi();
  const { computePosition, flip, offset, shift, size } = ui;
  const { x, y, placement, middlewareData } = await computePosition(target, panel, {
    strategy: 'fixed',
    placement: 'right-start',
    middleware: [
      offset(gap),
      flip({ fallbackPlacements, padding: edge }),
      shift({ padding: edge }),
      size({
        padding: edge,
        apply({ availableWidth, elements }) {
          elements.floating.style.setProperty('--_available-width', `${Math.max(0, Math.floor(availableWidth))}px`);
        },
      }),
      fit(ui),
    ],
  });
  return { x, y, placement, fits: (middlewareData['fit'] as { fits?: boolean } | undefined)?.fits === true };
}

/** Puts the ring exactly over the target's box, whatever offset parent or top layer is involved. */
const cover: Middleware = {
  name: 'cover',
  fn: ({ rects }) => ({
    x: rects.reference.x,
    y: rects.reference.y,
    data: { width: rects.reference.width, height: rects.reference.height },
  }),
};

/**
 * Moves `ring` over `target` (the ring's outline then draws around it). Without Floating UI (a
 * narrow screen), from the target's box in the viewport: the ring is in the top layer, where
 * `position: fixed` is relative to the viewport.
 */
export async function coverTarget(target: Element, ring: HTMLElement): Promise<void> {
  let x: number;
  let y: number;
  let box: { width: number; height: number };
  const ui = loadedFloatingUi();
  if (ui) {
    const placed = await ui.computePosition(target, ring, { strategy: 'fixed', middleware: [cover] });
    ({ x, y } = placed);
    box = placed.middlewareData['cover'] as { width: number; height: number };
  } else {
    const rect = target.getBoundingClientRect();
    ({ x, y } = rect);
    box = rect;
  }
  const s = ring.style;
  s.setProperty('left', `${x}px`);
  s.setProperty('top', `${y}px`);
  s.setProperty('width', `${box.width}px`);
  s.setProperty('height', `${box.height}px`);
}

/** Whether the citizen asked for less motion: then nothing scrolls smoothly. */
export function scrollBehavior(): ScrollBehavior {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

/** Brings the target to the middle of the viewport, for a panel floating beside it. */
export function scrollToCenter(target: Element): void {
  target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: scrollBehavior() });
}

/**
 * Scrolls the page so the target sits in the middle of the space above a panel docked at the
 * bottom of the viewport (its top edge at `panelTop`), or at the top of that space when it is
 * taller. Scroll containers inside the page are brought round first, at once.
 */
export function scrollAbove(target: Element, panelTop: number): void {
  target.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const rect = target.getBoundingClientRect();
  const room = Math.max(0, panelTop);
  const delta = rect.height + 2 * edge > room ? rect.top - edge : rect.top + rect.height / 2 - room / 2;
  if (Math.abs(delta) >= 1) window.scrollBy({ top: delta, behavior: scrollBehavior() });
}

/**
 * Calls `update` on every scroll (of the page or any scroll container) and window resize, until
 * the returned function is called: Floating UI's `autoUpdate` once it is loaded, else (on a
 * narrow screen, where the panel docks) plain listeners.
 */
export function trackTarget(target: HTMLElement, panel: HTMLElement, update: () => void): () => void {
  const ui = loadedFloatingUi();
  if (ui) return ui.autoUpdate(target, panel, update, { elementResize: false });
  const options = { capture: true, passive: true };
  window.addEventListener('scroll', update, options);
  window.addEventListener('resize', update, options);
  return () => {
    window.removeEventListener('scroll', update, options);
    window.removeEventListener('resize', update, options);
  };
}

/** Whether the viewport is too narrow for a panel beside anything. */
export function isNarrow(): boolean {
  return typeof window !== 'undefined' && window.innerWidth < narrowWidth;
}

/**
 * Makes a docked panel tall enough that its first screen shows the step heading and the step's
 * actions (Next, or the choices) with a line of the step's text between them, at any text size:
 * the parts above and below its scrolling middle, and the middle down to the heading. The
 * stylesheet takes at least half the viewport (`--_dock-height` is the least the panel needs),
 * never more than the whole viewport. When even that is too little (long choices at A++), the
 * panel is `data-crowded`: the middle keeps room for the heading (`--_heading-end`) and the
 * actions scroll in what is left, first choice first.
 */
export function fitDock(panel: HTMLElement): void {
  const scroll = panel.querySelector<HTMLElement>(':scope > .scroll');
  if (!scroll) return;
  const heading = scroll.querySelector<HTMLElement>('[data-focus]') ?? scroll.firstElementChild;
  const box = scroll.getBoundingClientRect();
  let need = panel.offsetHeight - panel.clientHeight;
  // Their whole height, even while a crowded panel shrinks the actions.
  for (const part of panel.children) if (part !== scroll) need += Math.max(part.getBoundingClientRect().height, part.scrollHeight);
  const headingEnd = Math.ceil(heading ? heading.getBoundingClientRect().bottom - box.top + scroll.scrollTop : 0);
  need += headingEnd + (parseFloat(getComputedStyle(scroll).lineHeight) || 0);
  const room = window.innerHeight;
  panel.style.setProperty('--_dock-height', `${Math.min(room, Math.ceil(need))}px`);
  panel.style.setProperty('--_heading-end', `${headingEnd}px`);
  panel.toggleAttribute('data-crowded', need > room);
}
