import { LitElement, type PropertyDeclarations } from 'lit';
import type { GuideChange, GuideState } from '../../core/guide/index.js';
import type { LoadFailureKind, LoadResult } from '../../core/load/index.js';
import type { ProgressStore } from '../../core/progress/index.js';
import type { GpErrorDetail } from '../../core/events/index.js';
import type { Tutorial } from '../../core/tutorial/index.js';
import { GuideHostController } from '../controllers/guide-host.js';
import { HelpController } from '../controllers/help.js';
import { LanguageController } from '../controllers/language.js';
import { ReadAloudLauncher } from '../controllers/read-aloud-launcher.js';
import { TextSizeController } from '../controllers/text-size.js';
import { TutorialSourceController } from '../controllers/tutorial-source.js';

/**
 * What `<gp-tutorial>` and `<gp-tour>` share: where the tutorial comes from, the language,
 * where progress is saved, and the controllers that load the tutorial, run the guide, follow
 * the language and the text size, open Get help and read a step aloud. Each element adds its own views.
 */
export abstract class GuideElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    tutorial: { attribute: false },
    base: {},
    lang: { reflect: true },
    storage: {},
    store: { attribute: false },
    _tutorial: { state: true },
    _failure: { state: true },
  };

  /** URL of a tutorial file (JSON, format 1; a tour's steps name a `target`). The `tutorial` property takes an object instead. */
  declare src?: string;
  /** The tutorial as an object: a `Tutorial`, or parsed JSON not trusted yet; it is validated like a file. `src` is then ignored. */
  declare tutorial?: Tutorial | object;
  /**
   * The address that relative picture paths (`img/card.svg`) resolve against, itself relative to
   * the page: usually the folder of the tutorial file (`/guides/`). Without it they resolve
   * against the file loaded with `src`, or against the page when `tutorial` is set.
   */
  declare base?: string;
  /**
   * Language of content and controls. Default: the inherited `lang` (from an ancestor), then
   * the tutorial's `lang`.
   */
  declare lang: string;
  /** Where progress is saved: `local` (default, kept between visits), `session` or `none`. */
  storage: 'local' | 'session' | 'none' = 'local';
  /** A custom progress store (for example one that syncs through the portal's accounts). */
  declare store?: ProgressStore;

  /** The tutorial once loaded and valid. */
  declare protected _tutorial?: Tutorial;
  /** Why the tutorial cannot be shown. */
  declare protected _failure?: { kind: LoadFailureKind; detail: GpErrorDetail };
  /** The element that takes focus when a new step or view is shown. */
  protected get _focusTarget(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('[data-focus]') ?? undefined;
  }

  protected readonly _language = new LanguageController(this, () => this._tutorial?.lang);
  // Follows the text size the citizen picked in any guidepost element (A / A+ / A++).
  protected readonly _textSize = new TextSizeController(this);
  protected readonly _source = new TutorialSourceController(this, (result) => this._accept(result));
  protected readonly _host = new GuideHostController(this, this._language, (s, change) => this._onChange(s, change));
  protected readonly _help = new HelpController(this, this._host, this._language);
  // Read aloud on each step; the reading code loads on the first press.
  protected readonly _read = new ReadAloudLauncher(this, this._host, this._language, this._source);

  /** A load or check finished (a failure was already logged and sent as `gp-error`). */
  protected abstract _accept(result: LoadResult): void;
  /** The guide changed (its `gp-*` event was already sent). */
  protected abstract _onChange(state: GuideState, change: GuideChange): void;
}
