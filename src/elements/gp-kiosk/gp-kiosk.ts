import { css, html, LitElement, nothing } from 'lit';
import { announceCountdown, kioskTranslator, type KioskOptions } from '../../core/kiosk/index.js';
import { LanguageController } from '../controllers/language.js';
import { announce } from '../common/live-region.js';
import { base, tokens } from '../common/styles.js';
import { kioskTags, KioskSession } from './session.js';

/**
 * The screen of a Digital Citizen Station, where one person after another does their
 * paperwork: `setKioskMode()` puts one on the page (or a `kiosk` attribute on `<gp-tutorial>`,
 * `<gp-tour>`, `<gp-progress>` does, once `guidepost/elements/gp-kiosk.js` is loaded). Progress
 * is kept in memory only. After some minutes without a touch, key or scroll it asks "Are you
 * still there?" in a modal with a large "I'm still here" button and a countdown of at least 60
 * seconds, said politely; then, or when a finished citizen presses "Start over for the next
 * person", it clears everything of theirs (progress, text size, language) and every guide
 * goes back to its start, and `gp-kiosk-reset` fires on `document`.
 *
 * @summary A shared screen that forgets: idle warning, countdown, and a clean start.
 * @tagname gp-kiosk
 *
 * @fires gp-kiosk-reset - Everything was cleared (on `document`). Detail: `{ reason: 'idle' | 'finished' }`.
 *
 * @csspart dialog - The "Are you still there?" dialog; its button is `still-here`.
 * @csspart countdown - "Starting again in 45 seconds".
 * @csspart finished - The "Start over for the next person" panel; its button is `start-over`.
 */
export class GpKiosk extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      :host {
        background: transparent;
      }
      dialog {
        border: 0.25rem solid var(--_accent);
        border-radius: var(--_radius);
        padding: 1.5em;
        max-width: min(36rem, 92vw);
        color: var(--_fg);
        background: var(--_bg);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.6);
      }
      .big {
        font-size: 1.25em;
        min-height: 4rem;
        width: 100%;
      }
      .countdown {
        font-weight: 700;
      }
      .finished {
        position: fixed;
        inset-inline: 0;
        bottom: 0;
        padding: 1em;
        background: var(--_surface);
        border-top: 0.25rem solid var(--_accent);
        display: flex;
        flex-wrap: wrap;
        gap: 0.75em;
        align-items: center;
        justify-content: center;
      }
      .finished p {
        margin: 0;
      }
    `,
  ];

  /** The station this screen shows. */
  readonly session = new KioskSession(() => this._changed());
  private readonly _language = new LanguageController(this);
  private get _dialog(): HTMLDialogElement | undefined {
    return this.renderRoot?.querySelector<HTMLDialogElement>('dialog') ?? undefined;
  }
  private _phase = this.session.phase;
  private _observer?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this._observer = new MutationObserver(() => this.scan());
    this._observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['kiosk'] });
    this.scan();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    this.session.stop();
  }

  /** Enrols every element of the page that is (now) in kiosk mode, and lets go of the others. */
  scan(): void {
    const selector = kioskTags.map((tag) => (this.session.pageWide ? tag : `${tag}[kiosk]`)).join(', ');
    const found = new Set(document.querySelectorAll<HTMLElement>(selector));
    for (const el of found) this.session.enrol(el);
    for (const tag of kioskTags) for (const el of document.getElementsByTagName(tag)) if (!found.has(el as HTMLElement)) this.session.leave(el as HTMLElement);
    if (found.size > 0 || this.session.pageWide) this.session.start();
  }

  private _changed(): void {
    const t = kioskTranslator(this._language.lang);
    const { phase, secondsLeft, timing } = this.session;
    if (phase === 'asking' && this._phase !== 'asking') announce(`${t('kiosk.stillThere')} ${t('kiosk.countdown', { count: secondsLeft })}`, this._language.lang);
    else if (phase === 'asking' && announceCountdown(secondsLeft, timing.countdownSeconds)) announce(t('kiosk.countdown', { count: secondsLeft }), this._language.lang);
    else if (phase === 'finished' && this._phase !== 'finished') announce(t('kiosk.finished'), this._language.lang);
    this._phase = phase;
    this.requestUpdate();
  }

  protected override updated(): void {
    const dialog = this._dialog;
    if (!dialog) return;
    if (this.session.phase === 'asking' && !dialog.open) {
      dialog.showModal();
      this.renderRoot.querySelector<HTMLButtonElement>('[part="button still-here"]')?.focus();
    } else if (this.session.phase !== 'asking' && dialog.open) {
      dialog.close();
    }
  }

  override render() {
    const lang = this._language.lang;
    const t = kioskTranslator(lang);
    const { phase, secondsLeft, timing } = this.session;
    return html`<dialog
        part="dialog"
        lang=${lang}
        aria-labelledby="gp-kiosk-title"
        aria-describedby="gp-kiosk-explain"
        @cancel=${(e: Event) => {
          // Escape is an answer too: "I'm still here".
          e.preventDefault();
          this.session.activity();
        }}
      >
        <h2 id="gp-kiosk-title">${t('kiosk.stillThere')}</h2>
        <p id="gp-kiosk-explain">${t('kiosk.explain', { count: timing.countdownSeconds })}</p>
        <p part="countdown" class="countdown">${phase === 'asking' ? t('kiosk.countdown', { count: secondsLeft }) : nothing}</p>
        <button part="button still-here" class="primary big" @click=${() => this.session.activity()}>${t('kiosk.stillHere')}</button>
      </dialog>
      ${phase === 'finished'
        ? html`<div part="finished" class="finished" role="region" aria-label=${t('kiosk.startOver')} lang=${lang}>
            <p>${t('kiosk.finished')}</p>
            <button part="button start-over" class="primary big" @click=${() => this._startOver()}>${t('kiosk.startOver')}</button>
          </div>`
        : nothing}`;
  }

  private _startOver(): void {
    this.session.reset('finished');
    announce(kioskTranslator(this._language.lang)('kiosk.cleared'), this._language.lang);
  }
}

/** Options of {@link setKioskMode}. */
export type { KioskOptions };
