/**
 * "Did you mean …?" for typos in field names, step ids and values. Editors mistype; a
 * suggestion turns a puzzling error into a one-second fix.
 */

import { foldMarks } from '../text/index.js';

// Three reused rows: `closest()` may compare hundreds of step ids, so no allocation per call.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Longer names get no "Did you mean": an id has at most 100 characters, and typos are short. */
const MAX_SUGGESTED = 120;
/** Candidates compared letter by letter per suggestion; a real tutorial has far fewer steps. */
const MAX_COMPARED = 2000;
const FAR = 1 << 30;
const letterCounts = new Int32Array(0x10000);

/**
 * A cheap lower bound of {@link editDistance}: an edit changes the letters a string is made of
 * by at most two (a swap by none), so half the difference in letter counts is a floor.
 */
function letterDistance(a: string, b: string): number {
  for (let i = 0; i < a.length; i += 1) letterCounts[a.charCodeAt(i)]! += 1;
  for (let i = 0; i < b.length; i += 1) letterCounts[b.charCodeAt(i)]! -= 1;
  let difference = 0;
  for (const text of [a, b]) {
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      difference += Math.abs(letterCounts[code]!);
      letterCounts[code] = 0;
    }
  }
  return Math.ceil(difference / 2);
}

/**
 * The edit distance between two strings, counting a swap of two neighbouring letters as one
 * edit (optimal string alignment), so `tilte` is one edit from `title`. With `max`, only the
 * cells within `max` of the diagonal are computed (any path outside costs more), and it
 * returns `max + 1` once the distance is sure to be above `max`: the work is then about
 * `length × max`, not `length²`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const band = Number.isFinite(max) ? max : Math.max(a.length, b.length);
  const cols = b.length + 1;
  if (rows[0].length < cols) rows = [new Int32Array(cols * 2), new Int32Array(cols * 2), new Int32Array(cols * 2)];
  let [before, previous, current] = rows;
  for (let j = 0; j < cols; j += 1) previous[j] = j <= band ? j : FAR;
  for (let i = 1; i <= a.length; i += 1) {
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    const from = Math.max(1, i - band);
    const to = Math.min(cols - 1, i + band);
    current[0] = i <= band ? i : FAR;
    if (from > 1) current[from - 1] = FAR;
    let rowMin = current[0]!;
    for (let j = from; j <= to; j += 1) {
      const bj = b.charCodeAt(j - 1);
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (to + 1 < cols) current[to + 1] = FAR;
    if (rowMin > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return Math.min(previous[cols - 1]!, max + 1);
}

/**
 * The candidate closest to `input`, or undefined when none is close enough to be a likely
 * typo: same letters in another case, one edit, one being the start of the other
 * (`get-card` for `get-card-first`), or about one edit per three letters. Names longer than
 * 120 characters are not compared at all, so a hostile file cannot make this slow.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length > MAX_SUGGESTED) return undefined;
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  let compared = 0;
  for (const candidate of candidates) {
    if (candidate === input || candidate.length > MAX_SUGGESTED) continue;
    const other = candidate.toLowerCase();
    // The distance is at least the difference in length: skip hopeless candidates cheaply.
    if (Math.abs(other.length - lower.length) > 3 && !(lower.length >= 3 && (other.startsWith(lower) || lower.startsWith(other)))) continue;
    let score: number;
    if (other === lower) score = 0;
    else {
      // About one edit in three letters: "has-card" is no typo of "get-card".
      const allowed = Math.min(3, Math.max(1, Math.floor(Math.max(lower.length, other.length) / 3)));
      const prefix = lower.length >= 3 && (other.startsWith(lower) || lower.startsWith(other));
      if (!prefix && letterDistance(lower, other) > allowed) continue;
      if (compared >= MAX_COMPARED) break;
      compared += 1;
      const distance = editDistance(lower, other, allowed);
      if (distance <= 1) score = distance;
      else if (prefix) score = 1.5;
      else if (distance <= allowed) score = distance;
      else continue;
    }
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Turns a name into an allowed id: lowercase ASCII letters, digits and single hyphens, with
 * Vietnamese diacritics removed (`Cài ứng dụng` → `cai-ung-dung`).
 */
export function toId(name: string): string {
  return foldMarks(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
