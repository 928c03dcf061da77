// The citizen's display: a contrast theme and a line spacing, shared by every guidepost element
// on the page (through TextSizeController) and kept in localStorage under `guidepost:display`
// as `{"theme":"dark","spacing":"wide"}`. Loaded only when a citizen has chosen one, their
// system asks for more contrast, or the Display control opens, so a page shown with the
// defaults downloads none of it.
// It imports nothing: TextSizeController hands it what it needs (startDisplay), so a bundler
// never splits the walkthrough's own code around this lazily loaded module.

type Load = (key: string) => string | null;
type Choose = (key: string, value: string | null, painter?: (host: HTMLElement) => void) => void;
let load: Load = () => null;
let choose: Choose = () => undefined;
const displayKey = 'guidepost:display';

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

/**
 * Every theme's palette, in one place: [text, background, accent, surface]. Text and accent are
 * at least 7:1 on the background and on the surface (AAA), and so is the background on the
 * accent (the text of the main buttons); focus rings take the accent. The standard theme is the
 * portal's own tokens (docs/theming.md), so it sets nothing.
 */
const palettes: Record<Exclude<Theme, 'standard'>, readonly [string, string, string, string]> = {
  high: ['#000000', '#ffffff', '#000000', '#ededed'],
  dark: ['#f5f5f5', '#000000', '#99ccff', '#262626'],
  yellow: ['#ffff00', '#000000', '#ffff00', '#262626'],
};

/** Which `--gp-color-*` tokens take each colour of a palette. */
const roles = [
  ['text', 'text-muted', 'border', 'error', 'done', 'tip-border', 'warning-border'],
  ['background', 'tip-background', 'warning-background', 'error-background', 'focus-halo', 'accent-text'],
  ['accent', 'link', 'focus'],
  ['surface'],
];

/**
 * Wide spacing, WCAG 1.4.12's text spacing at least: letters 0.12 em, words 0.16 em, 2 em
 * after each paragraph, and every line 1.8 times the text (1.5 at least; guidepost's normal
 * body text is 1.6 already). Nothing in guidepost has a fixed height, so nothing clips.
 */
export const wideSpacing = new CSSStyleSheet();
wideSpacing.replaceSync(
  ':host, * { line-height: 1.8 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important }' +
    ' p, ul, ol { margin-bottom: 2em !important }',
);

const moreContrast = globalThis.matchMedia?.('(prefers-contrast: more)');

/**
 * The display shown now: the citizen's choice, else High contrast when their system asks for
 * more contrast (`prefers-contrast: more`), else Standard; Normal spacing unless chosen.
 */
export function currentDisplay(): Display {
  let chosen: Partial<Display> = {};
  try {
    chosen = { ...JSON.parse(load(displayKey) ?? '{}') };
  } catch {
    // A damaged value: the defaults.
  }
  return {
    theme: themes.includes(chosen.theme!) ? chosen.theme! : moreContrast?.matches ? 'high' : 'standard',
    spacing: chosen.spacing === 'wide' ? 'wide' : 'normal',
  };
}

/** Chooses a theme or a spacing for every guidepost element on the page, and remembers both. */
export function chooseDisplay(change: Partial<Display>): void {
  choose(displayKey, JSON.stringify({ ...currentDisplay(), ...change }));
}

/** Sets `host`'s tokens to the theme and adds or removes the wide spacing in its shadow root. */
function paint(host: HTMLElement): void {
  const { theme, spacing } = currentDisplay();
  const palette = theme === 'standard' ? undefined : palettes[theme];
  roles.forEach((tokens, i) => {
    for (const token of tokens) host.style.setProperty(`--gp-color-${token}`, palette?.[i] ?? null);
  });
  const root = host.shadowRoot;
  if (root) {
    const sheets = root.adoptedStyleSheets.filter((s) => s !== wideSpacing);
    root.adoptedStyleSheets = spacing === 'wide' ? [...sheets, wideSpacing] : sheets;
  }
}

// Until the citizen chooses, a change of the system's contrast setting changes the theme.
const repaint = () => choose(displayKey, load(displayKey), paint);
let started = false;

/** Starts showing the citizen's display in every element, with TextSizeController's storage. @internal */
export function startDisplay(loader: Load, chooser: Choose): void {
  if (started) return;
  started = true;
  load = loader;
  choose = chooser;
  moreContrast?.addEventListener('change', repaint);
  repaint();
}
