/**
 * `quickCheckTutorial()`: what a citizen's page runs on every tutorial, without valibot. It
 * gives the same answer as `checkTutorialData()` (the full check, which the validator that
 * words problems is built on) whenever it gives one, and gives none when the data does not
 * have the format's shape (or is too deep or too large): only a page with such a file
 * downloads the full check, the way it downloads the words of its problems. The checks
 * themselves are in `quick-found.ts`; a page with a good tutorial runs only those.
 */
import type { TutorialCheck } from './check.js';
import { problemKey, sortAndDedupe } from './order.js';
import { quickFindings, quickResult } from './quick-found.js';

/**
 * The problems of data that has the format's shape, as `checkTutorialData()` finds them, or
 * `undefined` when only the full check can tell (a shape problem, data too deep or too large).
 * Never throws for bad data (a cycle is a programming mistake and throws a `TypeError`, as the
 * full check does). @internal
 */
export function quickCheckTutorial(input: unknown): TutorialCheck | undefined {
  const findings = quickFindings(input);
  return findings && quickResult(sortAndDedupe(findings.found, findings.data, problemKey), findings.data);
}
