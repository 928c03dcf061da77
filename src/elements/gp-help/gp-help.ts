import { LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html, type StaticValue } from 'lit/static-html.js';
import { headingTag } from '../common/heading.js';
import { encodeReference, formatReference } from '../../core/help/index.js';
import { translator } from '../../core/i18n/index.js';
import { resolveText } from '../../core/text/index.js';
import type { HelpChannel, HelpChannelType, Help, Step, Tutorial } from '../../core/tutorial/index.js';
import { emit } from '../common/events.js';
import { announce } from '../common/live-region.js';
import type { LoadResult } from '../../core/load/index.js';
import { TutorialSourceController } from '../controllers/tutorial-source.js';
import { LanguageController } from '../controllers/language.js';
import { base, tokens } from '../common/styles.js';
import { TextSizeController } from '../controllers/text-size.js';
import { listChannels, type HelpLike, type HelpSource } from '../../core/help/index.js';
import { copyText } from './copy-text.js';
import { defaultHelp, helpProblems, watchDefaultHelp } from './default-help.js';
import { shieldIcon } from './help-icons.js';
import { intlLocale } from '../../core/help/index.js';
import { renderChannel, type ChannelContext } from './render-channel.js';
import { renderReference } from './render-reference.js';
import { helpStyles } from './gp-help.styles.js';


/**
 * Help hand-off: the ways to reach a person (hotline, text message, email, chat, a web page, a
 * desk to visit), each as one large link with a visible label, with "Open now, until 17:00" or
 * "Closed now. Opens Monday at 07:30" read in the channel's own time zone; the reference code
 * for the step the citizen is on, to read to the helper, with a Copy button; and the reminder
 * that staff never ask for a password or OTP code.
 *
 * It stands alone (give `channels` and `timezone`, or `help`, or the `src` of a tutorial file)
 * or opens from `<gp-tutorial>`'s Get help in a dialog, with the step's help listed before the
 * tutorial's. Help set with `setDefaultHelp()` is listed last on every page. Give `tutorial` (or
 * `src`) and `step-id`, or `reference`, to show a reference code.
 *
 * @summary Ways to reach a person for help, opening hours, and a reference code to read out.
 * @tagname gp-help
 *
 * @slot heading - Replaces the heading "Get help from a person", for a dialog that names itself
 *   by a heading in its own shadow root (`aria-labelledby` cannot cross into this one).
 *
 * @fires gp-help-request - The citizen picked a channel. Detail: `{ tutorialId, stepId, reference, channel, locale }`;
 *   `tutorialId`, `stepId` and `reference` are `''` when unknown.
 * @fires gp-error - The tutorial at `src` (or in `tutorial`) could not be loaded or is invalid. Detail: `{ tutorialId?, message, problems }`.
 *
 * @csspart base - The whole help.
 * @csspart heading - The default heading.
 * @csspart intro - "If you are stuck, a person can help you…".
 * @csspart channels - The list of channels.
 * @csspart channel - Each channel's list item; also its type: `phone`, `sms`, `email`, `chat`, `link`, `desk`.
 * @csspart channel-link - The large link of a channel; a desk's map link is also `map-link`.
 * @csspart address - A desk's address.
 * @csspart value - A number shown as text because it cannot be dialled as written.
 * @csspart status - "Open now…" / "Closed now…"; also `open` or `closed`.
 * @csspart empty - The message shown when no channel is known.
 * @csspart reference - The reference code block.
 * @csspart code - The reference code itself.
 * @csspart button - The Copy button; also `copy`.
 * @csspart copy-status - "Code copied" beside the button.
 * @csspart safety - The safety line.
 *
 * @cssprop --gp-font-size - Base text size (default 1.25rem = 20 px); the citizen's A+ / A++ scale it.
 * @cssprop --gp-font-family - Font stack; keep fonts that carry Vietnamese glyphs first.
 * @cssprop --gp-color-accent - Channel links and the Copy button (default #0a3d7a).
 * @cssprop --gp-color-surface - Background of the reference code block (default #f3f4f6).
 * @cssprop --gp-color-warning-background - Background of the safety line.
 * @cssprop --gp-color-warning-border - Border of the safety line.
 * @cssprop --gp-color-done - Colour of "Open now" and "Code copied" icons (default #1d5e20).
 * @cssprop --gp-radius - Corner radius of links and boxes.
 */
