import { css } from 'lit';

export const catalogStyles = css`
  :host {
    --_gap: 1.5em;
  }
  input[type='search'] {
    width: 100%;
  }
  .count,
  .none {
    font-weight: 700;
  }
  .category,
  .continue {
    margin: 0 0 var(--_gap);
  }
  ul.guides {
    list-style: none;
    margin: 0;
    padding: 0;
    max-width: none;
    display: grid;
    gap: 0.75em;
  }
  .guide {
    background: var(--_surface);
    border: 0.0625rem solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
  }
  .guide-title {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  .guide p {
    margin: 0.25em 0 0;
  }
  .opener {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    width: 100%;
    min-height: var(--_target);
    text-align: start;
    font-weight: 700;
    gap: 0.125em;
  }
  a.opener {
    padding: 0.5em 0;
  }
  button.opener {
    padding: 0.5em 0.75em;
  }
  .where {
    font-weight: 400;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    color: var(--_fg-muted);
  }
  .done {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    font-weight: 700;
    color: var(--_fg);
  }
  .done .icon {
    color: var(--_done);
  }
  .back {
    margin: 0 0 var(--_gap);
  }
  @media (forced-colors: active) {
    .guide {
      border-color: CanvasText;
    }
  }
`;
