/**
 * The Get help dialog that `<gp-tutorial>` and `<gp-tour>` open from their Get help button: a
 * native modal `<dialog>` in the element's shadow root with `<gp-help>` inside. It is named by a
 * heading in that same root (`aria-labelledby` cannot reach into `<gp-help>`'s), slotted into
 * `<gp-help>`. A Close button stands at the top, above the heading, and another at the end:
 * focus moves to the top one, so a screen reader says the dialog's name once ("Get help from
 * a person, dialog, Close, button"), and a touch user with no Escape key can leave without
 * scrolling. Escape or either Close closes the dialog, and the element puts focus back on Get
 * help. Style it with `helpDialogStyles` (`gp-help/help-dialog.styles.ts`).
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

/** The dialog's content, once loaded (help-dialog-content.ts, with `<gp-help>`). */
let content: typeof import('./help-dialog-content.js').renderHelpContent | undefined;

/**
 * Loads `<gp-help>` and the dialog's content the first time a citizen asks for help, so a page
 * pays for them only then. Resolves to whether they are there: a failure is logged, and the
 * dialog does not open (an empty modal dialog would trap a touch user with no Escape key).
 */
export async function loadHelp(): Promise<boolean> {
  try {
    content ??= (await import('./help-dialog-content.js')).renderHelpContent;
    return true;
  } catch (error) {
    console.error('[guidepost] Could not load <gp-help>:', error);
    return false;
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
 * render, and moves focus to the Close button at its top. Call it once the dialog's `open` is true.
 */
export async function showHelpDialog(host: LitElement): Promise<void> {
  await host.updateComplete;
  const dialog = host.renderRoot.querySelector<HTMLDialogElement>('dialog.help-dialog');
  if (!dialog) return;
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLElement>('.help-close-top')?.focus();
}

/** Closes `host`'s help dialog if it is open (its `close` event follows). */
export function closeHelpDialog(host: LitElement): void {
  host.renderRoot.querySelector<HTMLDialogElement>('dialog.help-dialog[open]')?.close();
}

/**
 * The dialog: Close, then `<gp-help>` for `tutorial` at `stepId` under the heading "Get help
 * from a person", then Close again. Closed (and empty) until {@link showHelpDialog} opens it.
 */
export function renderHelpDialog(v: HelpDialogView): TemplateResult {
  return html`<dialog part="help-dialog" class="help-dialog" aria-labelledby=${headingId} @close=${v.onClosed}>
    ${v.open && content ? content(v, headingId) : nothing}
  </dialog>`;
}
