/**
 * The guide: a citizen's walk through one tutorial, as a small state machine with no DOM.
 */
import { resilientStore, memoryStore, reportStoreError, type ProgressRecord, type ResilientProgressStore, type StoreOperation } from '../progress/index.js';
import { resolveTextWithLang, type ResolvedText } from '../text/index.js';
import type { Step, Text, Tutorial } from '../tutorial/types.js';
import { GuideError } from './errors.js';
import { hasChoices, mapSteps, nextTarget, plainNext, upcoming, wayTo, type StepMap } from './route.js';
import { progressFits } from './saved.js';
import type { Guide, GuideChange, GuideListener, GuideOptions, GuideState, SavedProgress } from './types.js';

export { GuideError, type GuideErrorCode } from './errors.js';
export { progressFits, savedPlace, stepPlace, walkFor, type WalkPlace } from './saved.js';
export type {
  Guide,
  GuideChange,
  GuideChangeType,
  GuideListener,
  GuideOptions,
  GuideState,
  SavedProgress,
} from './types.js';

/**
 * Creates a {@link Guide} through `tutorial` (which should have passed `validateTutorial`).
 *
 * The guide reads the store once, at once; `ready` resolves when that is done. Saved progress
 * is offered for `resume()` only when it is unfinished and still fits the tutorial:
 * - same revision: every step id on the saved path still exists;
 * - another revision: every step id still exists and the path is still a walk the tutorial
 *   allows (each step reachable from the one before by Next or a choice); the citizen then
 *   resumes at the same step.
 * Progress that does not fit is deleted and only a fresh start is offered (see
 * docs/decisions/0002-progress-across-revisions.md). Finished progress is kept but not offered.
 *
 * Every change after the start is saved (`{ tutorialId, revision, path, finished, startedAt,
 * updatedAt }`, nothing else). The store is wrapped in `resilientStore`, so a broken, foreign,
 * full or missing storage never stops the walk: the guide carries on in memory and tells only
 * `onStoreError`.
 */
export function createGuide(tutorial: Tutorial, options: GuideOptions = {}): Guide {
  return new TutorialGuide(tutorial, options);
}

class TutorialGuide implements Guide {
  readonly tutorial: Tutorial;
  readonly ready: Promise<void>;
  lang: string | undefined;

  private readonly _map: StepMap;
  private readonly _store: ResilientProgressStore;
  private readonly _now: () => number;
  private readonly _listeners = new Set<GuideListener>();
  private _state: GuideState;
  private _route: readonly string[];
  private _saved: SavedProgress | undefined;
  private _startedAt = 0;
  private _finishedAt: number | undefined;
  /** Store calls run one after another, so a slow write never lands after a later one. */
  private _storeQueue: Promise<void>;
  private readonly _onSetError: (error: unknown) => void;

  constructor(tutorial: Tutorial, options: GuideOptions) {
    if (tutorial.steps.length === 0) {
      throw new GuideError('no-steps', `The tutorial "${tutorial.id}" has no steps to guide through.`);
    }
    this.tutorial = tutorial;
    this.lang = options.lang;
    this._map = mapSteps(tutorial);
    this._now = options.now ?? Date.now;
    this._store = resilientStore(options.store ?? memoryStore(), options.onStoreError);
    const first = tutorial.steps[0]!.id;
    this._route = Object.freeze([first, ...upcoming(this._map, first, new Set())]);
    this._state = this._freeze({ stepId: first, index: 0, path: [first], started: false, finished: false, resumable: false });
    // `ready` and `flush()` never reject, whatever the store does: the queue swallows (and reports) every failure.
    const report = (operation: StoreOperation) => (error: unknown) => reportStoreError(options.onStoreError, error, operation);
    this._onSetError = report('set');
    this._storeQueue = this._store.get(tutorial.id).then((record) => this._consider(record)).catch(report('get'));
    this.ready = this._storeQueue;
  }

  get state(): GuideState {
    return this._state;
  }

  get step(): Step {
    return this._map.byId.get(this._state.stepId)!;
  }

  get saved(): SavedProgress | undefined {
    return this._saved;
  }

  get isLast(): boolean {
    return !hasChoices(this.step) && plainNext(this._map, this.step) === null;
  }

  get canGoBack(): boolean {
    return this._state.started && !this._state.finished && this._state.path.length > 1;
  }

  get route(): readonly string[] {
    return this._route;
  }

  get elapsedMs(): number {
    return this._state.started ? (this._finishedAt ?? this._now()) - this._startedAt : 0;
  }

  start(stepId?: string): void {
    if (this._state.started) {
      throw new GuideError('already-started', 'The guide has already started; use restart() to begin again.');
    }
    const target = stepId ?? this.tutorial.steps[0]!.id;
    this._requireStep(target);
    this._begin(wayTo(this._map, target), this._now(), { type: 'start' });
  }

  next(choiceIndex?: number): void {
    // Before the start the guide stands on the first step, unseen: Next starts there and moves on.
    const starting = !this._state.started && !this._state.finished;
    if (!starting) this._requireWalking('next()');
    const step = this.step;
    // Checked before anything changes: a refused call must leave the state and saved progress as they were.
    const target = nextTarget(this._map, step, choiceIndex);
    if (target !== null) this._requireStep(target);
    if (starting) this.start();
    if (target === null) {
      this._finishedAt = this._now();
      this._commit(this._state.path, true, { type: 'complete', from: step.id });
      return;
    }
    this._moveTo(target);
  }

