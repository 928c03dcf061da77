import { css } from 'lit';

/**
 * Public design tokens (`--gp-*`) mapped once to private ones (`--_*`). Components read only
 * the private ones, so a portal overrides a token in one place and it applies everywhere.
 * Defaults meet WCAG AAA: text ≥ 7:1 on the background, borders and focus ≥ 3:1.
 */
export const tokens = css`
  :host {
    --_font-family: var(
      --gp-font-family,
      'Noto Sans',
      'Be Vietnam Pro',
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      system-ui,
      sans-serif
    );
    --_font-size: var(--gp-font-size, 1.25rem);
    --_line-height: var(--gp-line-height, 1.6);
    --_measure: var(--gp-max-line-length, 60ch);
    --_fg: var(--gp-color-text, #1a1a1a);
    --_fg-muted: var(--gp-color-text-muted, #3b3b3b);
    --_bg: var(--gp-color-background, #ffffff);
    --_surface: var(--gp-color-surface, #f3f4f6);
    --_border: var(--gp-color-border, #5c5c5c);
    --_accent: var(--gp-color-accent, #0a3d7a);
    --_accent-fg: var(--gp-color-accent-text, #ffffff);
    --_link: var(--gp-color-link, #0a3d7a);
    --_focus: var(--gp-color-focus, #0a3d7a);
    --_focus-halo: var(--gp-color-focus-halo, #ffffff);
    --_tip-bg: var(--gp-color-tip-background, #e7f0fa);
    --_tip-border: var(--gp-color-tip-border, #0a3d7a);
    --_warning-bg: var(--gp-color-warning-background, #fdf1e3);
    --_warning-border: var(--gp-color-warning-border, #8a4300);
    --_error-fg: var(--gp-color-error, #8c1111);
    --_error-bg: var(--gp-color-error-background, #fdeceb);
    --_done: var(--gp-color-done, #1d5e20);
    --_radius: var(--gp-radius, 0.5rem);
    --_target: var(--gp-target-size, 3rem);
    --_space: var(--gp-space, 1rem);
  }
`;

/** Out of sight, but read by screen readers: the declarations of `.visually-hidden`. */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  border: 0;
  clip-path: inset(50%);
  white-space: nowrap;
  overflow: hidden;
`;

/**
 * Base styles every guidepost element shares: large text, generous line height for stacked
 * Vietnamese diacritics, large native buttons with a 3 px+ focus ring, forced-colors and
 * reduced-motion handling. No `overflow: hidden` on text and no fixed heights anywhere, so
 * user text-spacing overrides and 200 % text never clip.
 */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    /* --_scale is the citizen's A / A+ / A++ choice (TextSizeController); an element inside
       another inherits it, so a list or dialog grows with the walkthrough around it. */
    font-size: calc(var(--_font-size) * var(--_scale, 1));
    line-height: var(--_line-height);
    color: var(--_fg);
    background: var(--_bg);
    overflow-wrap: anywhere;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.4;
    margin: 0 0 0.5em;
    font-weight: 700;
  }
  p,
  ul,
  ol {
    margin: 0 0 1.5em;
    max-width: var(--_measure);
  }
  a {
    color: var(--_link);
    text-decoration-thickness: 0.1em;
    text-underline-offset: 0.15em;
  }
  button,
  .button {
    font: inherit;
    line-height: 1.4;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.5em 1.25em;
    border-radius: var(--_radius);
    border: 0.125rem solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
    text-align: center;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    max-width: 100%;
    white-space: normal;
  }
  button.primary,
  .button.primary {
    background: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 700;
  }
  button:hover,
  .button:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 0.1875rem solid var(--_focus);
    outline-offset: 0.1875rem;
    box-shadow: 0 0 0 0.1875rem var(--_focus-halo);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 0.1875rem solid var(--_focus);
    outline-offset: 0.25rem;
  }
  .visually-hidden {
    ${visuallyHidden}
  }
  svg.icon {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.25;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Back and Next arrows point the way the text reads. */
  :host(:dir(rtl)) svg.icon.directional {
    transform: scaleX(-1);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (prefers-contrast: more) {
    :host {
      --_fg-muted: var(--_fg);
      --_border: var(--_fg);
    }
    button,
    .button {
      border-width: 0.1875rem;
    }
    a {
      text-decoration-thickness: 0.15em;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_accent: ButtonText;
      --_accent-fg: ButtonFace;
      --_focus: Highlight;
      --_link: LinkText;
      --_border: CanvasText;
      forced-color-adjust: auto;
    }
    button,
    .button {
      border: 0.125rem solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    button.primary,
    .button.primary {
      border-width: 0.25rem;
    }
    :focus-visible {
      outline: 0.1875rem solid Highlight;
      box-shadow: none;
    }
  }
`;
