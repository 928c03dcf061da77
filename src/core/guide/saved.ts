/**
 * Whether progress saved earlier still fits a tutorial, and the walk it stands for. One rule for
 * every reader of stored progress: the guide (which offers it for `resume()`) and the standalone
 * `<gp-progress>` list (which shows it), so the two never disagree after a revision change.
 */
import type { ProgressRecord } from '../progress/index.js';
import type { Tutorial } from '../tutorial/types.js';
import { isWalk, mapSteps, upcoming, wayTo, type StepMap } from './route.js';

/**
 * Whether `record` still fits `tutorial`:
 * - same revision: every step id on the saved path still exists;
 * - another revision: every step id still exists and the path is still a walk the tutorial
 *   allows (each step reachable from the one before by Next or a choice).
 * See docs/decisions/0002-progress-across-revisions.md.
 */
export function progressFits(tutorial: Tutorial, record: ProgressRecord, map: StepMap = mapSteps(tutorial)): boolean {
  return (
    record.path.length > 0 &&
    record.path.every((id) => map.byId.has(id)) &&
    (record.revision === tutorial.revision || isWalk(map, record.path))
  );
}

/**
 * The whole walk for a path taken: the path, then the steps that follow by default. With no
 * path, the walk a citizen who has not started would take from the first step.
 */
export function walkFor(tutorial: Tutorial, path: readonly string[]): string[] {
  const last = path.at(-1) ?? tutorial.steps[0]!.id;
  const taken = path.length ? [...path] : [last];
  return [...taken, ...upcoming(mapSteps(tutorial), last, new Set(taken))];
}

/**
 * Where a walk stands, as the citizen's screen counts it: "Step {number} of {total}", the step
 * before it on the way there and the one after it by default.
 */
export interface WalkPlace {
  readonly stepId: string;
  /** 1-based, along the path: the "3" of "Step 3 of 7". */
  readonly number: number;
  /** The "7" of "Step 3 of 7": the path and the steps ahead by default. */
  readonly total: number;
  /** The step before, on the path; `null` on the first. */
  readonly before: string | null;
  /** The step after it by default; `null` on the last. */
  readonly after: string | null;
  readonly finished: boolean;
}

function placeOn(tutorial: Tutorial, path: readonly string[], finished: boolean): WalkPlace {
  const route = walkFor(tutorial, path);
  return {
    stepId: path.at(-1)!,
    number: path.length,
    total: finished ? path.length : route.length,
    before: path.at(-2) ?? null,
    after: finished ? null : (route[path.length] ?? null),
    finished,
  };
}

/**
 * Where saved progress stands in `tutorial`, counted as `<gp-tutorial>` counts it when it is
 * resumed, or `undefined` when the record does not fit (see {@link progressFits}) and would
 * not be offered. For a "Continue where you left off" list.
 */
export function savedPlace(tutorial: Tutorial, record: ProgressRecord): WalkPlace | undefined {
  return progressFits(tutorial, record) ? placeOn(tutorial, record.path, record.finished) : undefined;
}

/**
 * Where step `stepId` stands on the shortest way to it, as a citizen who reached it sees it
 * ("Step 3 of 9", not its place in the file): what a helper's screen shows for a reference code.
 * `undefined` for a step the tutorial does not have.
 */
export function stepPlace(tutorial: Tutorial, stepId: string): WalkPlace | undefined {
  const map = mapSteps(tutorial);
  return map.byId.has(stepId) ? placeOn(tutorial, wayTo(map, stepId), false) : undefined;
}
