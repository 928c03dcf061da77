import type { UiKey } from '../../core/i18n/index.js';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { progressFits, walkFor } from '../../core/guide/index.js';
import { resilientStore, type ProgressStore } from '../../core/progress/index.js';
import { storeFor } from '../common/store-for.js';
import { resolveTextWithLang } from '../../core/text/index.js';
import type { Tutorial } from '../../core/tutorial/index.js';
import { checkIcon, currentIcon, notYetIcon } from '../common/icons.js';
import type { LoadResult } from '../../core/load/index.js';
import { TutorialSourceController } from '../controllers/tutorial-source.js';
import { LanguageController } from '../controllers/language.js';
import { base, tokens } from '../common/styles.js';
import { TextSizeController } from '../controllers/text-size.js';
import { progressStyles } from './gp-progress.styles.js';

/** How a step stands in a walk. */
export type StepStatus = 'done' | 'current' | 'not-yet';

/**
 * Where am I: an ordered list of a tutorial's steps (the path taken and the steps ahead) with
 * Done / Current / Not yet shown as text and icon, never colour alone, and
 * `aria-current="step"` on the current one.
 *
 * `<gp-tutorial>` shows one and sets `path`, `route` and `current`. Alone, it shows a
 * tutorial's stored progress for a portal's "your guides" page: give `src` (or the `tutorial`
 * property) for the step titles, and `storage` (or `store`); `tutorial-id` picks another stored
 * record than the tutorial's own id.
 *
 * @summary An ordered list of a tutorial's steps: done, current, not yet.
 * @tagname gp-progress
 *
 * @csspart empty - The note shown alone when no progress is saved.
 * @csspart list - The `<ol>` of steps.
 * @csspart item - Each step's `<li>`; also `done`, `current` or `not-yet`.
 * @csspart status - The Done / Current / Not yet label.
 * @csspart step-title - The step's title.
 *
 * @cssprop --gp-color-done - Colour of the Done icon (default #1d5e20).
 * @cssprop --gp-color-accent - Colour of the current step's marker.
 */
export class GpProgress extends LitElement {
  static override styles = [tokens, base, progressStyles];
  static override properties: PropertyDeclarations = {
    src: {},
    tutorial: { attribute: false },
    tutorialId: { attribute: 'tutorial-id' },
    storage: {},
    store: { attribute: false },
    path: { attribute: false },
    route: { attribute: false },
    current: {},
    finished: { type: Boolean },
    _loaded: { state: true },
    _stored: { state: true },
  };

  /** URL of a tutorial file, when standing alone. */
  declare src?: string;
  /** The tutorial, as an object, when standing alone. */
  declare tutorial?: Tutorial | object;
  /**
   * Which tutorial's stored progress to show when standing alone; defaults to the id of the
   * tutorial given by `src` or `tutorial` (which is still needed for the step titles).
   */
  declare tutorialId?: string;
  /** Where stored progress is read from when standing alone: `local` (default), `session` or `none`. */
  storage: 'local' | 'session' | 'none' = 'local';
  /** A custom progress store to read from, instead of `storage`. */
  declare store?: ProgressStore;
  /** The step ids taken so far (set by `<gp-tutorial>`). */
  declare path?: readonly string[];
  /** The step ids of the whole walk: `path` plus the steps ahead (set by `<gp-tutorial>`). */
  declare route?: readonly string[];
  /** The current step id. */
  declare current?: string;
  /** Whether the tutorial was finished: every step shows Done. */
  finished = false;

  declare private _loaded?: Tutorial;
  declare private _stored?: { path: string[]; finished: boolean };
  // A list cannot show a broken tutorial: it shows nothing, and says nothing (the walkthrough does).
  private readonly _source = new TutorialSourceController(this, (result) => this._accept(result), false);
  private readonly _language = new LanguageController(this, () => this._loaded?.lang);

  constructor() {
    super();
    // Standing alone (a "your guides" page), the list follows the citizen's text size too.
    new TextSizeController(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._source.sync(changed);
    const storeChanged = changed.has('tutorial') || changed.has('storage') || changed.has('store') || changed.has('tutorialId');
    if (storeChanged && this._standalone) void this._readStore();
  }

  private get _standalone(): boolean {
    return this.route === undefined;
  }

  /** A list cannot show a broken tutorial: it shows nothing (the walkthrough says why). */
  private _accept(result: LoadResult): void {
    this._loaded = result.ok ? result.tutorial : undefined;
    if (this._standalone) void this._readStore();
  }

  private async _readStore(): Promise<void> {
    const tutorial = this._loaded;
    if (!tutorial) return;
    const store = resilientStore(this.store ?? storeFor(this.storage));
    const record = await store.get(this.tutorialId ?? tutorial.id);
    // The guide's own rule, so this list never shows progress the walkthrough would discard.
    this._stored = record && progressFits(tutorial, record) ? { path: [...record.path], finished: record.finished } : undefined;
  }

  override render() {
    const tutorial = this._loaded;
    if (!tutorial) return nothing;
    const lang = this._language.lang;
    const t = this._language.t;
    const { path, route, current, finished } = this._walk(tutorial);
    const doneCount = finished ? route.length : path.length - 1;
    return html`
      ${this._standalone && !this._stored ? html`<p part="empty">${t('progress.empty')}</p>` : nothing}
      <ol part="list" aria-label=${t('progress.label')}>
        ${route.map((id, i) => {
          const status: StepStatus = finished || i < doneCount ? 'done' : id === current ? 'current' : 'not-yet';
          const step = tutorial.steps.find((s) => s.id === id);
          const title = step ? resolveTextWithLang(step.title, lang, tutorial.lang) : { text: id, lang };
          return html`<li part="item ${status}" class=${status} aria-current=${status === 'current' ? 'step' : nothing}>
            ${status === 'done' ? checkIcon : status === 'current' ? currentIcon : notYetIcon}
            <span part="status" class="status">${t(statusKey[status])}</span><span class="visually-hidden">: </span>
            <span part="step-title" lang=${title.lang === lang ? nothing : title.lang}>${title.text}</span>
          </li>`;
        })}
      </ol>
    `;
  }

  private _walk(tutorial: Tutorial): { path: readonly string[]; route: readonly string[]; current: string | undefined; finished: boolean } {
    if (!this._standalone) {
      const path = this.path ?? [];
      return { path, route: this.route ?? [], current: this.current ?? path.at(-1), finished: this.finished };
    }
    const route = walkFor(tutorial, this._stored?.path ?? []);
    const path = this._stored?.path ?? route.slice(0, 1);
    return { path, route, current: path.at(-1), finished: this._stored?.finished ?? false };
  }
}

const statusKey: Record<StepStatus, UiKey> = { done: 'progress.done', current: 'progress.current', 'not-yet': 'progress.notYet' };
