/** Reference codes: every step's code leads back to it, and one slip never leads elsewhere. */
import * as fc from 'fast-check';
import { decodeReference, encodeReference, formatReference, normalizeReference } from '../../../src/core/help/reference.js';
import { check, type FuzzProperty } from './define.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const tutorial = fc.record({
  id: fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+){0,3}$/),
  revision: fc.integer({ min: 0, max: 10_000 }),
  steps: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), { minLength: 1, maxLength: 40 }).map((ids) => ids.map((id) => ({ id }))),
});

export const references: FuzzProperty = {
  name: 'reference codes round trip, and a misheard or swapped character never names another step',
  runs: 1_000,
  build: () =>
    fc.property(tutorial, fc.nat(), fc.nat({ max: 7 }), fc.nat({ max: 31 }), (t, pick, at, replacement) => {
      const step = t.steps[pick % t.steps.length]!;
      const info = { tutorialId: t.id, revision: t.revision, stepId: step.id };
      const code = encodeReference(info, t);
      check(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/.test(code), `bad code ${code}`);
      check(JSON.stringify(decodeReference(code, [t])) === JSON.stringify(info), `${code} does not lead back`);
      check(JSON.stringify(decodeReference(` ${code.toLowerCase().replace('-', ' ')} `, [t])) === JSON.stringify(info), 'case and spaces matter');
      const chars = [...normalizeReference(code)];
      const misheard = [...chars];
      if (ALPHABET[replacement] !== chars[at]) {
        misheard[at] = ALPHABET[replacement]!;
        check(decodeReference(formatReference(misheard.join('')), [t]) === null, `${misheard.join('')} decodes`);
      }
      if (at < 7 && chars[at] !== chars[at + 1]) {
        const swapped = [...chars];
        [swapped[at], swapped[at + 1]] = [swapped[at + 1]!, swapped[at]!];
        check(decodeReference(swapped.join(''), [t]) === null, `${swapped.join('')} decodes`);
      }
    }),
};
