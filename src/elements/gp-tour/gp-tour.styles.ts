import { css } from 'lit';

export const tourStyles = css`
  :host {
    --_ring: var(--gp-color-tour-ring, #5b1a6b);
    --_ring-halo: var(--gp-color-tour-ring-halo, #ffffff);
    --_panel-width: var(--gp-tour-width, 24em);
    --_z: var(--gp-tour-z-index, 2147483000);
    /* A tour panel is small: tighter spacing between its blocks than the walkthrough's. */
    --_gap: 1em;
    --_box-padding: 0.5em 0.75em;
    background: transparent;
  }
  .spacer {
    height: 0;
  }
  /* The ring and the panel are manual popovers (top layer: above any z-index of the page and
     outside its overflow clipping). These rules undo the browser's popover defaults; without
     popover support they are ordinary fixed boxes with a high z-index. */
  .ring,
  .panel {
    position: fixed;
    inset: auto;
    margin: 0;
    z-index: var(--_z);
  }
  .ring {
    padding: 0;
    border: 0;
    background: transparent;
    overflow: visible;
    pointer-events: none;
    visibility: hidden;
    border-radius: 0.25rem;
    /* Dark ring between two light bands: it stands out on light and dark pages alike. */
    outline: 0.25rem solid var(--_ring);
    outline-offset: 0.125rem;
    box-shadow: 0 0 0 0.5rem var(--_ring-halo);
  }
  .ring.shown {
    visibility: visible;
  }
  .panel {
    box-sizing: border-box;
    color: var(--_fg);
    background: var(--_bg);
    border: 0.1875rem solid var(--_accent);
    border-radius: var(--_radius);
    box-shadow: 0 0.25rem 1.5rem rgb(0 0 0 / 0.35);
    padding: 0;
    overflow: auto;
    overscroll-behavior: contain;
    font: inherit;
    line-height: var(--_line-height);
  }
  .panel.anchored {
    width: var(--_panel-width);
    /* Narrower when there is less room beside the target, but never too narrow to read. */
    max-width: max(min(16em, calc(100vw - 1rem)), min(var(--_panel-width), var(--_available-width, 100vw)));
  }
  .panel.docked {
    left: 0;
    right: 0;
    bottom: 0;
    top: auto;
    width: auto;
    max-width: 100%;
    max-height: 50vh;
    border-width: 0.1875rem 0 0;
    border-radius: 0;
  }
  .inner {
    padding: var(--_space);
  }
  .panel.docked .inner {
    max-width: calc(var(--_measure) + 2 * var(--_space));
    margin-inline: auto;
  }
  .top {
    margin-bottom: 0.5em;
  }
  .eyebrow {
    flex: 1 1 10em;
    margin: 0;
    font-size: 0.85em;
    font-weight: 700;
    color: var(--_fg-muted);
    padding-top: 0.5em;
  }
  .close {
    padding: 0.25em 0.75em;
  }
  .step-heading {
    margin: 0 0 0.5em;
  }
  .note {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin: 0 0 1em;
    padding: 0.5em 0.75em;
    border: 0.125rem solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .choices {
    gap: 0.5em;
    margin: 0 0 1em;
  }
  .help {
    margin: 0 0 0.75em;
  }
  @media (max-width: 30em) {
    .nav button {
      flex: 1 1 auto;
    }
  }
  @media (forced-colors: active) {
    .ring {
      forced-color-adjust: none;
      outline-color: Highlight;
      box-shadow: 0 0 0 0.5rem Canvas;
    }
    .panel {
      border-color: CanvasText;
    }
    .note {
      border: 0.1875rem solid CanvasText;
    }
  }
`;
