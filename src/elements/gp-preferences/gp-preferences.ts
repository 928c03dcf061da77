import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LanguageController } from '../controllers/language.js';
import { TextSizeController } from '../controllers/text-size.js';
import { displayStyles, renderDisplay } from '../shared/display-control.js';
import { base, tokens } from '../shared/styles.js';
import { renderTextSize } from '../gp-tutorial/text-size-control.js';
import { tutorialStyles } from '../gp-tutorial/gp-tutorial.styles.js';
// The walkthrough's A / A+ / A++ come from its code: importing the walkthrough (which it
// defines) keeps them in its chunk of the CDN build, rather than in a chunk of their own that
// every walkthrough page would fetch as well (docs/decisions/0003-bundle-budgets.md).
import '../gp-tutorial.js';

/**
 * The citizen's display preferences on their own, for a portal's header: text size (A / A+ /
 * A++) and Display (contrast theme: Standard, High contrast, Dark, Yellow on black; line spacing:
 * Normal, Wide). Every guidepost element on the page follows the choice, and it is remembered
 * between visits (`localStorage`: `guidepost:text-size`, `guidepost:display`). Loading it
 * defines `<gp-tutorial>` too, whose controls it shares.
 *
 * @summary Text size, contrast theme and line spacing for every guidepost element on the page.
 * @tagname gp-preferences
 *
 * @csspart base - The row of controls.
 * @csspart text-size - The group of A / A+ / A++ buttons; each is also `button text-size-button`.
 * @csspart display - The Display disclosure; its summary is `display-summary`, its choices `display-panel` (each group `display-group`, each choice `display-option`).
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
    displayStyles,
    css`
      :host {
        display: inline-block;
      }
      .preferences {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        gap: 0.375em 1em;
      }
    `,
  ];

  /** Language of the controls. Default: the inherited `lang` (from an ancestor), then Vietnamese. */
  @property({ reflect: true }) override lang!: string;

  private readonly _language = new LanguageController(this);
  private readonly _textSize = new TextSizeController(this);

  override render() {
    const lang = this._language.lang;
    return html`<div part="base" class="preferences" lang=${lang}>${renderTextSize(this._textSize, this._language.t, lang)}${renderDisplay(lang)}</div>`;
  }
}
