import type { ReactiveControllerHost } from 'lit';

/** Whether the tour is showing: closed, loading what it needs to open, or open. */
export type Phase = 'closed' | 'opening' | 'open';

/**
 * The tour's state as one value, with the opening in progress (so `start()` twice waits for the
 * same one) and a session that every close ends, so an opening still loading is dropped.
 */
export class TourPhase {
  private _value: Phase = 'closed';
  private _session = 0;
  private _opening?: Promise<void>;

  constructor(private readonly _host: ReactiveControllerHost) {}

  get value(): Phase {
    return this._value;
  }

  /** A check that holds until the tour next closes. */
  session(): () => boolean {
    const session = this._session;
    return () => session === this._session;
  }

  /**
   * Runs `begin` to open the tour, unless it is open (resolves at once) or opening (the same
   * opening). When `begin` ends without calling {@link opened}, the tour is closed again.
   */
  open(begin: (current: () => boolean) => Promise<void>): Promise<void> {
    if (this._value === 'open') return Promise.resolve();
    if (this._value === 'opening' && this._opening) return this._opening;
    this._set('opening');
    const current = this.session();
    const opening = begin(current).finally(() => {
      if (this._opening === opening) this._opening = undefined;
      if (current() && this._value === 'opening') this._set('closed');
    });
    this._opening = opening;
    return opening;
  }

  /** Everything needed is there: the tour shows. */
  opened(): void {
    this._set('open');
  }

  /** Closes (ending the session). Returns whether the tour was open. */
  close(): boolean {
    const wasOpen = this._value === 'open';
    this._session += 1;
    this._opening = undefined;
    this._set('closed');
    return wasOpen;
  }

  private _set(value: Phase): void {
    this._value = value;
    this._host.requestUpdate();
  }
}
