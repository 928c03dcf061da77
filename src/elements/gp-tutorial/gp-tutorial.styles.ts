import { css } from 'lit';

export const tutorialStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: 0;
    padding: var(--_space);
    max-width: 100%;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.375em 1em;
    margin-bottom: 1em;
  }
  .title {
    font-size: 1.3em;
    margin: 0;
    flex: 1 1 100%;
  }
  .text-size {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375em;
  }
  .text-size-label {
    font-size: 0.85em;
    margin-inline-end: 0.25em;
  }
  .text-size button {
    padding: 0.25em 0.6em;
    font-weight: 700;
  }
  .text-size [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
    text-decoration: underline;
    text-decoration-thickness: 0.125em;
    text-underline-offset: 0.2em;
  }
  .size-large {
    font-size: 1.1em;
  }
  .size-largest {
    font-size: 1.25em;
  }
  .step-heading,
  .complete-heading {
    font-size: 1.2em;
    margin: 0.75em 0 0.75em;
  }
  .complete-heading {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .complete-heading .icon {
    color: var(--_done);
    width: 1.5em;
    height: 1.5em;
  }
  .subheading {
    font-size: 1.1em;
  }
  .minutes {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .image img {
    border: 0.0625rem solid var(--_border);
    border-radius: var(--_radius);
  }
  .choices {
    gap: 0.75em;
    margin: 0 0 1.5em;
    max-width: 32em;
  }
  .choose {
    margin: 0;
    font-weight: 700;
  }
  .choice {
    padding: 0.75em 1em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .nav,
  .actions {
    margin: 0 0 1.5em;
  }
  .help {
    border-top: 0.0625rem solid var(--_border);
    padding-top: 1em;
  }
  .progress {
    margin: 0 0 0.5em;
  }
  .progress summary {
    cursor: pointer;
    min-height: var(--_target);
    display: flex;
    align-items: center;
    padding: 0.25em 0.5em;
    border-radius: var(--_radius);
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    font-weight: 700;
  }
  .progress[open] summary {
    margin-bottom: 0.5em;
  }
  .saved {
    font-weight: 700;
  }
  .loading {
    color: var(--_fg-muted);
  }
  @media (max-width: 30em) {
    .nav .next,
    .nav button,
    .actions button {
      flex: 1 1 100%;
      margin-inline-start: 0;
    }
  }
  @media (forced-colors: active) {
    .text-size [aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;
