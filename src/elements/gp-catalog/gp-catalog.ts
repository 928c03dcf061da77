import { LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { categoryTitle, groupGuides, guideHref, guideSearchable, searchWords, type Catalog, type CatalogGuide } from '../../core/catalog/index.js';
import { savedPlace, type WalkPlace } from '../../core/guide/index.js';
import { resilientStore, type ProgressRecord, type ProgressStore } from '../../core/progress/index.js';
import type { Translate } from '../../core/i18n/index.js';
import { resolveTextWithLang } from '../../core/text/index.js';
import { CatalogSourceController, type LoadedGuide } from '../controllers/catalog-source.js';
import { LanguageController } from '../controllers/language.js';
import { TextSizeController } from '../controllers/text-size.js';
import { useCatalogStrings } from '../common/catalog-strings.js';
import { contentStyles } from '../common/content-styles.js';
import { fieldStyles } from '../common/field-styles.js';
import { headingTag } from '../common/heading.js';
import { backIcon, checkIcon } from '../common/icons.js';
import { announce } from '../common/live-region.js';
import { langOf } from '../common/step-content.js';
import { failureAnnouncement, renderFailure } from '../common/step-view.js';
import { storeFor } from '../common/store-for.js';
import { base, tokens } from '../common/styles.js';
import '../gp-tutorial.js';
import { catalogStyles } from './gp-catalog.styles.js';

/** Where a guide was chosen from, so Back returns focus to the same button. */
type ChosenFrom = 'continue' | 'list';

const failureKey = { missing: 'catalog.missing', 'not-found': 'catalog.notFound', network: 'catalog.network', invalid: 'catalog.invalid' } as const;

/**
 * A portal's guides, grouped by category: each with its title, summary and minutes (read from
 * the tutorial files), a search that ignores case and Vietnamese marks and says how many guides
 * it found, "Continue where you left off" for guides with saved progress ("Step 3 of 7"), and
 * a Done mark on finished ones. Choosing a guide opens it in place in a `<gp-tutorial>` with a
 * "Back to all guides" button that returns focus to the guide chosen, or goes to the portal's
 * `url-template`.
 *
 * The tutorial files are fetched in parallel once the catalog is in, and each guide shows as
 * soon as its file is; one missing or broken file is left out, with a `gp-error` naming it.
 *
 * @summary The guides of a portal by category, with search and "Continue where you left off".
 * @tagname gp-catalog
 *
 * @fires gp-error - The catalog, or one tutorial it lists, could not be loaded or is invalid. Detail: `{ tutorialId?, message, problems }`.
 *
 * @csspart search - The search field with its label and hint.
 * @csspart search-input - The search `<input>`.
 * @csspart count - "5 guides found", shown while searching.
 * @csspart none - The message when nothing matches.
 * @csspart continue - The "Continue where you left off" section.
 * @csspart category - Each category's section; its heading is `category-title`.
 * @csspart category-title - A category's heading.
 * @csspart guide - Each guide's list item.
 * @csspart guide-button - The button (or link, with `url-template`) that opens a guide.
 * @csspart summary - A guide's summary.
 * @csspart meta - "About 10 minutes" and the Done mark.
 * @csspart done - The Done mark.
 * @csspart where - "Step 3 of 7" of a guide to continue.
 * @csspart back - The "Back to all guides" button.
 * @csspart tutorial - The `<gp-tutorial>` of a guide opened in place.
 * @csspart loading - The loading message.
 * @csspart error - The message when the catalog cannot be shown (`role="alert"`).
 * @csspart error-details - The collapsed details for the page's authors.
 *
 * @cssprop --gp-font-size - Base text size (default 1.25rem = 20 px).
 * @cssprop --gp-color-accent - Buttons and the search field's edge (default #0a3d7a).
 * @cssprop --gp-color-done - Colour of the Done mark's icon (default #1d5e20).
 * @cssprop --gp-color-surface - Background of each guide (default #f3f4f6).
 */
export class GpCatalog extends LitElement {
  static override styles = [tokens, base, contentStyles, fieldStyles, catalogStyles];
  static override properties: PropertyDeclarations = {
    src: {},
    catalog: { attribute: false },
    lang: { reflect: true },
    storage: {},
    store: { attribute: false },
    urlTemplate: { attribute: 'url-template' },
    headingLevel: { attribute: 'heading-level', type: Number },
    _query: { state: true },
    _places: { state: true },
    _open: { state: true },
    tutorials: { attribute: false },
  };

  /** URL of the catalog file. */
  declare src?: string;
  /** The catalog, as an object (its tutorial files are relative to the page). */
  declare catalog?: Catalog | object;
  /** The language of the list and the guides; defaults to the page's, then the catalog's. */
  declare lang: string;
  /** Where progress is read from and saved: `local` (default), `session` or `none`. */
  storage: 'local' | 'session' | 'none' = 'local';
  /** A custom progress store, instead of `storage`; the guides opened in place use it too. */
  declare store?: ProgressStore;
  /**
   * Where a guide opens instead of in place: `{id}` is replaced by the tutorial's id and
   * `{src}` by its file's address, for example `guide.html?src={src}`.
   */
  declare urlTemplate?: string;
  /** The heading level of the category headings (default 2); guide titles are one below. */
  headingLevel = 2;

  private _query = '';
  private _places = new Map<string, WalkPlace & { updatedAt: number }>();
  declare private _open?: { guide: CatalogGuide; from: ChosenFrom };

  /**
   * With the `catalog` property: the tutorials as objects, in the order of the catalog's
   * `tutorials`, instead of fetching each `src` (for a portal that bundles its guides).
   */
  declare tutorials?: readonly unknown[];

  private readonly _source = new CatalogSourceController(this);
  /** The failure last said through the page's live region (said once, not on every render). */
  private _announced?: object;
  private readonly _language = new LanguageController(this, () => this._source.catalog?.lang);
  private readonly _guides = new WeakMap<LoadedGuide, CatalogGuide>();
  private _focus?: string;
  private _readRequest = 0;

  constructor() {
    super();
    useCatalogStrings();
    new TextSizeController(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('catalog') || changed.has('tutorials')) this._open = undefined;
    this._source.sync(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this._announceFailure();
    const loaded = this._source.guides.length;
    if (changed.has('storage') || changed.has('store') || loaded !== this._readFor) void this._readProgress();
    if (this._focus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this._focus) ?? this.renderRoot.querySelector<HTMLElement>(this._focus.replace(/\[data-from="\w+"\]/, ''));
      this._focus = undefined;
      target?.focus();
    }
  }

  private _readFor = -1;

  /** Reads the saved place of every loaded guide, from the same store its walkthrough uses. */
  private async _readProgress(): Promise<void> {
    const guides = this._source.guides;
    this._readFor = guides.length;
    const request = ++this._readRequest;
    const store = resilientStore(this._store());
    const records = await Promise.all(guides.map((g) => store.get(g.tutorial.id)));
    if (request !== this._readRequest) return;
    const places = new Map<string, WalkPlace & { updatedAt: number }>();
    guides.forEach((g, i) => {
      const record: ProgressRecord | undefined = records[i];
      const place = record ? savedPlace(g.tutorial, record) : undefined;
      if (place) places.set(g.tutorial.id, { ...place, updatedAt: record!.updatedAt });
    });
    this._places = places;
  }

  private _storeCache?: { key: string; store: ProgressStore };

  /** One store for the list and the guides it opens, so both see the same progress. */
  private _store(): ProgressStore {
    if (this.store) return this.store;
    if (this._storeCache?.key !== this.storage) this._storeCache = { key: this.storage, store: storeFor(this.storage) };
    return this._storeCache.store;
  }

  private _guide(loaded: LoadedGuide, catalog: Catalog): CatalogGuide {
    let guide = this._guides.get(loaded);
    if (!guide) {
      const entry = catalog.tutorials[loaded.index]!;
      const category = catalog.categories.find((c) => c.id === entry.category);
      guide = { ...loaded, entry, searchable: guideSearchable(loaded.tutorial, entry, category) };
      this._guides.set(loaded, guide);
    }
    return guide;
  }

  private _onSearch(event: Event): void {
    this._query = (event.target as HTMLInputElement).value;
    const catalog = this._source.catalog;
    if (!catalog) return;
    const t = this._language.t;
    const found = this._found(catalog);
    const message = searchWords(this._query).length === 0 ? '' : found === 0 ? t('catalog.none', { query: this._query.trim() }) : t('catalog.found', { count: found });
    if (message) announce(message, this._language.lang);
  }

  private _found(catalog: Catalog): number {
    return groupGuides(catalog, this._all(catalog), this._query).reduce((n, g) => n + g.guides.length, 0);
  }

  private _all(catalog: Catalog): CatalogGuide[] {
    return this._source.guides.map((g) => this._guide(g, catalog));
  }

  private _choose(guide: CatalogGuide, from: ChosenFrom): void {
    this._open = { guide, from };
    this._focus = '[part~="back"]';
  }

  private _back(): void {
    const open = this._open;
    this._open = undefined;
    if (!open) return;
    this._focus = `[data-guide="${open.guide.index}"][data-from="${open.from}"]`;
    // The walk may have moved on: the list shows where it stands now.
    void this._readProgress();
  }

  override render() {
    const lang = this._language.lang;
    return html`<div part="base" class="base" lang=${lang}>${this._open ? this._renderOpen(this._open.guide) : this._renderList()}</div>`;
  }

  private _renderOpen(guide: CatalogGuide): TemplateResult {
    const t = this._language.t;
    const title = resolveTextWithLang(guide.tutorial.title, this._language.lang, guide.tutorial.lang);
    // Given as an object (it is loaded already), the guide's pictures resolve beside its file through `base`.
    return html`<section class="open" aria-label=${title.text}>
      <button part="back button" class="back" @click=${this._back}>${backIcon}<span>${t('catalog.back')}</span></button>
      <gp-tutorial
        part="tutorial"
        .tutorial=${guide.tutorial}
        src=${guide.src || nothing}
        base=${guide.src || nothing}
        storage=${this.storage}
        .store=${this.store ?? this._store()}
        heading-level=${this.headingLevel}
      ></gp-tutorial>
    </section>`;
  }

  /** A failure is said through the page's live region: Chrome reads one in a shadow root unreliably. */
  private _announceFailure(): void {
    const failure = this._source.failure;
    if (!failure || failure === this._announced) return;
    this._announced = failure;
    const t = this._language.t;
    announce(failureAnnouncement((key, options) => t(key === 'error.heading' ? 'catalog.errorHeading' : key, options), t(failureKey[failure.kind])), this._language.lang);
  }

  private _renderList(): TemplateResult | typeof nothing {
    const t = this._language.t;
    const lang = this._language.lang;
    const source = this._source;
    if (source.failure) {
      const { kind, detail } = source.failure;
      // The walkthrough's failure view, headed for a list of guides rather than one guide.
      const words: Translate = (key, options) => t(key === 'error.heading' ? 'catalog.errorHeading' : key, options);
      return renderFailure({ t: words, lang, heading: headingTag(this.headingLevel), message: t(failureKey[kind]), detail });
    }
    const catalog = source.catalog;
    if (!catalog) return source.loading ? html`<p part="loading" class="loading" role="status">${t('catalog.loading')}</p>` : nothing;
    const all = this._all(catalog);
    const groups = groupGuides(catalog, all, this._query);
    const searching = searchWords(this._query).length > 0;
    const found = groups.reduce((n, g) => n + g.guides.length, 0);
    const h = headingTag(this.headingLevel);
    return html`
      <div part="search" class="search field">
        <label for="search">${t('catalog.searchLabel')}</label>
        <p id="search-hint" class="hint">${t('catalog.searchHint')}</p>
        <input
          part="search-input"
          id="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="search-hint"
          .value=${this._query}
          @input=${this._onSearch}
        />
      </div>
      ${searching
        ? html`<p part=${found ? 'count' : 'none'} class=${found ? 'count' : 'none'}>
            ${found ? t('catalog.found', { count: found }) : t('catalog.none', { query: this._query.trim() })}
          </p>`
        : this._renderContinue(all)}
      ${groups.map(
        (group) => html`<section part="category" class="category" aria-labelledby="category-${group.category.id}">
          <${h} part="category-title" id="category-${group.category.id}">${categoryTitle(catalog, group.category, lang)}</${h}>
          <ul class="guides">
            ${group.guides.map((guide) => this._renderGuide(guide))}
          </ul>
        </section>`,
      )}
      ${source.pending > 0 ? html`<p part="loading" class="loading">${t('catalog.loading')}</p>` : nothing}
      ${source.pending === 0 && all.length === 0 ? html`<p part="none" class="none">${t('catalog.empty')}</p>` : nothing}
      ${this._renderLeftOut()}
    `;
  }

  private _renderContinue(all: readonly CatalogGuide[]): TemplateResult | typeof nothing {
    const t = this._language.t;
    const started = all
      .filter((g) => this._places.get(g.tutorial.id)?.finished === false)
      .sort((a, b) => this._places.get(b.tutorial.id)!.updatedAt - this._places.get(a.tutorial.id)!.updatedAt);
    if (started.length === 0) return nothing;
    const h = headingTag(this.headingLevel);
    return html`<section part="continue" class="continue" aria-labelledby="continue-heading">
      <${h} id="continue-heading">${t('catalog.continueHeading')}</${h}>
      <ul class="guides">
        ${started.map((guide) => {
          const place = this._places.get(guide.tutorial.id)!;
          const title = this._title(guide);
          return html`<li part="guide" class="guide">
            ${this._opener(
              guide,
              'continue',
              html`<span class="title" lang=${langOf(title, this._language.lang)}>${title.text}</span>
                <span part="where" class="where">${t('tutorial.stepOf', { current: place.number, total: place.total })}</span>`,
            )}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private _title(guide: CatalogGuide) {
    return resolveTextWithLang(guide.tutorial.title, this._language.lang, guide.tutorial.lang);
  }

  private _renderGuide(guide: CatalogGuide): TemplateResult {
    const t = this._language.t;
    const lang = this._language.lang;
    const { tutorial } = guide;
    const title = this._title(guide);
    const summary = tutorial.summary === undefined ? undefined : resolveTextWithLang(tutorial.summary, lang, tutorial.lang);
    const done = this._places.get(tutorial.id)?.finished === true;
    const id = `guide-${guide.index}`;
    const h = headingTag(this.headingLevel, 1);
    const hasMeta = done || tutorial.minutes !== undefined;
    return html`<li part="guide" class="guide">
      <${h} class="guide-title">
        ${this._opener(guide, 'list', html`<span lang=${langOf(title, lang)}>${title.text}</span>`, [summary ? `${id}-summary` : '', hasMeta ? `${id}-meta` : ''])}
      </${h}>
      ${summary ? html`<p part="summary" id="${id}-summary" lang=${langOf(summary, lang)}>${summary.text}</p>` : nothing}
      ${hasMeta
        ? html`<p part="meta" class="meta" id="${id}-meta">
            ${done ? html`<span part="done" class="done">${checkIcon}${t('catalog.done')}</span>` : nothing}
            ${tutorial.minutes !== undefined ? html`<span>${t('tutorial.minutes', { count: tutorial.minutes })}</span>` : nothing}
          </p>`
        : nothing}
    </li>`;
  }

  /** The button that opens a guide in place, or the link to the portal's page for it. */
  private _opener(guide: CatalogGuide, from: ChosenFrom, content: TemplateResult, describedBy: string[] = []): TemplateResult {
    const described = describedBy.filter(Boolean).join(' ') || nothing;
    if (this.urlTemplate) {
      return html`<a part="guide-button" class="opener" data-guide=${guide.index} data-from=${from} aria-describedby=${described}
        href=${guideHref(this.urlTemplate, guide.tutorial.id, guide.src)}>${content}</a>`;
    }
    return html`<button part="guide-button" class="opener" data-guide=${guide.index} data-from=${from} aria-describedby=${described}
      @click=${() => this._choose(guide, from)}>${content}</button>`;
  }

  private _renderLeftOut(): TemplateResult | typeof nothing {
    const leftOut = this._source.leftOut;
    if (leftOut.length === 0) return nothing;
    const t = this._language.t;
    return html`<details part="error-details" class="error-details" lang="en">
      <summary lang=${this._language.lang}>${t('catalog.leftOut', { count: leftOut.length })}</summary>
      <ul>
        ${leftOut.map((detail) => html`<li>${detail.message}</li>`)}
      </ul>
    </details>`;
  }
}
