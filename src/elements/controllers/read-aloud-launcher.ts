import { html, nothing, type LitElement } from 'lit';
import { guidepostI18n, uiLanguage } from '../../core/i18n/index.js';
import { hasVoice } from '../../core/speech/index.js';
import type { GuideHostController, GuideHostElement } from './guide-host.js';
import type { LanguageController } from './language.js';
import type { ReadAloudController } from './read-aloud.js';
import type { TutorialSourceController } from './tutorial-source.js';

/** The element a step is read aloud in. */
export type ReadHost = GuideHostElement & Pick<LitElement, 'renderRoot'>;

/**
 * What the reading (read-aloud.ts) gets from the code the page loaded before it, so that it
 * imports none of that code: a bundler would split each module both import into a chunk of
 * its own, and the page would load more before the first press.
 */
const link = { i18n: guidepostI18n, uiLanguage };
export type ReadLink = typeof link;

/**
 * The Read aloud button of a step, and all a page loads for it before it is pressed: whether
 * the step can be read (a recording in the language it is shown in, or a voice of that
 * language) and the button. The first press loads the reading itself (read-aloud.ts, with
 * core/read), which draws the controls from then on.
 */
export class ReadAloudLauncher implements EventListenerObject {
  private _reader?: ReadAloudController;

  constructor(
    readonly host: ReadHost,
    readonly guide: GuideHostController,
    readonly language: LanguageController,
    /** Recordings resolve against the tutorial file's address, as pictures do. */
    readonly source: TutorialSourceController,
  ) {}

  /** Read aloud, the controls while it reads, or nothing when the step's language has neither a recording nor a voice. */
  render(): unknown {
    const reader = this._reader;
    if (reader?.active) return reader.render();
    const step = this.guide.guide?.step;
    if (!step) return nothing;
    // The language the step is shown in; its recording is under the same key in `audio`.
    const lang = this.guide.text(step.title).lang;
    const recording = step.audio?.[lang];
    const speech = globalThis.speechSynthesis;
    if (!recording && !hasVoice(speech?.getVoices() ?? [], lang)) {
      // Voices often arrive after the first look (Chrome): look again when they do (once: this
      // very listener is added only once however often the step renders).
      speech?.addEventListener('voiceschanged', this, { once: true });
      return nothing;
    }
    // Offline before the reading code came: the button stays, and a later press tries again.
    const press = () => import('./read-aloud.js').then((m) => (this._reader ??= new m.ReadAloudController(this, link)).start(recording), () => undefined);
    return html`<button part="button read-button" class="read-button" @click=${press}>${this.language.t('tutorial.readAloud')}</button>`;
  }

  /** The browser's voices changed: see again whether the step can be read. */
  handleEvent(): void {
    this.host.requestUpdate();
  }
}
