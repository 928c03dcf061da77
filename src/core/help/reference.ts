import type { Tutorial } from '../tutorial/types.js';

/**
 * What a reference code names: a tutorial, its revision and a step. Nothing else: no person,
 * no device, no time.
 */
export interface ReferenceInfo {
  /** The tutorial's `id`. */
  tutorialId: string;
  /** The tutorial's `revision`. */
  revision: number;
  /** The `id` of the step the citizen is on. */
  stepId: string;
}

/**
 * The parts of a tutorial that reference codes need. A full {@link Tutorial} fits; a helper's
 * screen may pass lighter summaries with just these fields.
 */
export interface ReferenceTutorial {
  id: Tutorial['id'];
  revision: Tutorial['revision'];
  steps: readonly { id: string }[];
}

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

/** Crockford Base32: digits and capitals without I, L, O and U, which look like 1, 1, 0 and V. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters before grouping: 4 for the tutorial, 1 revision, 2 step, 1 check. */
const codeLength = 8;
const tutorialBits = 20;
const stepBits = 10;

/**
 * How many steps a tutorial may have and still get reference codes: the step's position is
 * written in two characters (10 bits).
 */
export const referenceStepLimit = 1 << stepBits;

/**
 * The first four characters of every reference code for a tutorial: 20 bits of the FNV-1a hash
 * of its `id`. Helpers can keep a list of prefixes to recognise tutorials at a glance, and
 * portal teams can check that no two of their tutorials share one.
 *
 * @example referencePrefix('vneid-level-2') // → '445M'
 */
export function referencePrefix(tutorialId: string): string {
  const hash = tutorialHash(tutorialId);
  let prefix = '';
  for (let shift = tutorialBits - 5; shift >= 0; shift -= 5) prefix += alphabet[(hash >>> shift) & 31];
  return prefix;
}

/**
 * Makes the short code a citizen reads to a helper, grouped for reading aloud: `445M-301V`.
 *
 * Throws for programming mistakes only: `info` not about `tutorial`, a step id the tutorial does
 * not have, a revision that is not a whole number ≥ 0, or a step beyond the first
 * {@link referenceStepLimit}.
 */
export function encodeReference(info: ReferenceInfo, tutorial: ReferenceTutorial): string {
  if (info.tutorialId !== tutorial.id || info.revision !== tutorial.revision) {
    throw new Error(
      `encodeReference: the reference is about "${info.tutorialId}" revision ${info.revision}, ` +
        `but the tutorial given is "${tutorial.id}" revision ${tutorial.revision}.`,
    );
  }
  if (!Number.isInteger(info.revision) || info.revision < 0) {
    throw new RangeError(`encodeReference: revision must be a whole number ≥ 0, not ${info.revision}.`);
  }
  const index = tutorial.steps.findIndex((step) => step.id === info.stepId);
  if (index < 0) {
    throw new Error(`encodeReference: tutorial "${tutorial.id}" has no step "${info.stepId}".`);
  }
  if (index >= referenceStepLimit) {
    throw new RangeError(
      `encodeReference: reference codes cover the first ${referenceStepLimit} steps; "${info.stepId}" is step ${index + 1}.`,
    );
  }
  const values = [...referencePrefix(tutorial.id)].map((char) => alphabet.indexOf(char));
  values.push(info.revision % 32, index >>> 5, index & 31);
  values.push(checkValue(values));
  return formatReference(values.map((value) => alphabet[value]).join(''));
}

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
 * Cleans what a helper typed into the canonical 8-character form without validating it: drops
 * spaces, hyphens, dashes, dots and underscores, upper-cases, and maps look-alikes to the
 * characters the alphabet uses (O → 0, I and L → 1, U → V). Full-width characters become
 * ordinary ones.
 *
 * @example normalizeReference(' 445m - 3o1u ') // → '445M301V'
 */
export function normalizeReference(input: string): string {
  return input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—―_.·]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
    .replace(/U/g, 'V');
}

/**
 * Groups a code for reading aloud and display, 4 + 4 with a hyphen: `445m301v` → `445M-301V`.
 * The input is cleaned with {@link normalizeReference} first; anything that is not 8 characters
 * long is returned cleaned but ungrouped.
 */
export function formatReference(code: string): string {
  const cleaned = normalizeReference(code);
  return cleaned.length === codeLength ? `${cleaned.slice(0, 4)}-${cleaned.slice(4)}` : cleaned;
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

/**
 * FNV-1a (32 bits) over the UTF-8 bytes of the id, xor-folded to 20 bits as the FNV authors
 * recommend for short hashes. Integer-only, so Node and every browser agree.
 */
function tutorialHash(id: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(id)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return ((hash >>> tutorialBits) ^ hash) & ((1 << tutorialBits) - 1);
}

/**
 * The check character's value for the seven values before it. Each value is an element of the
 * field GF(32) (polynomial x⁵ + x² + 1); the character at distance k from the end is weighted
 * by 2^k, and the check makes the weighted sum zero. The weights are distinct and non-zero, so
 * any single substitution and any swap of two different characters changes the sum.
 */
function checkValue(values: readonly number[]): number {
  let sum = 0;
  let weight = 1;
  for (let i = values.length - 1; i >= 0; i--) {
    weight = gfTimes2(weight);
    sum ^= gfMultiply(weight, values[i]!);
  }
  return sum;
}

function gfTimes2(value: number): number {
  const shifted = value << 1;
  return shifted & 32 ? shifted ^ 0b100101 : shifted;
}

function gfMultiply(a: number, b: number): number {
  let product = 0;
  for (let factor = a, rest = b; rest > 0; rest >>>= 1, factor = gfTimes2(factor)) {
    if (rest & 1) product ^= factor;
  }
  return product;
}
