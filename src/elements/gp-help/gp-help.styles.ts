import { css } from 'lit';

export const helpStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    max-width: 100%;
  }
  .heading,
  ::slotted([slot='heading']) {
    font-size: 1.3em;
  }
  .intro {
    margin-bottom: 1em;
  }
  .channels {
    list-style: none;
    padding: 0;
    margin: 0 0 1.5em;
    display: flex;
    flex-direction: column;
    gap: 1em;
    max-width: 32em;
  }
  .channel p {
    margin: 0;
  }
  .channel-link {
    display: flex;
    width: 100%;
    justify-content: flex-start;
    align-items: center;
    text-align: start;
    gap: 0.75em;
    padding: 0.625em 1em;
  }
  .channel-link .icon {
    width: 1.5em;
    height: 1.5em;
  }
  .channel-text {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .channel-action {
    font-weight: 700;
  }
  .channel-value {
    font-size: 1.1em;
    font-weight: 700;
    letter-spacing: 0.03em;
    unicode-bidi: isolate;
  }
  .new-tab {
    font-size: 0.85em;
  }
  .channel-name {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .address,
  .value {
    margin: 0.25em 0 0.5em;
    padding-inline-start: 1.75em;
  }
  .status {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    margin-top: 0.375em;
    color: var(--_fg);
  }
  .status .icon {
    margin-top: 0.15em;
  }
  [part~='open'] .icon {
    color: var(--_done);
  }
  .empty {
    font-weight: 700;
  }
  .reference {
    background: var(--_surface);
    border: 0.125rem dashed var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin: 0 0 1.5em;
    max-width: 32em;
  }
  .reference-heading {
    font-size: 1.1em;
  }
  .code {
    margin: 0 0 0.5em;
    font-family: ui-monospace, 'Noto Sans Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    /* Large, but on a 320 px screen at the largest text size a group of four must still fit. */
    font-size: min(2em, 10vw);
    font-weight: 700;
    letter-spacing: 0.12em;
    line-height: 1.3;
  }
  /* A code wraps only between its groups, never inside one, so it is read the same way. */
  .code-group {
    display: inline-block;
  }
  .reference-read {
    margin-bottom: 0.75em;
  }
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .copy-status {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0;
    font-weight: 700;
  }
  .copy-status.ok .icon {
    color: var(--_done);
  }
  .safety {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    border-inline-start: 0.375rem solid var(--_warning-border);
    background: var(--_warning-bg);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin: 0;
    max-width: 32em;
  }
  .safety .icon {
    margin-top: 0.15em;
  }
  @media (max-width: 30em) {
    .reference,
    .safety {
      padding-inline: 0.625em;
    }
    .copy {
      flex: 1 1 100%;
    }
  }
  @media (forced-colors: active) {
    .reference,
    .safety {
      border: 0.1875rem solid CanvasText;
    }
    .channel-link {
      border-color: LinkText;
      color: LinkText;
    }
  }
`;
