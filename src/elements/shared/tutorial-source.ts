import { checkTutorial, loadTutorial, type LoadResult } from '../../core/load/index.js';

/**
 * Where an element's tutorial comes from — a file (`src`) or an object (`tutorial`) — loaded
 * and checked one request at a time: a newer request aborts an unfinished fetch and drops the
 * older result, so a tutorial swapped quickly never shows the one before it.
 */
export class TutorialSource {
  private _abort?: AbortController;
  private _request = 0;

  constructor(private readonly _accept: (result: LoadResult) => void) {}

  /** Fetches and checks the tutorial file at `src`. */
  load(src: string): Promise<void> {
    return this._run((signal) => loadTutorial(src, signal));
  }

  /** Checks a tutorial given as an object. */
  check(data: unknown): Promise<void> {
    return this._run(() => checkTutorial(data));
  }

  /** Drops whatever is in flight (the element left the page, or its source was cleared). */
  cancel(): void {
    this._request += 1;
    this._abort?.abort();
  }

  private async _run(get: (signal: AbortSignal) => Promise<LoadResult | undefined>): Promise<void> {
    this.cancel();
    const request = this._request;
    const abort = (this._abort = new AbortController());
    const result = await get(abort.signal);
    if (result && request === this._request) this._accept(result);
  }
}
