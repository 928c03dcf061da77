/**
 * The checks a citizen's page runs on every tutorial, without valibot and without putting what
 * they find in order: a good tutorial has nothing to order, so only a page with problems loads
 * that (`order.ts`, with the validator that words them). `quickCheckTutorial()` (`quick.ts`) is
 * the same check with its problems in file order.
 */
import type { TutorialCheck } from './check.js';
import { faultsOf, TUTORIAL } from './format.js';
import type { FoundProblem } from './found.js';
import { checkStepGraph } from './graph.js';
import { normalizeData, type Oversize } from './normalize.js';
import { checkTexts } from './texts.js';
import type { Tutorial } from './types.js';
import { checkValues } from './values.js';
import { walkTutorial } from './walk.js';

/**
 * The normalized copy of data that has the format's shape, and every problem in it as the
 * checks find them (not yet in file order, repeats included), or `undefined` when only the full
 * check can tell (a shape problem, data too deep or too large). Never throws for bad data (a
 * cycle is a programming mistake and throws a `TypeError`, as the full check does). @internal
 */
export function quickFindings(input: unknown): { found: FoundProblem[]; data: unknown } | undefined {
  const oversize: Oversize = { tooDeep: [], tooMany: false };
  const data = normalizeData(input, oversize);
  if (oversize.tooMany || oversize.tooDeep.length > 0 || faultsOf(TUTORIAL, data, 1).length > 0) return undefined;
  return { found: problemsBeyondShape(data).found, data };
}

/** The check's result for problems already in order, found in `data` (a normalized copy with the format's shape). @internal */
export function quickResult(found: FoundProblem[], data: unknown): TutorialCheck {
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