export class GpHelp extends LitElement {
  static override styles = [tokens, base, helpStyles];
  static override properties: PropertyDeclarations = {
    src: {},
    tutorial: { attribute: false },
    stepId: { attribute: 'step-id' },
    reference: {},
    channels: { attribute: false },
    help: { attribute: false },
    timezone: {},
    lang: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    now: { attribute: false },
    _tutorial: { state: true },
    _copied: { state: true },
  };

  /** URL of a tutorial file whose `help` to list (and, with `step-id`, whose step's help). */
  declare src?: string;
  /** A tutorial as an object, instead of `src`; it is validated like a file. */
  declare tutorial?: Tutorial | unknown;
  /** The id of the step the citizen is on: its `help` is listed first, and its reference code shown. */
  declare stepId?: string;
  /** A reference code to show as given (`445M-301V`), when the page has no tutorial to compute it from. */
  declare reference?: string;
  /** Channels to list, without a tutorial. Their hours are read in `timezone`. */
  declare channels?: readonly HelpChannel[];
  /** Help as a tutorial writes it, `{ channels, timezone }`, without a tutorial. */
  declare help?: Help;
  /**
   * IANA time zone of the opening hours of `channels`, and of any help that gives none (for
   * example `Asia/Ho_Chi_Minh`). Without a zone no "Open now" is shown, rather than a wrong one.
   */
  declare timezone?: string;
  /** Language of the help. Default: the inherited `lang`, then the tutorial's. */
  declare lang: string;
  /** The level of the heading (default 2); the reference code's heading is one below. */
  headingLevel = 2;
  /** The clock opening hours are checked against; tests and stories pass a fixed time. */
  now: () => Date = () => new Date();

  declare private _tutorial?: Tutorial;
  declare private _copied?: { code: string; ok: boolean };

  private readonly _source = new TutorialSourceController(this, (result) => this._accept(result));
  private readonly _language = new LanguageController(this, () => this._tutorial?.lang);
  private _stopWatching?: () => void;
  /** `help` and `channels` once checked; left out when their shape is wrong (a warning says why). */
  private _checked: { help?: HelpLike | undefined; channels?: HelpLike | undefined } = {};
  private _lastWarning?: string;

  constructor() {
    super();
    // Follows the text size the citizen chose in any guidepost element, kept between visits.
    new TextSizeController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._stopWatching = watchDefaultHelp(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopWatching?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tutorial') && this.tutorial !== undefined) {
      void this._source.check(this.tutorial);
    } else if ((changed.has('src') || changed.has('tutorial')) && this.src && this.tutorial === undefined) {
      void this._source.load(this.src);
    } else if (changed.has('tutorial') && !this.src) {
      this._source.cancel();
      this._tutorial = undefined;
    }
    if (changed.has('help')) this._checked.help = this._check(this.help, 'help');
    if (changed.has('channels') || changed.has('timezone')) {
      const channels = this.channels;
      this._checked.channels = channels && this._check({ channels, timezone: this.timezone }, 'channels');
    }
  }

  private _check(help: HelpLike | undefined, name: 'help' | 'channels'): HelpLike | undefined {
    if (help === undefined) return undefined;
    const problems = helpProblems(name === 'channels' ? { channels: help.channels } : help, name);
    if (problems.length === 0) return help;
    console.warn(`[guidepost] <gp-help> ignores \`${name}\`:\n${problems.join('\n')}`);
    return undefined;
  }

  private get _lang(): string {
    return this._language.lang;
  }

