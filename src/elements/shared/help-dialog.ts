/**
 * The Get help dialog that `<gp-tutorial>` and `<gp-tour>` open from their Get help button: a
 * native modal `<dialog>` in the element's shadow root with `<gp-help>` inside. It is named by a
 * heading in that same root (`aria-labelledby` cannot reach into `<gp-help>`'s), slotted into
 * `<gp-help>`. Focus moves to that heading; Escape or Close closes the dialog, and the element
 * puts focus back on Get help. Style it with `helpDialogStyles` (`gp-help/help-dialog.styles.ts`).
 */
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import type { Translate } from '../../core/i18n/index.js';
import type { Tutorial } from '../../core/tutorial/index.js';
import { whenIdle } from './idle.js';

/** The id of the dialog's heading in the element's shadow root: it names the dialog. */
const headingId = 'gp-help-heading';

/** What the Get help dialog shows, and what it tells the element. */
export interface HelpDialogView {
  readonly t: Translate;
  /** The element's language, given to `<gp-help>`. */
  readonly lang: string;
  /** Whether help is open: `<gp-help>` is rendered only then, so its hours are read when it opens. */
  readonly open: boolean;
  /** Whose `help` to list, after the step's. */
  readonly tutorial: Tutorial;
  /** The step the citizen is on: its help is listed first, and its reference code shown. */
  readonly stepId: string;
  /** The dialog closed (Close, Escape, or the page calling `close()`). */
  readonly onClosed: () => void;
}

/**
 * Loads `<gp-help>` the first time a citizen asks for help, so a page pays for it only then. A
 * failure is logged; the dialog still opens (empty but for its heading and Close).
 */
export async function loadHelp(): Promise<void> {
  if (customElements.get('gp-help')) return;
  try {
    await import('../gp-help.js');
  } catch (error) {
    console.error('[guidepost] Could not load <gp-help>:', error);
  }
}

let prefetched = false;

/**
 * Fetches `<gp-help>`'s code at idle, once: called when a first step is shown, so Get help
 * (and the phone number in it) still opens if the network drops afterwards.
 */
export function prefetchHelp(): void {
  if (prefetched) return;
  prefetched = true;
  // Quietly: a failure here is told, if it still fails, when Get help is pressed.
  whenIdle(() => void import('../gp-help.js').catch(() => undefined));
}

/**
 * Opens `host`'s help dialog (rendered by {@link renderHelpDialog}) as a modal, after its next
 * render, and moves focus to its heading. Call it once the dialog's `open` is true.
 */
export async function showHelpDialog(host: LitElement): Promise<void> {
  await host.updateComplete;
  const dialog = host.renderRoot.querySelector<HTMLDialogElement>('dialog.help-dialog');
  if (!dialog) return;
  if (!dialog.open) dialog.showModal();
  host.renderRoot.querySelector<HTMLElement>(`#${headingId}`)?.focus();
}

/** Closes `host`'s help dialog if it is open (its `close` event follows). */
export function closeHelpDialog(host: LitElement): void {
  host.renderRoot.querySelector<HTMLDialogElement>('dialog.help-dialog[open]')?.close();
}

/** The Close button, whichever element's dialog it is in. */
function closeFromButton(e: Event): void {
  (e.currentTarget as HTMLElement).closest('dialog')?.close();
}

/**
 * The dialog: `<gp-help>` for `tutorial` at `stepId` under the heading "Get help from a person",
 * then Close. Closed (and empty) until {@link showHelpDialog} opens it.
 */
export function renderHelpDialog(v: HelpDialogView): TemplateResult {
  return html`<dialog part="help-dialog" class="help-dialog" aria-labelledby=${headingId} @close=${v.onClosed}>
    ${v.open
      ? html`<gp-help lang=${v.lang} heading-level="2" .tutorial=${v.tutorial} .stepId=${v.stepId}>
            <h2 slot="heading" id=${headingId} class="help-heading" tabindex="-1">${v.t('help.heading')}</h2>
          </gp-help>
          <div class="help-close-row">
            <button part="button help-close" class="help-close" type="button" @click=${closeFromButton}>${v.t('help.close')}</button>
          </div>`
      : nothing}
  </dialog>`;
}