  back(): void {
    this._requireWalking('back()');
    const { path } = this._state;
    if (path.length < 2) {
      throw new GuideError('no-previous-step', `Step "${this._state.stepId}" is the first step of the path; there is nothing to go back to.`);
    }
    this._commit(path.slice(0, -1), false, { type: 'step', from: this._state.stepId });
  }

  goTo(stepId: string): void {
    this._requireStep(stepId);
    if (!this._state.started) {
      this.start(stepId);
      return;
    }
    this._requireWalking(`goTo("${stepId}")`);
    if (stepId !== this._state.stepId) this._moveTo(stepId);
  }

  restart(): void {
    const from = this._state.started ? this._state.stepId : undefined;
    this._begin([this.tutorial.steps[0]!.id], this._now(), from === undefined ? { type: 'restart' } : { type: 'restart', from });
  }

  resume(): void {
    const saved = this._saved;
    if (!saved || this._state.started) {
      throw new GuideError('not-resumable', 'There is no saved progress to resume; check state.resumable first.');
    }
    this._begin(saved.path, saved.startedAt, { type: 'resume' });
  }

  subscribe(listener: GuideListener): () => void {
    // A wrapper per subscription, so subscribing one function twice needs two unsubscribes.
    const entry: GuideListener = (state, change) => listener(state, change);
    this._listeners.add(entry);
    return () => {
      this._listeners.delete(entry);
    };
  }

  stepAt(stepId: string): Step | undefined {
    return this._map.byId.get(stepId);
  }

  localize(text: Text): ResolvedText {
    return resolveTextWithLang(text, this.lang, this.tutorial.lang);
  }

  flush(): Promise<void> {
    return this._storeQueue;
  }

  private _requireStep(stepId: string): void {
    if (!this._map.byId.has(stepId)) {
      throw new GuideError('unknown-step', `The tutorial "${this.tutorial.id}" has no step "${stepId}".`);
    }
  }

  private _requireWalking(call: string): void {
    if (!this._state.started) {
      throw new GuideError('not-started', `The guide has not started; call start() or resume() before ${call}.`);
    }
    if (this._state.finished) {
      throw new GuideError('finished', `The tutorial is finished; call restart() before ${call}.`);
    }
  }

  /** Shows `stepId`: back to it when it is on the path, else one step further along. */
  private _moveTo(stepId: string): void {
    const { path } = this._state;
    const onPath = path.indexOf(stepId);
    const nextPath = onPath >= 0 ? path.slice(0, onPath + 1) : [...path, stepId];
    this._commit(nextPath, false, { type: 'step', from: this._state.stepId });
  }

  private _begin(path: readonly string[], startedAt: number, change: GuideChange): void {
    this._startedAt = startedAt;
    this._finishedAt = undefined;
    this._saved = undefined;
    this._commit(path, false, change);
  }

  private _commit(path: readonly string[], finished: boolean, change: GuideChange): void {
    this._state = this._freeze({ stepId: path[path.length - 1]!, index: path.length - 1, path, started: true, finished, resumable: false });
    this._save();
    for (const listener of [...this._listeners]) {
      try {
        listener(this._state, change);
      } catch (error) {
        // One broken listener must neither stop the others nor leave the guide half-changed;
        // rethrown later so it still shows in the console.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  /** A frozen state, with the route ahead counted from `stepId` (nothing ahead once finished). */
  private _freeze(part: Omit<GuideState, 'tutorialId' | 'revision' | 'total'>): GuideState {
    const shown = part.started ? part.path : [part.stepId];
    const ahead = part.finished ? [] : upcoming(this._map, part.stepId, new Set(shown));
    this._route = Object.freeze([...shown, ...ahead]);
    return Object.freeze({
      tutorialId: this.tutorial.id,
      revision: this.tutorial.revision,
      stepId: part.stepId,
      index: part.index,
      total: this._route.length,
      path: Object.freeze([...part.path]),
      started: part.started,
      finished: part.finished,
      resumable: part.resumable,
    });
  }

  private _save(): void {
    const { path, finished } = this._state;
    const record: ProgressRecord = {
      tutorialId: this.tutorial.id,
      revision: this.tutorial.revision,
      path,
      finished,
      startedAt: this._startedAt,
      updatedAt: this._now(),
    };
    this._storeQueue = this._storeQueue.then(() => this._store.set(record)).catch(this._onSetError);
  }

  /** Decides what to do with the record the store held when the guide was created. */
  private async _consider(record: ProgressRecord | undefined): Promise<void> {
    // Once the citizen has started, what was stored before is no longer theirs to resume.
    if (!record || record.finished || this._state.started) return;
    if (!progressFits(this.tutorial, record, this._map)) {
      await this._store.delete(record.tutorialId);
      return;
    }
    const stepId = record.path[record.path.length - 1]!;
    const total = record.path.length + upcoming(this._map, stepId, new Set(record.path)).length;
    this._saved = Object.freeze({
      stepId,
      step: this._map.byId.get(stepId)!,
      index: record.path.length - 1,
      total,
      path: record.path,
      revision: record.revision,
      startedAt: record.startedAt,
      updatedAt: record.updatedAt,
    });
    this._state = Object.freeze({ ...this._state, resumable: true });
  }
}
