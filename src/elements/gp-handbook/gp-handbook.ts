import { html, LitElement, nothing, unsafeCSS, type PropertyDeclarations, type PropertyValues } from 'lit';
import { handbookCss, handbookDocument, handbookTranslator, pageCss, type HandbookQr, type PaperSize } from '../../core/handbook/index.js';
import type { GpErrorDetail } from '../../core/events/index.js';
import { failureMessage, type LoadFailureKind, type LoadResult } from '../../core/load/index.js';
import { resolveText } from '../../core/text/index.js';
import type { Tutorial } from '../../core/tutorial/index.js';
import { LanguageController } from '../controllers/language.js';
import { TextSizeController } from '../controllers/text-size.js';
import { TutorialSourceController } from '../controllers/tutorial-source.js';
import { contentStyles } from '../common/content-styles.js';
import { imageUrl } from '../common/step-content.js';
import { headingTag } from '../common/heading.js';
import { failureAnnouncement, renderFailure } from '../common/step-view.js';
import { announce } from '../common/live-region.js';
import { base, tokens } from '../common/styles.js';
import { toDom } from './to-dom.js';

/** The page rules (paper size, title and page number on every page), shared by every handbook. */
let pageSheet: CSSStyleSheet | undefined;
const showing = new Set<GpHandbook>();

/**
 * A whole tutorial on one page, for reading and for print: title, summary, minutes and what
 * you need; every step numbered in one fixed order (the order a citizen meets them, first
 * choice first) with its text, picture, tip and warning, where it leads ("If you choose
 * “Yes”, go to step 5.") and its reference code for the hotline; then the help channels with
 * their opening hours in words. With `url-template`, a QR code opens the guide on a phone
 * (and with `step-qr`, one per step opens that step). The QR code library is loaded only then.
 *
 * Printed, it is large print on A4 (or A5 with `paper="a5"`): body text of 16 pt, black on
 * white, a step never split across pages, the title and page number on every page.
 *
 * @summary A tutorial on one page, numbered for paper, with QR codes and reference codes.
 * @tagname gp-handbook
 *
 * @fires gp-error - The tutorial could not be loaded or is invalid. Detail: `{ tutorialId?, message, problems }`.
 *
 * @csspart base - The whole handbook.
 * @csspart print - The "Print this guide" button (with `print-button`); never printed.
 * @csspart error - The error message (`role="alert"`).
 *
 * @cssprop --gp-font-size - Base text size on screen (default 1.25rem); on paper it is 16 pt.
 * @cssprop --gp-font-family - Font stack; keep fonts that carry Vietnamese glyphs first.
 * @cssprop --gp-color-text - Text colour on screen (default #1a1a1a); black on paper.
 * @cssprop --gp-color-link - Links on screen (default #0a3d7a).
 * @cssprop --gp-color-border - The line above each step (default #5c5c5c).
 */
export class GpHandbook extends LitElement {
  static override styles = [tokens, base, contentStyles, unsafeCSS(handbookCss)];
  static override properties: PropertyDeclarations = {
    src: {},
    tutorial: { attribute: false },
    lang: { reflect: true },
    urlTemplate: { attribute: 'url-template' },
    stepQr: { attribute: 'step-qr', type: Boolean },
    paper: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    printButton: { attribute: 'print-button', type: Boolean },
    _tutorial: { state: true },
    _failure: { state: true },
    _qr: { state: true },
  };

  /** URL of a tutorial file (JSON, format 1). The `tutorial` property takes an object instead. */
  declare src?: string;
  /** The tutorial as an object; it is validated like a file. */
  declare tutorial?: Tutorial | object;
  /** Language to print in. Default: the inherited `lang`, then the tutorial's `lang`. */
  declare lang: string;
  /**
   * The address a QR code opens, with `{tutorialId}` and `{stepId}` in it, for example
   * `https://portal.example/huong-dan.html?t={tutorialId}&step={stepId}`. The guide's code
   * leaves a `step={stepId}` parameter out. Without it no QR code is printed.
   */
  declare urlTemplate?: string;
  /** Print a QR code beside every step too (needs `url-template`). */
  stepQr = false;
  /** The paper size: `a4` (default) or `a5`. */
  paper: PaperSize = 'a4';
  /** The heading level of the title (default 2); step headings are one level below. */
  headingLevel = 2;
  /** Show a "Print this guide" button above the handbook (it is never printed). */
  printButton = false;

  declare private _tutorial?: Tutorial;
  declare private _failure?: { kind: LoadFailureKind; detail: GpErrorDetail };
  declare private _qr?: (text: string) => HandbookQr;
  private _qrLoading?: Promise<void>;

  private readonly _source = new TutorialSourceController(this, (result) => this._accept(result));
  private readonly _language = new LanguageController(this, () => this._tutorial?.lang);
  // On screen, the handbook takes the citizen's contrast theme and spacing; on paper it is black on white.
  protected readonly _display = new TextSizeController(this);

  /** Resolves once the handbook shows everything it will print (QR codes included). */
  async ready(): Promise<void> {
    await this.updateComplete;
    await this._source.settled();
    await this._qrLoading;
    await this.updateComplete;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    showing.delete(this);
    if (showing.size === 0 && pageSheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== pageSheet);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._source.sync(changed);
    if (this.urlTemplate && !this._qr && !this._qrLoading) {
      // Only a handbook with QR codes downloads the QR code library.
      this._qrLoading = import('../../core/qr/index.js').then((qr) => {
        this._qr = qr.qrCode;
      });
    }
  }

  private _accept(result: LoadResult): void {
    this._tutorial = result.ok ? result.tutorial : undefined;
    this._failure = result.ok ? undefined : { kind: result.kind, detail: result.detail };
    // Said through the page's live region: Chrome reads one in a shadow root unreliably.
    if (!result.ok) announce(failureAnnouncement(this._language.t, this._language.t(failureMessage[result.kind])), this._language.lang);
  }

  protected override updated(): void {
    const tutorial = this._tutorial;
    if (!tutorial) return;
    const lang = this._language.lang;
    pageSheet ??= new CSSStyleSheet();
    pageSheet.replaceSync(pageCss(resolveText(tutorial.title, lang, tutorial.lang), this.paper === 'a5' ? 'a5' : 'a4', handbookTranslator(lang)));
    showing.add(this);
    if (!document.adoptedStyleSheets.includes(pageSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
  }

  override render() {
    const lang = this._language.lang;
    const t = this._language.t;
    if (this._failure) {
      return html`<div part="base" lang=${lang}>
        ${renderFailure({ t, lang, heading: headingTag(this.headingLevel), message: t(failureMessage[this._failure.kind]), detail: this._failure.detail })}
      </div>`;
    }
    const tutorial = this._tutorial;
    if (!tutorial) return this._source.started ? html`<p part="loading">${t('tutorial.loading')}</p>` : nothing;
    const tree = handbookDocument(tutorial, {
      lang,
      headingLevel: this.headingLevel,
      urlTemplate: this.urlTemplate,
      stepQr: this.stepQr,
      qr: this._qr,
      image: (src) => imageUrl(src, this.src),
    });
    return html`<div part="base" class="handbook-host">
      ${this.printButton
        ? html`<div class="handbook"><button part="print" class="print-button" @click=${() => window.print()}>${handbookTranslator(lang)('handbook.print')}</button></div>`
        : nothing}
      ${toDom(tree)}
    </div>`;
  }
}
