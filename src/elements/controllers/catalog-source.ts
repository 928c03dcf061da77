import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { checkCatalog, loadCatalog, resolveSrc, type Catalog, type CatalogLoadResult } from '../../core/catalog/index.js';
import type { GpErrorDetail } from '../../core/events/index.js';
import { checkTutorial, loadTutorial, type LoadFailureKind, type LoadResult } from '../../core/load/index.js';
import type { Tutorial } from '../../core/tutorial/index.js';
import { emit } from '../common/events.js';

/** An element whose guides come from a catalog file (`src`), a catalog object, or a list of tutorials. */
export interface CatalogSourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string | undefined;
  catalog?: unknown;
  tutorials?: readonly unknown[] | undefined;
}

/** A tutorial of the catalog that loaded and is valid. */
export interface LoadedGuide {
  /** Its place in the catalog's `tutorials` (or in the `tutorials` list). */
  readonly index: number;
  /** The tutorial file's address, resolved against the catalog's; empty for a given object. */
  readonly src: string;
  readonly tutorial: Tutorial;
}

/** Why the catalog itself cannot be shown. */
export interface CatalogFailure {
  readonly kind: LoadFailureKind;
  readonly detail: GpErrorDetail;
}

/**
 * Where a catalog element's guides come from: the `tutorials` list, else the `catalog` object,
 * else the file at `src`. The tutorials a catalog lists are fetched at once, in parallel, and
 * each is added as it arrives, so the list shows as soon as the titles are in. One missing or
 * broken tutorial is left out and reported (`gp-error` naming it, and the console), never
 * breaking the rest. A newer source aborts what is in flight and drops its results.
 */
export class CatalogSourceController implements ReactiveController {
  catalog?: Catalog;
  guides: readonly LoadedGuide[] = [];
  /** The tutorials left out, with why: for the page's authors. */
  leftOut: readonly GpErrorDetail[] = [];
  failure?: CatalogFailure;
  /** Tutorials still loading. */
  pending = 0;
  /** Whether the source (the catalog, or the list) is still loading. */
  loading = false;

  private _abort?: AbortController;
  private _request = 0;
  private _done: Promise<void> = Promise.resolve();
  private _again?: () => Promise<void>;

  constructor(private readonly _host: CatalogSourceHost) {
    _host.addController(this);
  }

  /**
   * From the host's `willUpdate`: loads again when `tutorials`, `catalog` or `src` changed. A
   * `catalog` object with `tutorials` takes the tutorials from that list, in the catalog's
   * order, instead of fetching each `src`; `tutorials` alone are a list with no categories.
   */
  sync(changed: PropertyValues): void {
    const host = this._host;
    if (!changed.has('tutorials') && !changed.has('catalog') && !changed.has('src')) return;
    const given = host.tutorials;
    if (host.catalog !== undefined) this._run((signal) => this._fromCatalog(Promise.resolve(checkCatalog(host.catalog)), undefined, signal, given));
    else if (given !== undefined) this._run(() => this._fromList(given));
    else if (host.src) {
      const src = host.src;
      this._run((signal) => this._fromCatalog(loadCatalog(src, signal), src, signal));
    }
  }

  /** Resolves when everything asked for so far has arrived or failed. */
  settled(): Promise<void> {
    return this._done;
  }

  hostConnected(): void {
    const again = this._again;
    this._again = undefined;
    if (again) void again();
  }

  hostDisconnected(): void {
    if (!this.loading && this.pending === 0) return;
    const request = this._request;
    this._abort?.abort();
    this._again = () => (request === this._request ? this._restart() : Promise.resolve());
  }

  private _restart(): Promise<void> {
    this.sync(new Map([['src', undefined]]) as PropertyValues);
    return this._done;
  }

  private _run(load: (signal: AbortSignal) => Promise<void>): void {
    this._abort?.abort();
    this._request += 1;
    this._again = undefined;
    const abort = (this._abort = new AbortController());
    Object.assign(this, { catalog: undefined, guides: [], leftOut: [], failure: undefined, pending: 0, loading: true });
    this._host.requestUpdate();
    this._done = load(abort.signal);
  }

  private _current(request: number): boolean {
    return request === this._request;
  }

  private async _fromCatalog(result: Promise<CatalogLoadResult | undefined>, src: string | undefined, signal: AbortSignal, given?: readonly unknown[]): Promise<void> {
    const request = this._request;
    const loaded = await result;
    if (!loaded || !this._current(request)) return;
    this.loading = false;
    if (!loaded.ok) {
      this.failure = { kind: loaded.kind, detail: loaded.detail };
      console.error(`[guidepost] ${loaded.detail.message}`, loaded.detail.problems);
      emit(this._host, 'gp-error', loaded.detail);
      this._host.requestUpdate();
      return;
    }
    for (const w of loaded.warnings) console.warn(`[guidepost] ${src ?? 'the catalog'}: ${w.path} ${w.message}`);
    this.catalog = loaded.catalog;
    const base = typeof document === 'undefined' ? '' : document.baseURI;
    const entries = loaded.catalog.tutorials.map((entry) => resolveSrc(entry.src, src, base));
    await this._collect(
      request,
      entries.map((file, i) => (given ? checkTutorial(given[i]) : loadTutorial(file, signal))),
      entries,
    );
  }

  private async _fromList(list: readonly unknown[]): Promise<void> {
    const request = this._request;
    this.loading = false;
    await this._collect(
      request,
      list.map((data) => checkTutorial(data)),
      list.map(() => ''),
    );
  }

  /** Takes each tutorial as it arrives, in any order; the list keeps the catalog's order. */
  private async _collect(request: number, loads: readonly Promise<LoadResult | undefined>[], srcs: readonly string[]): Promise<void> {
    this.pending = loads.length;
    this._host.requestUpdate();
    await Promise.all(
      loads.map(async (load, index) => {
        const result = await load;
        if (!result || !this._current(request)) return;
        this.pending -= 1;
        const src = srcs[index]!;
        if (result.ok) {
          this.guides = [...this.guides, { index, src, tutorial: result.tutorial }].sort((a, b) => a.index - b.index);
        } else {
          const where = src || `tutorials[${index}]`;
          const detail: GpErrorDetail = { ...result.detail, message: `The catalog lists ${where}, which is left out: ${result.detail.message}` };
          this.leftOut = [...this.leftOut, detail];
          console.error(`[guidepost] ${detail.message}`, detail.problems);
          emit(this._host, 'gp-error', detail);
        }
        this._host.requestUpdate();
      }),
    );
  }
}
