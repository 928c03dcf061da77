import { css } from 'lit';

/**
 * A labelled text field as `<gp-catalog>` (search) and `<gp-lookup>` (the code) show it: the
 * label above, a hint under it, a field at least one target high, its edge 3:1 or more.
 */
export const fieldStyles = css`
  .field {
    margin: 0 0 var(--_gap, 1.5em);
    max-width: var(--_measure);
  }
  .field label {
    display: block;
    font-weight: 700;
  }
  .hint {
    margin: 0 0 0.5em;
    color: var(--_fg-muted);
  }
  input {
    font: inherit;
    box-sizing: border-box;
    min-height: var(--_target);
    padding: 0.375em 0.75em;
    border: 0.125rem solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_fg);
    background: var(--_bg);
  }
  input:focus-visible {
    border-color: var(--_focus);
  }
  @media (forced-colors: active) {
    input {
      border-color: CanvasText;
    }
  }
`;