  /** A failure was logged and sent as `gp-error` by the source. */
  private _accept(result: LoadResult): void {
    this._tutorial = result.ok ? result.tutorial : undefined;
  }

  private _sources(tutorial: Tutorial | undefined, step: Step | undefined, lang: string): HelpSource[] {
    const portal = defaultHelp();
    const fallbackZone = this.timezone ?? portal?.timezone;
    const tutorialZone = tutorial?.help?.timezone ?? fallbackZone;
    const tutorialLang = tutorial?.lang ?? lang;
    return [
      { help: step?.help, fallbackZone: tutorialZone, lang: tutorialLang },
      { help: tutorial?.help, fallbackZone, lang: tutorialLang },
      { help: this._checked.help, fallbackZone, lang },
      { help: this._checked.channels, fallbackZone, lang },
      { help: portal, fallbackZone: this.timezone, lang },
    ];
  }

  private _reference(tutorial: Tutorial | undefined): string | undefined {
    if (this.reference) return formatReference(this.reference);
    if (!tutorial || !this.stepId) return undefined;
    try {
      return encodeReference({ tutorialId: tutorial.id, revision: tutorial.revision, stepId: this.stepId }, tutorial);
    } catch (error) {
      // Said once per mistake, not on every render.
      const message = `[guidepost] <gp-help>: no reference code: ${String((error as Error).message ?? error)}`;
      if (message !== this._lastWarning) console.warn(message);
      this._lastWarning = message;
      return undefined;
    }
  }

  private _pick(type: HelpChannelType, reference: string | undefined, lang: string): void {
    const tutorialId = this._tutorial?.id ?? '';
    emit(this, 'gp-help-request', { tutorialId, stepId: this.stepId ?? '', reference: reference ?? '', channel: type, locale: lang });
  }

  private async _copy(code: string, lang: string): Promise<void> {
    const ok = await copyText(code);
    this._copied = { code, ok };
    const t = translator(lang);
    announce(ok ? t('help.copied') : t('help.copyFailed'), lang);
  }

  private _heading(offset: number): StaticValue {
    return headingTag(this.headingLevel, offset);
  }

  override render() {
    const lang = this._lang;
    const t = translator(lang);
    const tutorial = this._tutorial;
    const step = this.stepId ? tutorial?.steps.find((s) => s.id === this.stepId) : undefined;
    const reference = this._reference(tutorial);
    const listed = listChannels(this._sources(tutorial, step, lang));
    const context: ChannelContext = {
      lang,
      locale: intlLocale(lang),
      t,
      now: this._clock(),
      reference,
      subject: tutorial ? t('help.subject', { title: resolveText(tutorial.title, lang, tutorial.lang) }) : t('help.subjectPlain'),
      onPick: (type) => this._pick(type, reference, lang),
    };
    const h = this._heading(0);
    return html`<div part="base" class="base" lang=${lang}>
      <slot name="heading"><${h} part="heading" class="heading">${t('help.heading')}</${h}></slot>
      ${listed.length
        ? html`<p part="intro" class="intro">${t('help.intro')}</p>
            <ul part="channels" class="channels" role="list">
              ${listed.map((item, i) => renderChannel(item, i, context))}
            </ul>`
        : html`<p part="empty" class="empty">${t('help.noChannels')}</p>`}
      ${reference
        ? renderReference({
            code: reference,
            t,
            heading: this._heading(1),
            copied: this._copied?.code === reference ? this._copied.ok : undefined,
            onCopy: () => this._copy(reference, lang),
          })
        : nothing}
      <p part="safety" class="safety">${shieldIcon}<strong>${t('help.safety')}</strong></p>
    </div>`;
  }

  /** The injected clock, or now if it fails: a broken test clock must not break the page. */
  private _clock(): Date {
    try {
      const date = this.now();
      if (date instanceof Date && !Number.isNaN(date.getTime())) return date;
    } catch {
      // Fall through to the real time.
    }
    return new Date();
  }
}
