/**
 * Where the tour's panel and ring go on the page, and what moves them. The panel's place beside
 * a target is decided in beside.ts, its own chunk, loaded only where a panel can float: on a
 * narrow screen the panel docks at the bottom. The panel and the ring are `position: fixed` in
 * the top layer, so every position here is in the viewport's coordinates.
 */
type Beside = typeof import('./beside.js');
let beside: Beside | undefined;

/** Loads the code that places a panel beside its target, once (rejects offline; a later call tries again). */
export async function loadBeside(): Promise<Beside> {
  return (beside ??= await import('./beside.js'));
}

/** Below this viewport width (CSS px, so 400 % zoom of a 1280 px screen is below it) the panel docks. */
export const narrowWidth = 600;

/** Space kept between the panel and the viewport's edges, in CSS px (as in beside.ts). */
const edge = 8;

/** Moves `ring` over `target`'s box (the ring's outline then draws around it). */
export function coverTarget(target: Element, ring: HTMLElement): void {
  const { left, top, width, height } = target.getBoundingClientRect();
  Object.assign(ring.style, { left: `${left}px`, top: `${top}px`, width: `${width}px`, height: `${height}px` });
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
 * Calls `update` on every scroll (of the page or any scroll container: a capturing listener
 * hears them all) and window resize, until the returned function is called.
 */
export function trackTarget(update: () => void): () => void {
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
