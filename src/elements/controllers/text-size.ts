import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The text sizes a citizen can pick: 100 %, 150 % and 200 % of `--gp-font-size`. */
export const textSizes = ['normal', 'large', 'largest'] as const;
/** One of {@link textSizes}. */
export type TextSize = (typeof textSizes)[number];

/** How much each size scales the base text size. */
export const textScale: Record<TextSize, number> = { normal: 1, large: 1.5, largest: 2 };

const sizeKey = 'guidepost:text-size';
/** Where the citizen's display (contrast theme, line spacing) is kept. */
const displayKey = 'guidepost:display';
const hosts = new Set<TextSizeController>();
/** The citizen's choices by storage key, once read or made, so they hold where storage is blocked. */
let chosen: Record<string, string | null | undefined> = {};
/** Sets an element's theme and spacing: `display.ts` brings it, loaded only once one is needed. */
let paint: ((host: HTMLElement) => void) | undefined;

/** A choice, from memory or else from localStorage; `null` when none (or storage is blocked). */
function load(key: string): string | null {
  try {
    chosen[key] ??= localStorage.getItem(key);
  } catch {
    // Storage may be blocked (sandboxed iframe, private mode): the defaults are fine.
  }
  return chosen[key] ?? null;
}

/**
 * Makes a choice (`null`: forgets it) for every guidepost element on the page, and keeps it
 * between visits. `painter` comes from `display.ts`.
 */
function choose(key: string, value: string | null, painter = paint): void {
  chosen[key] = value;
  paint = painter;
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Not remembered across visits, but still applied now.
  }
  for (const c of hosts) c.apply();
}

// The citizen's display: a contrast theme and a line spacing, kept under `guidepost:display` as
// the theme and the spacing with a space between (`dark wide`). The palettes themselves
// (display.ts) load only once a display other than the defaults is to be shown.

/** The contrast themes, in the order the Display control lists them. */
export const themes = ['standard', 'high', 'dark', 'yellow'] as const;
/** One of {@link themes}. */
export type Theme = (typeof themes)[number];
/** Normal line spacing, or wide: the text spacing of WCAG 1.4.12. */
export const spacings = ['normal', 'wide'] as const;
/** One of {@link spacings}. */
export type Spacing = (typeof spacings)[number];
/** What the citizen sees. */
export interface Display {
  theme: Theme;
  spacing: Spacing;
}

const moreContrast = () => matchMedia('(prefers-contrast: more)').matches;

/**
 * The display shown now: the citizen's choice, else High contrast when their system asks for
 * more contrast (`prefers-contrast: more`), else Standard; Normal spacing unless chosen.
 */
export function currentDisplay(): Display {
  const [theme, spacing] = (load(displayKey) ?? '').split(' ') as [Theme, Spacing];
  return {
    theme: themes.includes(theme) ? theme : moreContrast() ? 'high' : 'standard',
    spacing: spacing === 'wide' ? spacing : 'normal',
  };
}

/** Chooses a theme or a spacing for every guidepost element on the page, and remembers both. */
export function chooseDisplay(change: Partial<Display>): void {
  const { theme, spacing } = { ...currentDisplay(), ...change };
  choose(displayKey, `${theme} ${spacing}`);
}

/**
 * Shares the citizen's chosen text size and display (contrast theme, line spacing) between
 * every guidepost element on the page and keeps them between visits (localStorage; they are
 * display preferences, not personal data). Attach one to an element; it sets the element's
 * `--_scale` and theme and re-renders it when they change.
 */
export class TextSizeController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get size(): TextSize {
    const saved = load(sizeKey) as TextSize;
    return textSizes.includes(saved) ? saved : 'normal';
  }

  set size(size: TextSize) {
    choose(sizeKey, size);
  }

  hostConnected(): void {
    hosts.add(this);
    this.apply();
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /** Applies the shared size and display to this element. @internal */
  apply(): void {
    this.host.style.setProperty('--_scale', String(textScale[this.size]));
    // The palettes load only for a citizen who chose a display, or whose system asks for more contrast.
    if (paint) paint(this.host);
    else if (load(displayKey) || moreContrast())
      void import('./display.js').then((m) => m.startDisplay(currentDisplay, () => choose(displayKey, load(displayKey), m.paint)));
    this.host.requestUpdate();
  }
}

/**
 * Forgets the citizen's size and display, in memory and in storage: every element goes back to
 * normal text and the standard display (a shared screen clears them for the next person).
 */
export function forgetTextSize(): void {
  choose(displayKey, null);
  choose(sizeKey, null);
}

/** Forgets the choices held in memory so the next read comes from storage (for tests). */
export function resetTextSizeForTests(): void {
  chosen = {};
}
