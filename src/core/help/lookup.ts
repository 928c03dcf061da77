/**
 * What a helper's screen says about a code a citizen read out: the step it names, or, in plain
 * terms, why not — which character looks wrong, a code too short or too long, a guide this
 * screen does not have, or another revision of it. Built on `lookUpReference`, with no DOM.
 */
import { spokenGroups } from './spoken.js';
import { formatReference, normalizeReference } from './code-text.js';
import type { ReferenceInfo, ReferenceTutorial } from './code.js';
import { lookUpReference } from './reference.js';

const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The outcome of {@link explainReference}. `code` is the code as cleaned and grouped. */
export type ReferenceExplanation =
  | { kind: 'found'; code: string; reference: ReferenceInfo }
  /** Nothing typed (only spaces and hyphens). */
  | { kind: 'empty' }
  /** A character that is never in a code (position is 1-based, in the code without spaces). */
  | { kind: 'bad-character'; code: string; position: number; character: string }
  /** Every character could be in a code, but there are not 8 of them. */
  | { kind: 'wrong-length'; code: string; length: number }
  /**
   * The check character does not match. `suspect`, when there is exactly one: the one
   * character which, changed, gives a code of a known guide (a likely mishearing).
   */
  | { kind: 'mistyped'; code: string; suspect?: { position: number; character: string; instead: string; tutorialId: string } }
  | { kind: 'unknown-tutorial'; code: string; prefix: string }
  | { kind: 'ambiguous'; code: string; tutorialId?: string }
  | { kind: 'unknown-revision' | 'unknown-step'; code: string; tutorialId: string };

/**
 * Explains what `typed` (as a helper typed it: any case, spaces, hyphens, look-alikes) names
 * among `tutorials`. Never throws. Keeps nothing: the code is neither stored nor sent.
 */
export function explainReference(typed: string, tutorials: readonly ReferenceTutorial[]): ReferenceExplanation {
  const cleaned = normalizeReference(typed);
  if (cleaned === '') return { kind: 'empty' };
  const code = formatReference(cleaned);
  const chars = [...cleaned];
  const bad = chars.findIndex((char) => !REFERENCE_ALPHABET.includes(char));
  if (bad >= 0) return { kind: 'bad-character', code, position: bad + 1, character: chars[bad]! };
  if (chars.length !== 8) return { kind: 'wrong-length', code, length: chars.length };
  const lookup = lookUpReference(cleaned, tutorials);
  if (lookup.ok) return { kind: 'found', code, reference: lookup.reference };
  switch (lookup.problem) {
    case 'mistyped': {
      const suspect = suspectOf(chars, tutorials);
      return suspect ? { kind: 'mistyped', code, suspect } : { kind: 'mistyped', code };
    }
    case 'unknown-tutorial':
      return { kind: 'unknown-tutorial', code, prefix: cleaned.slice(0, 4) };
    case 'ambiguous':
      return lookup.tutorialId ? { kind: 'ambiguous', code, tutorialId: lookup.tutorialId } : { kind: 'ambiguous', code };
    case 'unknown-revision':
    case 'unknown-step':
      return { kind: lookup.problem, code, tutorialId: lookup.tutorialId! };
    default:
      return { kind: 'wrong-length', code, length: chars.length };
  }
}

/** The single character that, changed, makes the code name a step of a known guide. */
function suspectOf(chars: readonly string[], tutorials: readonly ReferenceTutorial[]) {
  const found: { position: number; character: string; instead: string; tutorialId: string }[] = [];
  for (let i = 0; i < chars.length && found.length < 2; i += 1) {
    for (const instead of REFERENCE_ALPHABET) {
      if (instead === chars[i]) continue;
      const candidate = [...chars];
      candidate[i] = instead;
      const lookup = lookUpReference(candidate.join(''), tutorials);
      if (lookup.ok) found.push({ position: i + 1, character: chars[i]!, instead, tutorialId: lookup.reference.tutorialId });
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * A code as a screen reader should read it: one character at a time, in its groups
 * (`445M-301V` → "4 4 5 M, 3 0 1 V"), never as a number ("four hundred and forty-five").
 */
export function spokenReference(code: string): string {
  return spokenGroups(code);
}
