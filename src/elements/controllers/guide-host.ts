import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createGuide, type Guide, type GuideChange, type GuideState } from '../../core/guide/index.js';
import { encodeReference } from '../../core/help/index.js';
import type { ProgressStore } from '../../core/progress/index.js';
import type { ResolvedText } from '../../core/text/index.js';
import type { Text, Tutorial } from '../../core/tutorial/index.js';
import { emit } from '../common/events.js';
import { storeFor } from '../common/store-for.js';
import type { LanguageController } from './language.js';

/** An element that walks a citizen through a tutorial and saves their progress. */
export interface GuideHostElement extends ReactiveControllerHost, HTMLElement {
  store?: ProgressStore | undefined;
  storage: 'local' | 'session' | 'none';
}

/** What the element adds to each change of the guide, after its events were sent. */
export type ChangeHandler = (state: GuideState, change: GuideChange) => void;

/**
 * Runs one guide for an element: creates it on the element's store (after the previous guide's
 * saves are done, so a new one reads what the old one wrote), sends `gp-start`,
 * `gp-step-change` and `gp-complete` from the element, runs actions without ever throwing into
 * the page, resolves texts in the element's current language, and makes the help request
 * with the step's reference code.
 */
export class GuideHostController implements ReactiveController {
  /** The guide, from `create()` until `release()`. */
  guide?: Guide;
  /** The guide's state as last told. */
  state?: GuideState;
  private _previous?: Guide;
  private _unsubscribe?: () => void;
  /** Bumped by every create and release, so a guide still reading its store is dropped. */
  private _seq = 0;

  constructor(
    private readonly _host: GuideHostElement,
    private readonly _language: LanguageController,
    private readonly _onChange: ChangeHandler,
  ) {
    _host.addController(this);
  }

  /**
   * Makes the guide for `tutorial` and waits until it has read saved progress. Resolves to it,
   * or to `undefined` when `release()` or another `create()` came first.
   */
  async create(tutorial: Tutorial): Promise<Guide | undefined> {
    this.release();
    const seq = this._seq;
    await this._previous?.flush();
    if (seq !== this._seq) return undefined;
    const host = this._host;
    const guide = createGuide(tutorial, { store: host.store ?? storeFor(host.storage), lang: this._language.lang });
    this.guide = guide;
    this.state = guide.state;
    this._unsubscribe = guide.subscribe((s, change) => this._changed(guide, s, change));
    await guide.ready;
    if (seq !== this._seq) return undefined;
    this.state = guide.state;
    // The element showed nothing while the guide was made (a new store): show it again.
    this._host.requestUpdate();
    return guide;
  }

  /**
   * Starts the guide at `stepId` when it names a step. Returns whether it did; a name that is
   * not a step is logged (the element then opens as it would without one).
   */
  openAt(stepId: string | undefined): boolean {
    const guide = this.guide;
    if (!guide || stepId === undefined || stepId === '') return false;
    if (guide.stepAt(stepId)) return this.act((g) => g.start(stepId));
    console.warn(`[guidepost] ${guide.tutorial.id}: there is no step "${stepId}" to start at.`);
    return false;
  }

  /** Stops following the guide; its saves carry on, and the next `create()` waits for them. */
  release(): void {
    this._seq += 1;
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    if (this.guide) this._previous = this.guide;
    this.guide = undefined;
    this.state = undefined;
  }

  /** Runs a guide action for a method or a button; a mistake is logged, never thrown. Returns whether it ran. */
  act(action: (guide: Guide) => void): boolean {
    const guide = this.guide;
    if (!guide) return false;
    try {
      action(guide);
      return true;
    } catch (error) {
      console.warn(`[guidepost] ${String((error as Error).message ?? error)}`);
      return false;
    }
  }

  /** `text` in the language shown now, with the language it came in. */
  text(text: Text | undefined): ResolvedText {
    const guide = this.guide;
    if (text === undefined || !guide) return { text: '', lang: this._language.lang };
    guide.lang = this._language.lang;
    return guide.localize(text);
  }

  /** "Step 2 of 7", for the step shown. */
  count(): string {
    const s = this.state!;
    return this._language.t('tutorial.stepOf', { current: s.index + 1, total: s.total });
  }

  /** Sends `gp-help-request` for the step shown. Returns whether there was one. */
  requestHelp(): boolean {
    const guide = this.guide;
    const s = this.state;
    if (!guide || !s?.started) return false;
    const { id: tutorialId, revision } = guide.tutorial;
    const reference = encodeReference({ tutorialId, revision, stepId: s.stepId }, guide.tutorial);
    emit(this._host, 'gp-help-request', { tutorialId, stepId: s.stepId, reference, locale: this._language.lang });
    return true;
  }

  hostUpdate(): void {
    // Content follows the language too, also when it changed on an ancestor (<html lang>).
    if (this.guide) this.guide.lang = this._language.lang;
  }

  private _changed(guide: Guide, s: GuideState, change: GuideChange): void {
    this.state = s;
    const { tutorialId, revision, stepId, index, total } = s;
    if (change.type === 'complete') {
      emit(this._host, 'gp-complete', { tutorialId, revision, steps: s.path.length, ms: guide.elapsedMs });
    } else {
      if (change.type === 'start' || change.type === 'resume' || change.type === 'restart') {
        emit(this._host, 'gp-start', { tutorialId, revision, stepId, index, total, resumed: change.type === 'resume' });
      }
      emit(this._host, 'gp-step-change', { tutorialId, stepId, index, total, from: change.from ?? null });
    }
    this._onChange(s, change);
    this._host.requestUpdate();
  }
}
