import { expect } from '@open-wc/testing';
import {
  decodeReference,
  encodeReference,
  formatReference,
  lookUpReference,
  normalizeReference,
  referencePrefix,
  referenceStepLimit,
  type ReferenceTutorial,
} from '../../../src/core/help/index.js';
import { checkCharacter } from '../../../src/core/help/reference.js';
import type { Tutorial } from '../../../src/core/tutorial/types.js';
import vneidLevel2 from '../../../examples/vneid-level-2.json';
import vssidLookup from '../../../examples/vssid-lookup.json';
import dvcFiling from '../../../examples/dvc-file-application.json';
import vneidChangePhone from '../../../examples/vneid-change-phone.json';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const vneid: ReferenceTutorial = {
  id: 'vneid-level-2',
  revision: 3,
  steps: [{ id: 'has-chip-card' }, { id: 'install-app' }, { id: 'get-card-first' }],
};

function manySteps(id: string, revision: number, count: number): ReferenceTutorial {
  return { id, revision, steps: Array.from({ length: count }, (_, i) => ({ id: `step-${i}` })) };
}

const big = manySteps('tax-mobile', 41, referenceStepLimit);

/** Codes spread over the alphabet: the first, a middle and the last step of two tutorials. */
const sampleCodes = [
  encodeReference({ tutorialId: 'vneid-level-2', revision: 3, stepId: 'has-chip-card' }, vneid),
  encodeReference({ tutorialId: 'vneid-level-2', revision: 3, stepId: 'install-app' }, vneid),
  encodeReference({ tutorialId: 'tax-mobile', revision: 41, stepId: 'step-517' }, big),
  encodeReference({ tutorialId: 'tax-mobile', revision: 41, stepId: 'step-1023' }, big),
];

