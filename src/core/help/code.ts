/**
 * Making a reference code (`encodeReference()`), which a walkthrough or a tour does when Get
 * help is pressed. Reading one back (`reference.ts`) is for a helper's screen and `<gp-help>`, so
 * a citizen's page does not load it with the element.
 */
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

/** Crockford Base32: digits and capitals without I, L, O and U, which look like 1, 1, 0 and V. */
export const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters before grouping: 4 for the tutorial, 1 revision, 2 step, 1 check. */
export const codeLength = 8;
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
  // Grouped as formatReference() groups a code: it is in the canonical form already.
  const code = values.map((value) => alphabet[value]).join('');
  return `${code.slice(0, 4)}-${code.slice(4)}`;
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
 *
 * @internal
 */
export function checkValue(values: readonly number[]): number {
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
