import { css } from 'lit';

/**
 * The Get help dialog that `<gp-tutorial>` and `<gp-tour>` open: a native modal `<dialog>` holding a
 * `<gp-help>`, its heading (slotted into gp-help, so it stays in the tutorial's shadow root and
 * can name the dialog) and a Close button above and below it. Sizes in em, so the dialog grows with the citizen's
 * text size, and never wider than the viewport, so it fits 320 px.
 */
export const helpDialogStyles = css`
  .help-dialog {
    width: 40em;
    max-width: calc(100% - 1rem);
    max-height: calc(100% - 1rem);
    padding: 1em;
    border: 0.1875rem solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    overflow-wrap: anywhere;
  }
  .help-dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .help-dialog gp-help {
    background: transparent;
  }
  .help-heading {
    font-size: 1.3em;
    margin: 0 0 0.5em;
  }
  .help-close-row {
    display: flex;
    justify-content: flex-end;
    margin-block: 0.5em;
  }
  @media (max-width: 30em) {
    .help-dialog {
      padding: 0.75em;
    }
    .help-close {
      flex: 1 1 100%;
    }
  }
  @media (forced-colors: active) {
    .help-dialog {
      border: 0.1875rem solid CanvasText;
    }
  }
`;
