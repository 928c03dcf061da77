import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { checkTutorial, loadTutorial, type LoadResult } from '../../core/load/index.js';
import { emit } from '../common/events.js';

/** One load or check: how to get the result, and the file it comes from (if any). */
interface Request {
  get(signal: AbortSignal): Promise<LoadResult | undefined>;
  from: string | undefined;
}

/** An element whose tutorial comes from a file (`src`) or an object (`tutorial`). */
export interface TutorialSourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string | undefined;
  tutorial?: unknown;
  /** The address relative picture paths resolve against, when the page gives one. */
  base?: string | undefined;
}

/**
 * Where an element's tutorial comes from: `tutorial` (an object) or else `src` (a file),
 * loaded and validated by the core one request at a time. A newer request aborts an unfinished
 * fetch and drops the older result, so a tutorial swapped quickly never shows the one before.
 * With `report`, warnings are logged and a failure is logged and sent as `gp-error`.
 */
export class TutorialSourceController implements ReactiveController {
  private _abort?: AbortController;
  private _request = 0;
  /** The request in flight (or the last one), resolved once its result was taken or dropped. */
  private _pending?: Promise<void>;
  /** The request in flight, while it is. */
  private _inFlight?: Request;
  /** A request dropped because the element left the page, made again when it comes back. */
  private _again?: Request;
  /** The file the tutorial shown was loaded from (none for one given as an object). */
  private _from?: string;

  constructor(
    private readonly _host: TutorialSourceHost,
    private readonly _accept: (result: LoadResult) => void,
    private readonly _report = true,
  ) {
    _host.addController(this);
  }

  /** From the host's `willUpdate`: loads or checks again when `tutorial` or `src` changed. Returns whether it did. */
  sync(changed: PropertyValues): boolean {
    const host = this._host;
    if (changed.has('tutorial') && host.tutorial !== undefined) this.check(host.tutorial);
    else if (changed.has('src') && host.src && host.tutorial === undefined) this.load(host.src);
    else return false;
    return true;
  }

  /** Fetches and checks the file at `src`. */
  load(src: string): Promise<void> {
    return this._run({ get: (signal) => loadTutorial(src, signal), from: src });
  }

  /** Checks a tutorial given as an object (with none, the "missing" failure). */
  check(data: unknown): Promise<void> {
    return this._run({ get: () => checkTutorial(data), from: undefined });
  }

  /**
   * The address a step picture's relative path (`img/card.svg`) resolves against, in this order:
   * the host's `base` (itself relative to the page), else the file the tutorial was loaded from
   * with `src`, else the page. A tutorial given as an object has no file: `src` is ignored then,
   * for pictures as for everything else, so only `base` points them at the tutorial's folder.
   */
  get imageBase(): string {
    const page = document.baseURI;
    for (const candidate of [this._host.base, this._from]) {
      if (!candidate) continue;
      try {
        return new URL(candidate, page).href;
      } catch {
        // Not an address: the next rule applies.
      }
    }
    return page;
  }

  /** Waits until the latest request (even one made while waiting) has been taken. */
  async settled(): Promise<void> {
    for (let pending = this._pending; ; pending = this._pending) {
      await pending;
      if (pending === this._pending) return;
    }
  }

  /** Whether a request was ever made. */
  get started(): boolean {
    return this._pending !== undefined;
  }

  /** Drops whatever is in flight (the element left the page, or its source was cleared). */
  cancel(): void {
    this._request += 1;
    this._inFlight = undefined;
    this._abort?.abort();
  }

  hostConnected(): void {
    const again = this._again;
    this._again = undefined;
    if (again) void this._run(again);
  }

  hostDisconnected(): void {
    if (!this._inFlight) return;
    this._again = this._inFlight;
    this.cancel();
  }

  private _run(what: Request): Promise<void> {
    this.cancel();
    const request = this._request;
    const abort = (this._abort = new AbortController());
    this._inFlight = what;
    const pending = what.get(abort.signal).then((result) => {
      if (request !== this._request) return;
      this._inFlight = undefined;
      if (!result) return;
      this._from = what.from;
      this._accept(result);
      if (this._report) this._tell(result);
    });
    this._pending = pending;
    return pending;
  }

  private _tell(result: LoadResult): void {
    if (result.ok) {
      for (const w of result.warnings) console.warn(`[guidepost] ${result.tutorial.id}: ${w.path} ${w.message}`);
      return;
    }
    console.error(`[guidepost] ${result.detail.message}`, result.detail.problems);
    emit(this._host, 'gp-error', result.detail);
  }
}
