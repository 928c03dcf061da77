import { css } from 'lit';

export const progressStyles = css`
  :host {
    background: transparent;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    max-width: none;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
    padding: 0.375em 0.5em;
    border-inline-start: 0.25rem solid transparent;
  }
  li .icon {
    align-self: center;
  }
  .status {
    font-size: 0.85em;
    font-weight: 700;
    min-width: 5.5em;
  }
  li.done .icon {
    color: var(--_done);
  }
  li.current {
    border-inline-start-color: var(--_accent);
    background: var(--_surface);
    font-weight: 700;
  }
  li.not-yet {
    color: var(--_fg-muted);
  }
  @media (forced-colors: active) {
    li.current {
      border-inline-start-color: Highlight;
      outline: 0.125rem solid CanvasText;
    }
  }
`;
