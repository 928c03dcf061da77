/**
 * Whether progress saved earlier still fits a tutorial, and the walk it stands for. One rule for
 * every reader of stored progress: the guide (which offers it for `resume()`) and the standalone
 * `<gp-progress>` list (which shows it), so the two never disagree after a revision change.
 */
import type { ProgressRecord } from '../progress/index.js';
import type { Tutorial } from '../tutorial/types.js';
import { isWalk, mapSteps, upcoming, type StepMap } from './route.js';

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
