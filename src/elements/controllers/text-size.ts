import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The text sizes a citizen can pick: 100 %, 150 % and 200 % of `--gp-font-size`. */
export const textSizes = ['normal', 'large', 'largest'] as const;
/** One of {@link textSizes}. */
export type TextSize = (typeof textSizes)[number];

/** How much each size scales the base text size. */
export const textScale: Record<TextSize, number> = { normal: 1, large: 1.5, largest: 2 };

const storageKey = 'guidepost:text-size';
const hosts = new Set<TextSizeController>();
let current: TextSize | undefined;

function read(): TextSize {
  try {
    const saved = globalThis.localStorage?.getItem(storageKey);
    if (saved && (textSizes as readonly string[]).includes(saved)) return saved as TextSize;
  } catch {
    // Storage may be blocked (sandboxed iframe, private mode); the default size is fine.
  }
  return 'normal';
}

/**
 * Shares the citizen's chosen text size between every guidepost element on the page and keeps
 * it between visits (localStorage; it is a display preference, not personal data). Attach one
 * to an element; it sets the element's `--_scale` and re-renders it when the size changes.
 */
export class TextSizeController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get size(): TextSize {
    current ??= read();
    return current;
  }

  set size(size: TextSize) {
    current = size;
    try {
      globalThis.localStorage?.setItem(storageKey, size);
    } catch {
      // Not remembered across visits, but still applied now.
    }
    for (const c of hosts) c.apply();
  }

  hostConnected(): void {
    hosts.add(this);
    this.apply();
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /** Applies the shared size to this element. @internal */
  apply(): void {
    this.host.style.setProperty('--_scale', String(textScale[this.size]));
    this.host.requestUpdate();
  }
}

/**
 * Forgets the citizen's size, in memory and in storage: every element goes back to normal
 * text (a shared screen clears it for the next person).
 */
export function forgetTextSize(): void {
  current = 'normal';
  try {
    globalThis.localStorage?.removeItem(storageKey);
  } catch {
    // Nothing was stored where storage is blocked.
  }
  for (const c of hosts) c.apply();
}

/** Forgets the shared in-memory size so the next read comes from storage (for tests). */
export function resetTextSizeForTests(): void {
  current = undefined;
}
