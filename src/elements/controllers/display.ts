// The palettes of the contrast themes and the wide spacing, and how they are set on an element.
// Loaded only once a display other than the defaults is to be shown (TextSizeController). It
// imports nothing (it is handed what it needs), so a bundler never splits the walkthrough's own
// code around this lazily loaded module.
import type { Display, Theme } from './text-size.js';

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

let wideSpacing: CSSStyleSheet | undefined;

/**
 * Wide spacing, WCAG 1.4.12's text spacing at least: letters 0.12 em, words 0.16 em, 2 em
 * after each paragraph, and every line 1.8 times the text (1.5 at least; guidepost's normal
 * body text is 1.6 already). Nothing in guidepost has a fixed height, so nothing clips. Made on
 * first use: importing must not touch the DOM (server rendering).
 */
function wideSheet(): CSSStyleSheet {
  if (!wideSpacing) {
    wideSpacing = new CSSStyleSheet();
    wideSpacing.replaceSync(
      ':host, * { line-height: 1.8 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important }' +
        ' p, ul, ol { margin-bottom: 2em !important }',
    );
  }
  return wideSpacing;
}

let current: () => Display = () => ({ theme: 'standard', spacing: 'normal' });

/** Sets `host`'s tokens to the theme and adds or removes the wide spacing in its shadow root. */
export function paint(host: HTMLElement): void {
  const { theme, spacing } = current();
  const palette = theme === 'standard' ? undefined : palettes[theme];
  roles.forEach((tokens, i) => {
    for (const token of tokens) host.style.setProperty(`--gp-color-${token}`, palette?.[i] ?? null);
  });
  const root = host.shadowRoot;
  if (root) {
    const sheets = root.adoptedStyleSheets.filter((s) => s !== wideSpacing);
    root.adoptedStyleSheets = spacing === 'wide' ? [...sheets, wideSheet()] : sheets;
  }
}

let started = false;

/**
 * Starts painting: `shown` says the display, `repaint` paints every element with {@link paint}
 * (again when the system's contrast setting changes, which matters until the citizen chooses). @internal
 */
export function startDisplay(shown: () => Display, repaint: () => void): void {
  current = shown;
  if (!started) matchMedia('(prefers-contrast: more)').addEventListener('change', repaint);
  started = true;
  repaint();
}
