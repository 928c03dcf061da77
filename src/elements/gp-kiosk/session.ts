import { clearGuidepostKeys, kioskTiming, type KioskOptions, type KioskTiming } from '../../core/kiosk/index.js';
import { memoryStore, type ProgressStore } from '../../core/progress/index.js';
import { forgetTextSize } from '../controllers/text-size.js';
import { emit } from '../common/events.js';

/** The elements a station enrols: every one that can show a citizen's steps. */
export const kioskTags = ['gp-tutorial', 'gp-tour', 'gp-progress', 'gp-catalog'] as const;

/** Why the station was cleared. */
export type KioskResetReason = 'idle' | 'finished';

/** What the station's screen (`<gp-kiosk>`) shows. */
export type KioskPhase = 'watching' | 'asking' | 'finished';

interface Enrolled {
  lang: string | null;
  onComplete: () => void;
}

type KioskElement = HTMLElement & { store?: ProgressStore; end?: () => void };

const activity = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * One shared screen: the elements in kiosk mode keep progress in one store in memory; after
 * `idleMs` without a touch, key or scroll the screen asks "Are you still there?" and counts
 * down; then, or when the citizen presses "Start over for the next person", every trace is
 * cleared and every guide goes back to its start.
 */
export class KioskSession {
  timing: KioskTiming = kioskTiming();
  phase: KioskPhase = 'watching';
  secondsLeft = 0;
  store: ProgressStore = memoryStore();
  /** Set while the whole page is in kiosk mode (`setKioskMode()`), not only `kiosk` elements. */
  pageWide = false;
  private readonly _enrolled = new Map<KioskElement, Enrolled>();
  private _lastActivity = 0;
  private _timer?: ReturnType<typeof setInterval>;
  private _pageLang: string | null = null;
  private readonly _onActivity = () => this.activity();

  constructor(private readonly _changed: () => void) {}

  configure(options: KioskOptions): void {
    this.timing = kioskTiming(options);
  }

  get active(): boolean {
    return this._timer !== undefined;
  }

  start(): void {
    if (this._timer !== undefined) return;
    this._pageLang = document.documentElement.getAttribute('lang');
    // Whatever an earlier visitor (or a page not yet in kiosk mode) left behind goes first.
    this._clearStorage();
    this._lastActivity = Date.now();
    for (const type of activity) window.addEventListener(type, this._onActivity, { capture: true, passive: true });
    this._timer = setInterval(() => this._tick(), 1000);
  }

  stop(): void {
    if (this._timer !== undefined) clearInterval(this._timer);
    this._timer = undefined;
    for (const type of activity) window.removeEventListener(type, this._onActivity, { capture: true });
    for (const el of [...this._enrolled.keys()]) this.leave(el);
    this.phase = 'watching';
    this._changed();
  }

  /** Puts `el` in kiosk mode: its progress goes to the station's store in memory. */
  enrol(el: KioskElement): void {
    if (this._enrolled.has(el)) return;
    const onComplete = () => {
      this.phase = 'finished';
      this._changed();
    };
    this._enrolled.set(el, { lang: el.getAttribute('lang'), onComplete });
    el.addEventListener('gp-complete', onComplete);
    el.store = this.store;
  }

  leave(el: KioskElement): void {
    const entry = this._enrolled.get(el);
    if (!entry) return;
    el.removeEventListener('gp-complete', entry.onComplete);
    this._enrolled.delete(el);
  }

  has(el: Element): boolean {
    return this._enrolled.has(el as KioskElement);
  }

  /** A touch, key or scroll: the citizen is there. While asking, it counts as "I'm still here". */
  activity(): void {
    this._lastActivity = Date.now();
    if (this.phase === 'asking') {
      this.phase = 'watching';
      this._changed();
    }
  }

  /** Clears everything of the citizen's at once and sends `gp-kiosk-reset`. */
  reset(reason: KioskResetReason): void {
    this.store = memoryStore();
    this._clearStorage();
    forgetTextSize();
    if (this._pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', this._pageLang);
    for (const [el, entry] of this._enrolled) {
      for (const dialog of el.shadowRoot?.querySelectorAll('dialog[open]') ?? []) (dialog as HTMLDialogElement).close();
      el.end?.();
      if (entry.lang === null) el.removeAttribute('lang');
      else el.setAttribute('lang', entry.lang);
      // A new, empty store: each guide is made again and opens at its start.
      el.store = this.store;
    }
    this.phase = 'watching';
    this._lastActivity = Date.now();
    this._changed();
    emit(document, 'gp-kiosk-reset', { reason });
  }

  private _tick(): void {
    const idle = Date.now() - this._lastActivity;
    if (this.phase !== 'asking') {
      if (idle < this.timing.idleMs) return;
      this.phase = 'asking';
      this.secondsLeft = this.timing.countdownSeconds;
      this._changed();
      return;
    }
    this.secondsLeft = Math.max(0, this.timing.countdownSeconds - Math.floor((idle - this.timing.idleMs) / 1000));
    if (this.secondsLeft === 0) this.reset('idle');
    else this._changed();
  }

  private _clearStorage(): void {
    for (const name of ['localStorage', 'sessionStorage'] as const) {
      try {
        const storage = globalThis[name];
        if (storage) clearGuidepostKeys(storage);
      } catch {
        // Blocked storage holds nothing of anyone's.
      }
    }
  }
}
