import { css } from 'lit';
import { visuallyHidden } from '../common/styles.js';

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
  /* The panel is a column: the tour's name and Close, the step (which scrolls, heading first),
     then the choices or Back and Next. Only the middle scrolls, so the heading and Next are both on the
     panel's first screen at every text size; the panel itself scrolls only if even those two
     do not fit. It is also a size container, so its parts can tell when it is narrow for its
     own text (a phone at A++ or at 200 % browser text). */
  .panel {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    container-type: inline-size;
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
  .panel > * {
    flex: none;
    width: 100%;
    padding-inline: var(--_space);
  }
  .panel > .top {
    padding-top: var(--_space);
  }
  .panel > .scroll {
    flex: 0 1 auto;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
    padding-top: 0.5em;
  }
  .panel > .actions {
    padding-top: 0.75em;
    padding-bottom: var(--_space);
  }
  .panel > .scroll:last-child {
    padding-bottom: var(--_space);
  }
  .panel.anchored {
    width: var(--_panel-width);
    /* Never squeezed to stay beside its target: where it does not fit at its width, it docks. */
    max-width: 100vw;
  }
  .panel.docked {
    left: 0;
    right: 0;
    bottom: 0;
    top: auto;
    width: auto;
    max-width: 100%;
    /* Half the screen, or as much as the heading and Next need (set by the tour when it docks). */
    max-height: max(50vh, var(--_dock-height, 0px));
    border-width: 0.1875rem 0 0;
    border-radius: 0;
  }
  .panel.docked > * {
    max-width: calc(var(--_measure) + 2 * var(--_space));
    margin-inline: auto;
  }
  /* Even the whole viewport is too little for the heading and the actions: the middle keeps
     the heading in view, and the actions scroll in the room that is left. */
  .panel.docked[data-crowded] {
    height: var(--_dock-height);
  }
  .panel.docked[data-crowded] > .scroll {
    flex: 0 0 var(--_heading-end, auto);
  }
  .panel.docked[data-crowded] > .actions {
    flex: 1 1 0;
    min-height: 0;
    overflow: auto;
  }
  /* One row: the name beside Close (a long name wraps in its own column). */
  .top {
    flex-wrap: nowrap;
  }
  .eyebrow {
    flex: 1 1 0;
    min-width: 0;
    margin: 0;
    font-size: 0.85em;
    font-weight: 700;
    color: var(--_fg-muted);
    padding-top: 0.5em;
  }
  .close {
    flex: none;
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
    margin: 0 0 0.5em;
  }
  .help {
    margin: 0;
  }
  @media (max-width: 30em) {
    .nav button {
      flex: 1 1 auto;
    }
  }
  /* Narrow for its text (about 320 px at A++ or 200 % text): the tour's name is kept for screen
     readers only (it names the dialog), Close stands alone at the top, and the buttons and
     spacing are tighter, so the step heading and Next fit on the panel's first screen. */
  @container (max-width: 13em) {
    .top {
      justify-content: flex-end;
    }
    .eyebrow {
      ${visuallyHidden}
    }
    .panel > * {
      padding-inline: 0.25rem;
    }
    .panel > .top {
      padding-top: 0.25rem;
    }
    .panel > .actions {
      padding-top: 0.5em;
      padding-bottom: 0.25rem;
    }
    .panel > .scroll {
      padding-top: 0.25em;
    }
    /* The heading at the text's own size (still bold), and tighter buttons. */
    .step-heading {
      font-size: 1em;
    }
    .close,
    .nav button,
    .choice {
      padding: 0.25em 0.5em;
      gap: 0.25em;
    }
    .choices {
      gap: 0.25em;
    }
    /* Back and Next side by side, their arrows left out (the words say the way), rather than
       one above the other. */
    .nav {
      flex-wrap: nowrap;
      gap: 0.25em;
    }
    .nav button {
      flex: 1 1 0;
      min-width: 0;
    }
    .nav .icon {
      display: none;
    }
    /* Close is one short, well-known word: a little smaller, so the step gets the room. */
    .close {
      font-size: 0.8em;
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
