import { LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { Catalog } from '../../core/catalog/index.js';
import { stepPlace, type WalkPlace } from '../../core/guide/index.js';
import { explainReference, spokenReference, type ReferenceExplanation } from '../../core/help/index.js';
import type { Translate } from '../../core/i18n/index.js';
import { resolveTextWithLang } from '../../core/text/index.js';
import type { Step, Text } from '../../core/tutorial/index.js';
import { CatalogSourceController, type LoadedGuide } from '../controllers/catalog-source.js';
import { LanguageController } from '../controllers/language.js';
import { TextSizeController } from '../controllers/text-size.js';
import { useCatalogStrings } from '../common/catalog-strings.js';
import { contentStyles } from '../common/content-styles.js';
import { fieldStyles } from '../common/field-styles.js';
import { headingTag } from '../common/heading.js';
import { announce } from '../common/live-region.js';
import { langOf, renderStepContent } from '../common/step-content.js';
import { base, tokens } from '../common/styles.js';
import '../gp-help.js';
import { lookupStyles } from './gp-lookup.styles.js';

/** What the last lookup found, with the guide it is about when known. */
interface Shown {
  readonly explanation: ReferenceExplanation;
  readonly guide?: LoadedGuide;
  readonly place?: WalkPlace;
}

/**
 * The helper's side of a reference code: a field for the code a citizen reads out (tolerant of
 * case, spaces, hyphens and look-alikes), then the guide's title, "Step 4 of 9" as the citizen's
 * screen counts it (on the shortest way to the step, not its place in the file), that step as
 * the citizen sees it in the helper's language, the steps before and after, and the guide's help
 * contacts. A mistyped code gets a plain reason: which character looks wrong, a code too short,
 * a guide this desk does not have, or another version of it. Codes are read one character at a
 * time by screen readers.
 *
 * It fetches only the catalog and the files it lists (or takes `tutorials`), and keeps no
 * record of the codes typed: nothing is stored, sent or put in the address.
 *
 * @summary A helper's lookup of a citizen's reference code: the same guide at the same step.
 * @tagname gp-lookup
 *
 * @fires gp-error - The catalog, or a tutorial it lists, could not be loaded or is invalid. Detail: `{ tutorialId?, message, problems }`.
 *
 * @csspart form - The code field, its hint and the Show button.
 * @csspart input - The code `<input>`.
 * @csspart problem - Why a code could not be placed (`role="alert"`).
 * @csspart result - What the code names.
 * @csspart where - "Step 4 of 9".
 * @csspart step - The step as the citizen sees it.
 * @csspart around - The steps before and after.
 * @csspart help - The guide's `<gp-help>`.
 * @csspart loading - The loading message.
 *
 * @cssprop --gp-font-size - Base text size (default 1.25rem = 20 px).
 * @cssprop --gp-color-surface - Background of the step as the citizen sees it (default #f3f4f6).
 */
export class GpLookup extends LitElement {
  static override styles = [tokens, base, contentStyles, fieldStyles, lookupStyles];
  static override properties: PropertyDeclarations = {
    src: {},
    catalog: { attribute: false },
    tutorials: { attribute: false },
    lang: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    _shown: { state: true },
  };

  /** URL of the catalog whose guides the desk knows. */
  declare src?: string;
  /** The catalog, as an object, instead of `src`. */
  declare catalog?: Catalog | object;
  /** The tutorials the desk knows, as objects, instead of a catalog (several revisions of one are fine). */
  declare tutorials?: readonly unknown[];
  /** The helper's language; defaults to the page's. */
  declare lang: string;
  /** The level of the result's heading (default 2); the parts below it are one level lower. */
  headingLevel = 2;

  declare private _shown?: Shown;

  private readonly _source = new CatalogSourceController(this);
  private readonly _language = new LanguageController(this);
  private _focus?: 'result' | 'input';

  constructor() {
    super();
    useCatalogStrings();
    new TextSizeController(this);
  }

  /** Looks up `code` as if the helper had typed it and pressed Show, once the guides are in. */
  async show(code: string): Promise<void> {
    const input = this.renderRoot.querySelector('input');
    if (input) input.value = code;
    await this._lookUp(code);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('catalog') || changed.has('tutorials')) this._shown = undefined;
    this._source.sync(changed);
  }

  protected override updated(): void {
    const focus = this._focus;
    this._focus = undefined;
    if (focus === 'result') this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
    if (focus === 'input') {
      const input = this.renderRoot.querySelector('input');
      input?.focus();
      input?.select();
    }
  }

  private async _onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    await this._lookUp(this.renderRoot.querySelector('input')?.value ?? '');
  }

  private async _lookUp(typed: string): Promise<void> {
    await this._source.settled();
    // An alert whose words do not change is not said again: the same misheard code, typed twice,
    // empties it first, so the helper hears the reason again.
    if (this._shown && this._shown.explanation.kind !== 'found') {
      this._shown = undefined;
      await this.updateComplete;
    }
    const guides = this._source.guides;
    const explanation = explainReference(
      typed,
      guides.map((g) => g.tutorial),
    );
    const id = explanation.kind === 'found' ? explanation.reference.tutorialId : 'tutorialId' in explanation ? explanation.tutorialId : undefined;
    const guide = explanation.kind === 'found' ? guides.find((g) => g.tutorial.id === id && g.tutorial.revision === explanation.reference.revision) : guides.find((g) => g.tutorial.id === id);
    const place = explanation.kind === 'found' && guide ? stepPlace(guide.tutorial, explanation.reference.stepId) : undefined;
    this._shown = { explanation, ...(guide ? { guide } : {}), ...(place ? { place } : {}) };
    if (explanation.kind === 'found' && guide && place) {
      this._focus = 'result';
      const t = this._language.t;
      announce(t('lookup.showing', { number: place.number, total: place.total, title: this._text(guide, guide.tutorial.title).text }), this._language.lang);
    } else this._focus = 'input';
  }

  private _text(guide: LoadedGuide, text: Text) {
    return resolveTextWithLang(text, this._language.lang, guide.tutorial.lang);
  }

  override render() {
    const t = this._language.t;
    const lang = this._language.lang;
    const problem = this._problem(t);
    return html`<div part="base" class="base" lang=${lang}>
      <form part="form" class="form field" novalidate @submit=${this._onSubmit}>
        <label for="code">${t('lookup.label')}</label>
        <p id="code-hint" class="hint">${t('lookup.hint')}</p>
        <div class="row">
          <input
            part="input"
            id="code"
            name="code"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            maxlength="24"
            aria-describedby="code-hint"
            aria-invalid=${problem ? 'true' : nothing}
          />
          <button class="primary" type="submit">${t('lookup.show')}</button>
        </div>
        <!-- Said once, as an alert: as the field's description too, it would be read twice. -->
        <div part="problem" id="code-problem" class="problem" role="alert">${problem ?? nothing}</div>
      </form>
      ${this._source.loading || this._source.pending > 0 ? html`<p part="loading" class="loading">${t('catalog.loading')}</p>` : nothing}
      ${this._renderResult(t)}
    </div>`;
  }

  /** Why the last code could not be placed, in plain words; nothing when it was. */
  private _problem(t: Translate): string | undefined {
    const shown = this._shown;
    if (!shown) return undefined;
    const e = shown.explanation;
    const title = shown.guide ? this._text(shown.guide, shown.guide.tutorial.title).text : '';
    if (this._source.guides.length === 0 && e.kind !== 'empty') return t('lookup.notLoaded');
    switch (e.kind) {
      case 'found':
        return shown.place ? undefined : t('lookup.unknownStep', { title });
      case 'empty':
        return t('lookup.empty');
      case 'bad-character':
        return t('lookup.badCharacter', { position: e.position, character: e.character });
      case 'wrong-length':
        return t('lookup.short', { code: e.code, length: e.length });
      case 'mistyped': {
        const suspect = e.suspect;
        const guide = suspect && this._source.guides.find((g) => g.tutorial.id === suspect.tutorialId);
        const hint = suspect && guide ? ` ${t('lookup.suspect', { ...suspect, title: this._text(guide, guide.tutorial.title).text })}` : '';
        return `${t('lookup.mistyped', { code: e.code })}${hint}`;
      }
      case 'unknown-tutorial':
        return t('lookup.unknownTutorial', { prefix: e.prefix });
      case 'ambiguous':
        return t('lookup.ambiguous', { code: e.code });
      case 'unknown-revision':
        return t('lookup.unknownRevision', { title });
      case 'unknown-step':
        return t('lookup.unknownStep', { title });
    }
  }

  private _renderResult(t: Translate): TemplateResult | typeof nothing {
    const shown = this._shown;
    if (!shown || shown.explanation.kind !== 'found' || !shown.guide || !shown.place) return nothing;
    const { guide, place } = shown;
    const code = shown.explanation.code;
    const lang = this._language.lang;
    const tutorial = guide.tutorial;
    const title = this._text(guide, tutorial.title);
    const step = tutorial.steps.find((s) => s.id === place.stepId)!;
    const stepTitle = this._text(guide, step.title);
    const h = headingTag(this.headingLevel);
    const h2 = headingTag(this.headingLevel, 1);
    const titleOf = (id: string | null) => {
      const other = id ? tutorial.steps.find((s: Step) => s.id === id) : undefined;
      return other ? this._text(guide, other.title) : undefined;
    };
    const before = titleOf(place.before);
    const after = titleOf(place.after);
    return html`<section part="result" class="result" aria-labelledby="result-heading">
      <${h} id="result-heading" tabindex="-1" aria-label=${t('lookup.resultHeading', { code: spokenReference(code), title: title.text })}>
        ${t('lookup.resultHeading', { code, title: title.text })}
      </${h}>
      <p part="where" class="where">${t('tutorial.stepOf', { current: place.number, total: place.total })}</p>
      <div part="step" class="step">
        <p class="step-label">${t('lookup.citizenSees')}</p>
        <${h2} class="step-title" lang=${langOf(stepTitle, lang)}>${stepTitle.text}</${h2}>
        ${renderStepContent(step, { t, lang, text: (text) => this._text(guide, text), src: guide.src || undefined })}
      </div>
      <dl part="around" class="around">
        <div>
          <dt>${t('lookup.before')}</dt>
          <dd lang=${before ? langOf(before, lang) : nothing}>${before ? before.text : t('lookup.first')}</dd>
        </div>
        <div>
          <dt>${t('lookup.after')}</dt>
          <dd lang=${after ? langOf(after, lang) : nothing}>${after ? after.text : t('lookup.last')}</dd>
        </div>
      </dl>
      <gp-help part="help" .tutorial=${tutorial} lang=${lang} heading-level=${this.headingLevel + 1}>
        <${h2} slot="heading">${t('lookup.helpHeading')}</${h2}>
      </gp-help>
    </section>`;
  }
}
