/**
 * How a reference code is written: cleaned of what a helper may type around it, and grouped for
 * reading aloud. `<gp-help>` shows codes with these; reading one back is `reference.ts`.
 */
import { codeLength } from './code.js';

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

