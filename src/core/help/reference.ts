import { alphabet, checkValue, codeLength, referencePrefix } from './code.js';
import { normalizeReference } from './code-text.js';
import type { ReferenceInfo, ReferenceTutorial } from './code.js';

export { encodeReference, referencePrefix, referenceStepLimit } from './code.js';
export type { ReferenceInfo, ReferenceTutorial } from './code.js';
export { formatReference, normalizeReference } from './code-text.js';

/**
 * Why a code could not be looked up:
 * - `malformed`: not 8 characters of the code alphabet once cleaned (a character missing, extra
 *   or not a letter/digit of the code);
 * - `mistyped`: the check character does not match, so at least one character was misheard or
 *   mistyped;
 * - `unknown-tutorial`: no known tutorial has this code's first four characters;
 * - `ambiguous`: two known tutorials share the first four characters (or one tutorial is known at
 *   two revisions 32 apart), so the code cannot say which is meant;
 * - `unknown-revision`: the tutorial is known, but not at the revision the citizen has;
 * - `unknown-step`: the tutorial and revision are known, but it has no step at that position.
 */
export type ReferenceProblem =
  | 'malformed'
  | 'mistyped'
  | 'unknown-tutorial'
  | 'ambiguous'
  | 'unknown-revision'
  | 'unknown-step';

/**
 * The result of {@link lookUpReference}. When the tutorial was recognised but the code still
 * cannot be placed (`unknown-revision`, `unknown-step`), `tutorialId` says which tutorial it is.
 */
export type ReferenceLookup =
  | { ok: true; reference: ReferenceInfo }
  | { ok: false; problem: ReferenceProblem; tutorialId?: string };

/**
 * Turns a code read out by a citizen back into the tutorial, revision and step, or `null` when
 * it cannot be placed with certainty (see {@link lookUpReference} for the reason). Every single
 * misheard character and every swap of two neighbouring characters gives `null`, never a wrong
 * step.
 *
 * @param code as typed by the helper: case, spaces, hyphens and look-alikes (O, I, L, U) do not
 *   matter.
 * @param tutorials the tutorials the helper's screen knows, possibly several revisions of one.
 */
export function decodeReference(code: string, tutorials: readonly ReferenceTutorial[]): ReferenceInfo | null {
  const lookup = lookUpReference(code, tutorials);
  return lookup.ok ? lookup.reference : null;
}

/**
 * Like {@link decodeReference}, but says why a code could not be placed, so a helper's screen can
 * say "please read the code again" (`malformed`, `mistyped`) apart from "this guide has changed"
 * (`unknown-revision`).
 */
export function lookUpReference(code: string, tutorials: readonly ReferenceTutorial[]): ReferenceLookup {
  const cleaned = normalizeReference(code);
  if (cleaned.length !== codeLength) return { ok: false, problem: 'malformed' };
  const values = [...cleaned].map((char) => alphabet.indexOf(char));
  if (values.includes(-1)) return { ok: false, problem: 'malformed' };
  if (checkValue(values.slice(0, -1)) !== values[codeLength - 1]) return { ok: false, problem: 'mistyped' };

  const prefix = cleaned.slice(0, 4);
  const sameHash = tutorials.filter((tutorial) => referencePrefix(tutorial.id) === prefix);
  if (sameHash.length === 0) return { ok: false, problem: 'unknown-tutorial' };
  const tutorialId = sameHash[0]!.id;
  // Two different ids behind one prefix: even if their revisions differ, the citizen may have a
  // revision of either that this screen does not know, so the code cannot be trusted.
  if (sameHash.some((tutorial) => tutorial.id !== tutorialId)) return { ok: false, problem: 'ambiguous' };

  const revisionValue = values[4]!;
  const sameRevision = sameHash.filter((tutorial) => tutorial.revision % 32 === revisionValue);
  if (sameRevision.length === 0) return { ok: false, problem: 'unknown-revision', tutorialId };
  const tutorial = sameRevision[0]!;
  if (sameRevision.some((other) => other.revision !== tutorial.revision)) {
    return { ok: false, problem: 'ambiguous', tutorialId };
  }
  const step = tutorial.steps[values[5]! * 32 + values[6]!];
  if (!step) return { ok: false, problem: 'unknown-step', tutorialId };
  return { ok: true, reference: { tutorialId, revision: tutorial.revision, stepId: step.id } };
}

/**
 * The check character for the first seven characters of a code (already normalised). Not part
 * of the public API: tests use it to build codes with any content.
 *
 * @internal
 */
export function checkCharacter(data: string): string {
  return alphabet[checkValue([...data].map((char) => alphabet.indexOf(char)))]!;
}

