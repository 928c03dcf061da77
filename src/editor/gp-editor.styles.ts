import { css } from 'lit';
import { formStyles } from './form.styles.js';

/**
 * The editor's styles: large, plain form controls with 48 px targets and a 3 px focus ring,
 * sizes in rem/em so 200 % text reflows, no overflow clipping (Vietnamese stacked marks), and
 * forced-colours handling. Under about 900 px the form and the preview become one pane each,
 * chosen with the Edit / Preview switch.
 */
const frameStyles = css`
  :host {
    --_font-family: var(--gp-font-family, 'Noto Sans', 'Be Vietnam Pro', 'Segoe UI', Roboto, Arial, system-ui, sans-serif);
    --_fg: var(--gp-color-text, #1a1a1a);
    --_muted: var(--gp-color-text-muted, #3b3b3b);
    --_bg: var(--gp-color-background, #ffffff);
    --_surface: var(--gp-color-surface, #f3f4f6);
    --_border: var(--gp-color-border, #5c5c5c);
    --_accent: var(--gp-color-accent, #0a3d7a);
    --_accent-fg: var(--gp-color-accent-text, #ffffff);
    --_focus: var(--gp-color-focus, #0a3d7a);
    --_error: var(--gp-color-error, #8c1111);
    --_error-bg: var(--gp-color-error-background, #fdeceb);
    --_warn: var(--gp-color-warning-border, #7a3b00);
    --_warn-bg: var(--gp-color-warning-background, #fdf1e3);
    --_radius: var(--gp-radius, 0.5rem);
    --_target: var(--gp-target-size, 3rem);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--gp-editor-font-size, 1.125rem);
    line-height: 1.6;
    color: var(--_fg);
    background: var(--_bg);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.4;
    margin: 0 0 0.75rem;
  }
  p {
    margin: 0 0 0.5rem;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: 1rem;
    align-items: start;
  }
  .form {
    display: grid;
    /* One column as wide as the pane, whatever a field's own least width (a time input's
       is wide at large text): its fields shrink instead of pushing the page sideways. */
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
    min-width: 0;
  }
  .preview {
    position: sticky;
    top: 0;
    min-width: 0;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
    background: var(--_bg);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    padding: 0.5rem 0 1rem;
  }
  .status {
    margin: 0;
    flex: 1 1 12rem;
  }
  .switch {
    display: none;
    gap: 0.5rem;
  }
  @media (max-width: 900px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .switch {
      display: flex;
    }
    .layout[data-pane='preview'] .form,
    .layout[data-pane='edit'] .preview {
      display: none;
    }
    .preview {
      position: static;
    }
  }
  @media (max-width: 600px) {
    /* On a phone the cards' padding would take a third of the width at large text. */
    .card {
      padding: 0.75rem 0.5rem;
    }
  }
  @media (forced-colors: active) {
    button.primary,
    button[aria-pressed='true'] {
      border-color: ButtonText;
      background: ButtonText;
      color: ButtonFace;
    }
    [aria-invalid='true'],
    .problem,
    .problem-list li {
      border-color: Mark;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto;
      transition: none;
    }
  }
`;

/** Every style of `<gp-editor>`. */
export const editorStyles = [formStyles, frameStyles];
