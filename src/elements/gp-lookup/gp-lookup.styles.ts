import { css } from 'lit';

export const lookupStyles = css`
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  input {
    flex: 1 1 10em;
    min-width: 0;
    letter-spacing: 0.1em;
    text-transform: uppercase;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error-fg);
    border-width: 0.1875rem;
  }
  .problem:not(:empty) {
    margin: 0.75em 0 0;
    padding: 0.5em 0.75em;
    border-inline-start: 0.375rem solid var(--_error-fg);
    background: var(--_error-bg);
    color: var(--_fg);
  }
  .result > * {
    max-width: var(--_measure);
  }
  .where {
    font-weight: 700;
  }
  .step {
    background: var(--_surface);
    border: 0.0625rem solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin: 0 0 1.5em;
  }
  .step-label {
    margin: 0 0 0.25em;
    color: var(--_fg-muted);
  }
  .around {
    margin: 0 0 1.5em;
  }
  .around dt {
    font-weight: 700;
  }
  .around dd {
    margin: 0 0 0.5em;
  }
  @media (forced-colors: active) {
    .step {
      border-color: CanvasText;
    }
  }
`;
