/**
 * The public shape of a guide: its state, what listeners hear, and its methods.
 */
import type { ProgressStore, StoreErrorHandler } from '../progress/index.js';
import type { ResolvedText } from '../text/index.js';
import type { Step, Text, Tutorial } from '../tutorial/types.js';

/**
 * Where the citizen is in a tutorial. Every change makes a fresh frozen object, so comparing
 * `state` by identity tells whether anything changed.
 */
export interface GuideState {
  readonly tutorialId: string;
  readonly revision: number;
  /** The current step; before the start, the step Start will open. */
  readonly stepId: string;
  /** 0-based position of the current step on `path` (0 before the start): "Step {index + 1}". */
  readonly index: number;
  /**
   * How many steps this walk has: the path so far plus the steps that follow the current one
   * by default ("of {total}"). Past a step with choices the count follows its first choice
   * (skipping any that lead back to a step already on the path; one that finishes ends the
   * count), so it is exact for a citizen who takes the first answer each time: editors should
   * put the most common answer first. After each choice the total is counted again along the
   * way chosen, so it is exact whenever no choice lies ahead, and on the step that finishes it
   * equals `index + 1`. Going back past a choice counts from the first choice again.
   */
  readonly total: number;
  /**
   * The step ids actually taken, first to current; before the start, just the step Start will
   * open (so `index` always points into it). It never holds a
   * step twice: going (back) to a step already on it cuts the path there, so Back retraces
   * the way the citizen came.
   */
  readonly path: readonly string[];
  /** Whether a step is being shown (after `start()`, `resume()`, `restart()` or `goTo()`). */
  readonly started: boolean;
  /** Whether Next (or a finishing choice) was pressed on the last step. */
  readonly finished: boolean;
  /**
   * Whether the store holds unfinished progress of this tutorial that `resume()` can continue
   * (see `saved`). Settled when `ready` resolves; false again once the guide starts.
   */
  readonly resumable: boolean;
}

/**
 * What made the state change:
 * - `start`: the first step was shown (`start()`, or `goTo()` before starting);
 * - `step`: another step was shown (`next()`, `back()`, `goTo()`);
 * - `complete`: the last step was finished; the step shown is unchanged;
 * - `restart`: the walk began again at the first step (`restart()`);
 * - `resume`: saved progress was continued (`resume()`).
 */
export type GuideChangeType = 'start' | 'step' | 'complete' | 'restart' | 'resume';

/** What happened, for listeners: the kind of change and the step id it came from, if any. */
export interface GuideChange {
  readonly type: GuideChangeType;
  /** The step shown before this change; absent when no step was shown before. */
  readonly from?: string;
}

/** Called after every change with the new state and what happened. */
export type GuideListener = (state: GuideState, change: GuideChange) => void;

/** Progress found in the store that `resume()` would continue, for a "Continue at step 4" offer. */
export interface SavedProgress {
  /** The step the citizen was on, where `resume()` opens. */
  readonly stepId: string;
  readonly step: Step;
  /** 0-based position of that step on the saved path. */
  readonly index: number;
  /** The total the walk would show there (see {@link GuideState.total}). */
  readonly total: number;
  readonly path: readonly string[];
  /** The revision the progress was saved under; it may differ from the tutorial's (see `createGuide`). */
  readonly revision: number;
  /** When the citizen first started, and when they last moved (ms since the epoch). */
  readonly startedAt: number;
  readonly updatedAt: number;
}

/** How a guide is set up. */
export interface GuideOptions {
  /** Where progress is kept; defaults to `memoryStore()` (nothing outlives the page). */
  store?: ProgressStore;
  /** The language the citizen reads, for {@link Guide.localize}; defaults to the tutorial's. */
  lang?: string;
  /** The clock, in ms since the epoch; defaults to `Date.now`. Tests pass a fake one. */
  now?: () => number;
  /** Hears about store failures the guide recovered from (it carries on in memory). */
  onStoreError?: StoreErrorHandler;
}

/**
 * A citizen's walk through one tutorial, without any UI: the state machine behind
 * `<gp-tutorial>` and `<gp-tour>`, usable from any framework and in Node.
 *
 * A new guide has not started: `state.started` is false and `state.stepId` is the first step,
 * so a UI can show a start view first. Then:
 * - Start → `start()`; the `start` attribute → `start(stepId)`;
 * - saved progress (`await ready`, then `state.resumable` / `saved`) → Continue is `resume()`
 *   and Start again is `restart()` (which also replaces the saved progress).
 *
 * Mistakes (Next without a choice on a choice step, an unknown step id, Next after the end…)
 * throw a `GuideError` and leave the state as it was.
 */
export interface Guide {
  readonly tutorial: Tutorial;
  /** The current state; replaced by a new frozen object on every change. */
  readonly state: GuideState;
  /** The current step (before the start, the one Start opens). */
  readonly step: Step;
  /** Resolves once the store has been read and `state.resumable`/`saved` are known. Never rejects. */
  readonly ready: Promise<void>;
  /** The progress `resume()` would continue, while `state.resumable` is true. */
  readonly saved: SavedProgress | undefined;
  /** Whether Next on the current step finishes the tutorial: show "Finish" instead of "Next". */
  readonly isLast: boolean;
  /** Whether `back()` would work now: started, not finished, and not on the first step of the path. */
  readonly canGoBack: boolean;
  /** The path so far followed by the steps ahead by default; its length is `state.total`. */
  readonly route: readonly string[];
  /** Time from the first start to finishing (or to now), in ms; it spans visits when resumed. 0 before the start. */
  readonly elapsedMs: number;
  /** The language the citizen reads; changing it affects only {@link Guide.localize}. */
  lang: string | undefined;

  /**
   * Shows the first step, or `stepId`. Opened at a later step, the path is the shortest way to it
   * from the first step (choices tried in order), so "Step N of M" and Back match a citizen who
   * came that way. Throws `already-started` once started (use `restart()`).
   */
  start(stepId?: string): void;
  /**
   * Moves on: to `choices[choiceIndex].next` on a step with choices (required there), else to
   * the step's `next`, else the following step; finishes the tutorial when that is `null` or
   * there is no following step. Before the start, it starts at the first step (a `start`
   * change) and moves on from there.
   */
  next(choiceIndex?: number): void;
  /** Goes back one step along the path taken (not the list order). */
  back(): void;
  /**
   * Shows `stepId`. A step already on the path is gone back to (the path is cut there);
   * another is added after the current one, so Back returns here. Before the start it starts
   * there. Going to the current step changes nothing.
   */
  goTo(stepId: string): void;
  /** Begins again at the first step, from any state, replacing saved progress. */
  restart(): void;
  /** Continues the saved progress at its step. Throws `not-resumable` unless `state.resumable`. */
  resume(): void;
  /** Calls `listener` after every change; returns a function that stops that. */
  subscribe(listener: GuideListener): () => void;
  /** The step with id `stepId`, if the tutorial has one. */
  stepAt(stepId: string): Step | undefined;
  /** `text` in the citizen's language, falling back as `resolveTextWithLang()` describes. */
  localize(text: Text): ResolvedText;
  /** Resolves when every progress write begun so far has settled. Never rejects. */
  flush(): Promise<void>;
}
