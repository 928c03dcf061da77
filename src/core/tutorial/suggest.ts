/**
 * "Did you mean …?" for typos in field names, step ids and values. Editors mistype; a
 * suggestion turns a puzzling error into a one-second fix.
 */

// Three reused rows: `closest()` may compare hundreds of step ids, so no allocation per call.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * The edit distance between two strings, counting a swap of two neighbouring letters as one
 * edit (optimal string alignment), so `tilte` is one edit from `title`. Stops early and
 * returns `max + 1` once the distance is sure to be above `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  if (rows[0].length < cols) rows = [new Int32Array(cols * 2), new Int32Array(cols * 2), new Int32Array(cols * 2)];
  let [before, previous, current] = rows;
  for (let j = 0; j < cols; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j += 1) {
      const bj = b.charCodeAt(j - 1);
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return previous[cols - 1]!;
}

/**
 * The candidate closest to `input`, or undefined when none is close enough to be a likely
 * typo: same letters in another case, one edit, one being the start of the other
 * (`get-card` for `get-card-first`), or about one edit per three letters.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === input) continue;
    const other = candidate.toLowerCase();
    // The distance is at least the difference in length: skip hopeless candidates cheaply.
    if (Math.abs(other.length - lower.length) > 3 && !(lower.length >= 3 && (other.startsWith(lower) || lower.startsWith(other)))) continue;
    let score: number;
    if (other === lower) score = 0;
    else {
      // About one edit in three letters: "has-card" is no typo of "get-card".
      const allowed = Math.min(3, Math.max(1, Math.floor(Math.max(lower.length, other.length) / 3)));
      const distance = editDistance(lower, other, allowed);
      if (distance <= 1) score = distance;
      else if (lower.length >= 3 && (other.startsWith(lower) || lower.startsWith(other))) score = 1.5;
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
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
