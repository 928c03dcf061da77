/**
 * `quickCheckTutorial()`: what a citizen's page runs on every tutorial, without valibot. It
 * gives the same answer as `checkTutorialData()` (the full check, which the validator that
 * words problems is built on) whenever it gives one, and gives none when the data does not
 * have the format's shape (or is too deep or too large): only a page with such a file
 * downloads the full check, the way it downloads the words of its problems.
 */
import { faultsOf, TUTORIAL } from './format.js';
import type { FoundProblem } from './found.js';
import { checkStepGraph } from './graph.js';
import { normalizeData, type Oversize } from './normalize.js';
import { problemKey, sortAndDedupe } from './order.js';
import { checkTexts } from './texts.js';
import type { TutorialCheck } from './check.js';
import type { Tutorial } from './types.js';
import { checkValues } from './values.js';
import { walkTutorial } from './walk.js';

/**
 * The problems of data that has the format's shape, as `checkTutorialData()` finds them, or
 * `undefined` when only the full check can tell (a shape problem, data too deep or too large).
 * Never throws for bad data (a cycle is a programming mistake and throws a `TypeError`, as the
 * full check does). @internal
 */
export function quickCheckTutorial(input: unknown): TutorialCheck | undefined {
  const oversize: Oversize = { tooDeep: [], tooMany: false };
  const data = normalizeData(input, oversize);
  if (oversize.tooMany || oversize.tooDeep.length > 0 || faultsOf(TUTORIAL, data, 1).length > 0) return undefined;
  const found = sortAndDedupe(problemsBeyondShape(data).found, data, problemKey);
  const ok = found.every((p) => p.severity !== 'error');
  // With the shape right and no unknown field (x- fields are dropped by the copy), the
  // normalized copy is the typed tutorial the full check gives.
  return ok ? { ok, found, data, tutorial: data as Tutorial } : { ok, found, data };
}

/**
 * Every check that is not about the shape, in the order the full check runs them: unknown
 * fields, texts (translations, links), the steps' graph, values. @internal
 */
export function problemsBeyondShape(data: unknown): { found: FoundProblem[]; incomplete: boolean } {
  const found: FoundProblem[] = [];
  const walk = walkTutorial(data);
  const texts = checkTexts(data, walk.texts);
  for (const list of [walk.unknownFields, texts.problems, checkStepGraph(data), checkValues(data)]) append(found, list);
  return { found, incomplete: texts.incomplete };
}

/** `target.push(...items)` without spreading a long list onto the call stack. @internal */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
