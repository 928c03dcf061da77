import { css } from 'lit';

/**
 * What a step looks like wherever it is shown (see step-view.ts); each element adds only its
 * own spacing.
 */
export const stepStyles = css`
  .top,
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .step-heading {
    font-size: 1.2em;
  }
  .step-count {
    display: block;
    font-size: 0.8em;
    font-weight: 700;
    color: var(--_fg-muted);
  }
  .step-title {
    display: block;
  }
  .choices {
    display: flex;
    flex-direction: column;
    align-items: stretch;
  }
  .choice {
    justify-content: space-between;
    text-align: start;
    font-weight: 700;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .nav .next {
    margin-inline-start: auto;
  }
`;
