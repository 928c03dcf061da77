import { css, html, LitElement, type PropertyDeclarations } from 'lit';
import { LanguageController } from '../controllers/language.js';
import { TextSizeController } from '../controllers/text-size.js';
import { base, tokens } from '../common/styles.js';
import { renderDisplay, renderTextSize } from '../gp-tutorial/text-size-control.js';
import { tutorialStyles } from '../gp-tutorial/gp-tutorial.styles.js';

/**
 * The citizen's display preferences on their own, for a portal's header: text size (A / A+ /
 * A++) and Display (contrast theme: Standard, High contrast, Dark, Yellow on black; line spacing:
 * Normal, Wide). Every guidepost element on the page follows the choice, and it is remembered
 * between visits (`localStorage`: `guidepost:text-size`, `guidepost:display`).
 *
 * @summary Text size, contrast theme and line spacing for every guidepost element on the page.
 * @tagname gp-preferences
 *
 * @csspart base - The row of controls.
 * @csspart text-size - The group of A / A+ / A++ buttons; each is also `button text-size-button`.
 * @csspart display - The Display disclosure; its summary is `display-summary`, its rows `display-theme` and `display-spacing`, each button also `display-theme-button` or `display-spacing-button`.
 *
 * @cssprop --gp-font-size - Base text size (default 1.25rem); the citizen's A+ / A++ scale it.
 * @cssprop --gp-color-text - Text colour (default #1a1a1a).
 * @cssprop --gp-color-background - Background (default #ffffff).
 * @cssprop --gp-color-accent - Buttons and the chosen size (default #0a3d7a).
 * @cssprop --gp-color-link - The Display summary (default #0a3d7a).
 * @cssprop --gp-color-focus - Focus ring (default #0a3d7a).
 */
export class GpPreferences extends LitElement {
  static override styles = [
    tokens,
    base,
    tutorialStyles,
    css`
      :host {
        display: inline-block;
      }
      /* In a header, no room below the controls. */
      .header,
      .progress {
        margin: 0;
      }
    `,
  ];
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
  };

  /** Language of the controls. Default: the inherited `lang` (from an ancestor), then Vietnamese. */
  declare lang: string;

  private readonly _language = new LanguageController(this);
  private readonly _textSize = new TextSizeController(this);

  override render() {
    const lang = this._language.lang;
    const t = this._language.t;
    // The walkthrough's header: A / A+ / A++ and Display side by side.
    return html`<div part="base" class="header" lang=${lang}>${renderTextSize(this._textSize, t, lang)}${renderDisplay(t)}</div>`;
  }
}
