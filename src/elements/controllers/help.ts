import { nothing, type LitElement, type TemplateResult } from 'lit';
import { closeHelpDialog, loadHelp, prefetchHelp, renderHelpDialog, showHelpDialog } from '../common/help-dialog.js';
import type { GuideHostController } from './guide-host.js';
import type { LanguageController } from './language.js';

/**
 * The Get help dialog of an element that runs a guide (common/help-dialog.ts): Get help sends
 * `gp-help-request` with the step's reference code, loads `<gp-help>` the first time, and opens
 * the modal dialog with focus on its heading; when it closes, focus goes back to Get help.
 */
export class HelpController {
  private _open = false;

  constructor(
    private readonly _host: LitElement,
    private readonly _guide: GuideHostController,
    private readonly _language: LanguageController,
  ) {}

  /** Get help was pressed. `stillWanted` says whether the element still shows the step once `<gp-help>` has loaded. */
  async open(stillWanted: () => boolean = () => true): Promise<void> {
    if (!this._guide.requestHelp()) return;
    if (!(await loadHelp()) || !stillWanted()) return;
    this._open = true;
    this._host.requestUpdate();
    await showHelpDialog(this._host);
  }

  /**
   * The element closes with help open: the dialog closes first (while the modal help is open
   * the rest of the page is inert and cannot take focus back), and focus does not go to Get
   * help. `quiet` when the element left the page: nothing is left to close.
   */
  dismiss(quiet = false): void {
    if (!this._open) return;
    this._open = false;
    if (!quiet) closeHelpDialog(this._host);
    this._host.requestUpdate();
  }

  /** The dialog, closed and empty until Get help is pressed; nothing before the guide has a step. */
  render(): TemplateResult | typeof nothing {
    const guide = this._guide.guide;
    const s = this._guide.state;
    if (!guide || !s) return nothing;
    // A step is on screen: Get help's code comes next, before the network can drop.
    prefetchHelp();
    const { t, lang } = this._language;
    return renderHelpDialog({ t, lang, open: this._open, tutorial: guide.tutorial, stepId: s.stepId, onClosed: () => this._closed() });
  }

  /** The dialog closed (Close, Escape, or the page calling close()): back to Get help. */
  private _closed(): void {
    // Already handled when the element itself closed the help on its way out.
    if (!this._open) return;
    this._open = false;
    this._host.requestUpdate();
    this._host.renderRoot.querySelector<HTMLElement>('.help-button')?.focus();
  }
}
