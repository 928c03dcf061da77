import { css } from 'lit';

/**
 * How a step's content looks wherever it is shown (<gp-tutorial>, <gp-tour>): body, image, tip
 * and warning boxes, and the error box with its details. An element sets the spacing for its
 * room through `--_gap` (space between blocks) and `--_box-padding`.
 */
export const contentStyles = css`
  .body {
    margin-bottom: var(--_gap, 1.5em);
  }
  .body > :last-child,
  .callout > div > :last-child {
    margin-bottom: 0;
  }
  .image {
    margin: 0 0 var(--_gap, 1.5em);
  }
  .image img {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .callout {
    border-inline-start: 0.375rem solid var(--_tip-border);
    background: var(--_tip-bg);
    border-radius: var(--_radius);
    padding: var(--_box-padding, 0.75em 1em);
    margin: 0 0 var(--_gap, 1.5em);
  }
  .callout.warning {
    border-inline-start-color: var(--_warning-border);
    background: var(--_warning-bg);
  }
  .callout-label,
  .error-heading {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0 0 0.25em;
  }
  .error {
    border: 0.1875rem solid var(--_error-fg);
    background: var(--_error-bg);
    border-radius: var(--_radius);
    padding: var(--_box-padding, 0.75em 1em);
    margin-bottom: 1em;
  }
  .error p {
    margin: 0 0 0.5em;
  }
  .error p:last-child {
    margin: 0;
  }
  .error-heading {
    color: var(--_error-fg);
    font-size: 1.1em;
  }
  .error-details {
    font-size: 0.85em;
  }
  .error-details summary {
    cursor: pointer;
    min-height: var(--_target);
    display: flex;
    align-items: center;
  }
  code {
    font-family: ui-monospace, 'Noto Sans Mono', Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .callout,
    .error {
      border: 0.1875rem solid CanvasText;
    }
  }
`;
