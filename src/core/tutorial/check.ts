/**
 * `checkTutorialData()`: every check of `validateTutorial()`, without the words. Elements use
 * it so that a page with a good tutorial never downloads the messages (`words.ts`); they load
 * the words only when there is a problem to explain.
 */
import * as v from 'valibot';
import { found as foundProblem, type FoundProblem } from './found.js';
import { normalizeData, type Oversize } from './normalize.js';
import { problemKey, sortAndDedupe } from './order.js';
import { append, problemsBeyondShape } from './quick-found.js';
import { TutorialSchema } from './schema.js';
import { shapeProblems } from './shape.js';
import type { Tutorial } from './types.js';

export { problemKey, sortAndDedupe } from './order.js';

/** What the checks found, before anything is worded. @internal */
export interface TutorialCheck {
  /** True when no problem is an error (missing translations are warnings). */
  ok: boolean;
  /** The typed tutorial (NFC, without `x-` fields); only when `ok`. */
  tutorial?: Tutorial;
  /** Every problem, in file order, as `validateTutorial()` finds them: codes, paths, facts. */
  found: FoundProblem[];
  /** The normalized data the problems were found in; their words name places from it. */
  data: unknown;
}

/** Everything the checks found, in the order they found it. @internal */
export interface Findings {
  data: unknown;
  tutorial: Tutorial | undefined;
  found: FoundProblem[];
  /** True when translations were no longer checked, past `MAX_FOUND` problems. */
  incomplete: boolean;
}

/**
 * Runs every check of `validateTutorial()` on tutorial data and returns the problems without
 * messages: the same codes, paths and severities, in the same order. Never throws for bad
 * data. @internal
 */
export function checkTutorialData(data: unknown): TutorialCheck {
  const findings = findProblems(data);
  // Problems with the same place, code and facts would have the same message.
  const found = sortAndDedupe(findings.found, findings.data, problemKey);
  const ok = found.every((p) => p.severity !== 'error');
  const result: TutorialCheck = { ok, found, data: findings.data };
  if (ok && findings.tutorial !== undefined) result.tutorial = findings.tutorial;
  return result;
}

/** Runs every check; the problems come in the order the checks found them. @internal */
export function findProblems(input: unknown): Findings {
  const oversize: Oversize = { tooDeep: [], tooMany: false };
  const data = normalizeData(input, oversize);
  if (oversize.tooMany) return { data, tutorial: undefined, found: [foundProblem('too-large', [], { kind: 'too-many-values' })], incomplete: false };
  const parsed = v.safeParse(TutorialSchema, data);
  const found: FoundProblem[] = oversize.tooDeep.map((segments) => foundProblem('too-deep', segments, { kind: 'too-deep' }));
  if (!parsed.success) append(found, shapeProblems(parsed.issues, data));
  const rest = problemsBeyondShape(data);
  append(found, rest.found);
  return { data, tutorial: parsed.success ? parsed.output : undefined, found, incomplete: rest.incomplete };
}
