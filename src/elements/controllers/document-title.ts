import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Puts where the citizen is in front of the page title ("Step 2 of 7: Install the app – <page
 * title>") and gives the page its own title back when there is nothing to show or the element
 * leaves the page.
 */
export class DocumentTitleController implements ReactiveController {
  /** The page's own title, kept while the element's is in front of it. */
  private _pageTitle?: string;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Shows `where` in front of the page's title; `undefined` restores the page's own. */
  show(where: string | undefined): void {
    if (where === undefined) {
      if (this._pageTitle === undefined) return;
      document.title = this._pageTitle;
      this._pageTitle = undefined;
      return;
    }
    this._pageTitle ??= document.title;
    const title = this._pageTitle ? `${where} – ${this._pageTitle}` : where;
    if (document.title !== title) document.title = title;
  }

  hostDisconnected(): void {
    this.show(undefined);
  }
}
