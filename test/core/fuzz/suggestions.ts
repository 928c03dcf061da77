/** "Did you mean": the banded edit distance against the plain one it stands in for. */
import * as fc from 'fast-check';
import { editDistance } from '../../../src/core/tutorial/suggest.js';
import { check, type FuzzProperty } from './define.js';

/** Optimal string alignment distance, the whole table, as a textbook writes it. */
function plainDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', 'ệ'), maxLength: 14 });

export const suggestions: FuzzProperty = {
  name: 'the edit distance with a cut-off agrees with the whole table',
  runs: 1_000,
  build: () =>
    fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
      const full = plainDistance(a, b);
      check(editDistance(a, b) === full, `editDistance("${a}", "${b}") is not ${full}`);
      check(editDistance(a, b, max) === Math.min(full, max + 1), `editDistance("${a}", "${b}", ${max}) is not ${Math.min(full, max + 1)}`);
    }),
};