describe('reference codes', () => {
  describe('encodeReference', () => {
    it('writes the tutorial prefix, revision, step and check, grouped 4 + 4', () => {
      // Pinned: a change here breaks every code already printed or read out.
      expect(encodeReference({ tutorialId: 'vneid-level-2', revision: 3, stepId: 'has-chip-card' }, vneid)).to.equal('445M-300S');
      expect(encodeReference({ tutorialId: 'vneid-level-2', revision: 3, stepId: 'install-app' }, vneid)).to.equal('445M-301V');
      expect(encodeReference({ tutorialId: 'vneid-level-2', revision: 3, stepId: 'get-card-first' }, vneid)).to.equal('445M-302X');
    });

    it('uses only the Crockford alphabet, never I, L, O or U', () => {
      for (const code of sampleCodes) {
        expect(code).to.match(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      }
    });

    it('derives the prefix from FNV-1a of the id, folded to 20 bits', () => {
      // FNV-1a("a") = 0xe40c292c; folded: 0xe40 ^ 0xc292c = 0xc276c
      // = 11000 01001 11011 01100 = 24 9 27 12 = R 9 V C.
      expect(referencePrefix('a')).to.equal('R9VC');
      expect(referencePrefix('')).to.equal('S5EM');
      expect(referencePrefix('vneid-level-2')).to.equal('445M');
    });

    it('writes the revision modulo 32 and the step position in two characters', () => {
      const rev35 = { ...vneid, revision: 35 };
      expect(encodeReference({ tutorialId: 'vneid-level-2', revision: 35, stepId: 'install-app' }, rev35)).to.equal('445M-301V');
      // Revision 41 → 41 mod 32 = 9; step 517 = 16 × 32 + 5 → G 5; step 1023 → Z Z.
      expect(sampleCodes[2]!.slice(5, 8)).to.equal('9G5');
      expect(sampleCodes[3]!.slice(5, 8)).to.equal('9ZZ');
    });

    it('throws for programming mistakes, naming what is wrong', () => {
      expect(() => encodeReference({ tutorialId: 'other', revision: 3, stepId: 'install-app' }, vneid)).to.throw(
        'encodeReference: the reference is about "other" revision 3, but the tutorial given is "vneid-level-2" revision 3.',
      );
      expect(() => encodeReference({ tutorialId: 'vneid-level-2', revision: 3, stepId: 'nope' }, vneid)).to.throw(
        'encodeReference: tutorial "vneid-level-2" has no step "nope".',
      );
      const tooBig = manySteps('huge', 1, referenceStepLimit + 1);
      expect(() => encodeReference({ tutorialId: 'huge', revision: 1, stepId: 'step-1024' }, tooBig)).to.throw(
        RangeError,
        'encodeReference: reference codes cover the first 1024 steps; "step-1024" is step 1025.',
      );
      const negative = { ...vneid, revision: -1 };
      expect(() => encodeReference({ tutorialId: 'vneid-level-2', revision: -1, stepId: 'install-app' }, negative)).to.throw(
        RangeError,
        'encodeReference: revision must be a whole number ≥ 0, not -1.',
      );
    });
  });

  describe('decodeReference', () => {
    it('gives back the tutorial, its full revision and the step', () => {
      expect(decodeReference('445M-301V', [vneid])).to.deep.equal({ tutorialId: 'vneid-level-2', revision: 3, stepId: 'install-app' });
    });

    it('round-trips every step of a 1024-step tutorial', () => {
      const known = [vneid, big];
      for (const step of big.steps) {
        const info = { tutorialId: 'tax-mobile', revision: 41, stepId: step.id };
        expect(decodeReference(encodeReference(info, big), known)).to.deep.equal(info);
      }
    });

    it('round-trips every step of the example tutorials, whose prefixes all differ', () => {
      const examples = [vneidLevel2, vssidLookup, dvcFiling, vneidChangePhone] as unknown as Tutorial[];
      expect(new Set(examples.map((t) => referencePrefix(t.id))).size).to.equal(examples.length);
      for (const tutorial of examples) {
        for (const step of tutorial.steps) {
          const info = { tutorialId: tutorial.id, revision: tutorial.revision, stepId: step.id };
          expect(decodeReference(encodeReference(info, tutorial), examples)).to.deep.equal(info);
        }
      }
    });

    it('tolerates case, spaces, hyphens, dashes and look-alike letters', () => {
      const expected = { tutorialId: 'vneid-level-2', revision: 3, stepId: 'has-chip-card' };
      for (const typed of ['445M-300S', '445m300s', ' 445 m 3 0 0 s ', '445M–300S', '445M 3OOS', '445m-3oos', '４４５Ｍ３００Ｓ']) {
        expect(decodeReference(typed, [vneid]), typed).to.deep.equal(expected);
      }
      // 0 heard as O, 1 written as I or L, V read as U.
      const installApp = { tutorialId: 'vneid-level-2', revision: 3, stepId: 'install-app' };
      for (const typed of ['445M-3OIV', '445m 3olu', '445M3O1U']) {
        expect(decodeReference(typed, [vneid]), typed).to.deep.equal(installApp);
      }
    });

    it('rejects every single-character substitution of sample codes', () => {
      const known = [vneid, big];
      let tried = 0;
      for (const code of sampleCodes) {
        const plain = code.replace('-', '');
        for (let position = 0; position < plain.length; position++) {
          for (const char of alphabet) {
            if (char === plain[position]) continue;
            const wrong = plain.slice(0, position) + char + plain.slice(position + 1);
            expect(lookUpReference(wrong, known), wrong).to.deep.equal({ ok: false, problem: 'mistyped' });
            tried++;
          }
        }
      }
      expect(tried).to.equal(sampleCodes.length * 8 * 31);
    });

    it('rejects every swap of two neighbouring characters (and of any two different ones)', () => {
      const known = [vneid, big];
      let tried = 0;
      for (const code of sampleCodes) {
        const plain = code.replace('-', '');
        for (let i = 0; i < plain.length; i++) {
          for (let j = i + 1; j < plain.length; j++) {
            if (plain[i] === plain[j]) continue;
            const chars = [...plain];
            [chars[i], chars[j]] = [chars[j]!, chars[i]!];
            const swapped = chars.join('');
            expect(decodeReference(swapped, known), swapped).to.equal(null);
            tried++;
          }
        }
      }
      expect(tried).to.be.greaterThan(sampleCodes.length * 7);
    });

    it('rejects every single substitution and every neighbour swap of any symbols, at every position', () => {
      // Codes built with any symbol pair at any position, so the proof does not depend on the
      // sample codes above: 8 × 32 × 31 substitutions and 7 × 32 × 31 swaps.
      let substitutions = 0;
      let swaps = 0;
      for (const a of alphabet) {
        for (const b of alphabet) {
          if (a === b) continue;
          for (let position = 0; position < 8; position++) {
            const code = validCodeWith(position, a);
            expect(problemOf(code), code).to.equal('unknown-tutorial');
            const wrong = code.slice(0, position) + b + code.slice(position + 1);
            if (problemOf(wrong) !== 'mistyped') expect.fail(`${wrong} (from ${code}) passed the check`);
            substitutions++;
          }
          for (let position = 0; position < 7; position++) {
            const code = validCodeWith(position, a, b);
            expect(problemOf(code), code).to.equal('unknown-tutorial');
            const swapped = code.slice(0, position) + b + a + code.slice(position + 2);
            if (problemOf(swapped) !== 'mistyped') expect.fail(`${swapped} (from ${code}) passed the check`);
            swaps++;
          }
        }
      }
      expect([substitutions, swaps]).to.deep.equal([8 * 32 * 31, 7 * 32 * 31]);
    });
  });

  describe('lookUpReference', () => {
    it('says the code is malformed when a character is missing, extra or not in the alphabet', () => {
      for (const typed of ['445M-300', '445M-300S0', '', '445M-30#S', '445Đ-300S']) {
        expect(lookUpReference(typed, [vneid]), typed).to.deep.equal({ ok: false, problem: 'malformed' });
      }
    });

    it('says the tutorial is unknown', () => {
      expect(lookUpReference('445M-300S', [big])).to.deep.equal({ ok: false, problem: 'unknown-tutorial' });
      expect(decodeReference('445M-300S', [])).to.equal(null);
    });

    it('says the code is ambiguous when two known tutorials share its prefix', () => {
      // Found by search: an id whose 20-bit hash equals that of "vneid-level-2".
      const twin = findTwin('vneid-level-2');
      const other = { id: twin, revision: 9, steps: [{ id: 'x' }, { id: 'y' }] };
      expect(referencePrefix(twin)).to.equal('445M');
      expect(lookUpReference('445M-300S', [vneid, other])).to.deep.equal({ ok: false, problem: 'ambiguous' });
      expect(decodeReference('445M-300S', [other, vneid])).to.equal(null);
    });

    it('says the code is ambiguous when one tutorial is known at two revisions 32 apart', () => {
      const rev35 = { ...vneid, revision: 35 };
      expect(lookUpReference('445M-300S', [vneid, rev35])).to.deep.equal({
        ok: false,
        problem: 'ambiguous',
        tutorialId: 'vneid-level-2',
      });
    });

    it('picks the right revision when several are known', () => {
      const rev4 = { ...vneid, revision: 4, steps: [{ id: 'start' }, { id: 'install-app' }] };
      const code = encodeReference({ tutorialId: 'vneid-level-2', revision: 4, stepId: 'start' }, rev4);
      expect(code).to.equal(`445M-4${code.slice(6)}`);
      expect(decodeReference(code, [vneid, rev4])).to.deep.equal({ tutorialId: 'vneid-level-2', revision: 4, stepId: 'start' });
      expect(decodeReference('445M-300S', [rev4, vneid])).to.deep.equal({
        tutorialId: 'vneid-level-2',
        revision: 3,
        stepId: 'has-chip-card',
      });
    });

    it('names the tutorial when only its revision is unknown', () => {
      const rev4 = { ...vneid, revision: 4 };
      expect(lookUpReference('445M-300S', [rev4])).to.deep.equal({ ok: false, problem: 'unknown-revision', tutorialId: 'vneid-level-2' });
    });

    it('names the tutorial when the step position is past its last step', () => {
      const longer = manySteps('vneid-level-2', 3, 10);
      const code = encodeReference({ tutorialId: 'vneid-level-2', revision: 3, stepId: 'step-9' }, longer);
      expect(lookUpReference(code, [vneid])).to.deep.equal({ ok: false, problem: 'unknown-step', tutorialId: 'vneid-level-2' });
    });
  });

  describe('normalizeReference and formatReference', () => {
    it('cleans without validating', () => {
      expect(normalizeReference(' 445m - 3o1u ')).to.equal('445M301V');
      expect(normalizeReference('il-ou.o_1')).to.equal('110V01');
      expect(normalizeReference('Đ?')).to.equal('Đ?');
    });

    it('groups 8 characters as 4 + 4 and leaves other lengths ungrouped', () => {
      expect(formatReference('445m300s')).to.equal('445M-300S');
      expect(formatReference('445M-300S')).to.equal('445M-300S');
      expect(formatReference('445 m30')).to.equal('445M30');
    });
  });
});

/** What {@link lookUpReference} says about a code when no tutorial is known. */
function problemOf(code: string): string {
  const lookup = lookUpReference(code, []);
  return lookup.ok ? 'ok' : lookup.problem;
}

/**
 * A code that passes the check, with `first` at `position` (and `second` right after it).
 * When the check character itself must be given, the first character is varied until it fits.
 */
function validCodeWith(position: number, first: string, second?: string): string {
  const chars = [...'K7M2QX3'];
  chars[position] = first;
  if (second !== undefined && position < 6) chars[position + 1] = second;
  const wanted = position === 7 ? first : position === 6 ? second : undefined;
  if (wanted === undefined) return chars.join('') + checkCharacter(chars.join(''));
  for (const lead of alphabet) {
    chars[0] = lead;
    const data = chars.slice(0, 7).join('');
    if (checkCharacter(data) === wanted) return data + wanted;
  }
  throw new Error(`no code ends in ${wanted}`);
}

/** An id of the form `twin-N` whose reference prefix equals that of `id`. */
function findTwin(id: string): string {
  const prefix = referencePrefix(id);
  for (let n = 0; ; n++) {
    if (referencePrefix(`twin-${n}`) === prefix) return `twin-${n}`;
  }
}
