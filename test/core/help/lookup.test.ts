import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { savedPlace, stepPlace } from '../../../src/core/guide/index.js';
import { encodeReference, explainReference, normalizeReference, spokenReference } from '../../../src/core/help/index.js';
import { branching, linear } from '../../fixtures/tutorials.js';

const codeOf = (stepId: string, t = linear) => encodeReference({ tutorialId: t.id, revision: t.revision, stepId }, t);
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('explainReference', () => {
  it('finds the step of a good code, however it was typed', () => {
    const code = codeOf('search');
    expect(explainReference(` ${code.toLowerCase().replace('-', ' ')} `, [linear, branching])).to.deep.equal({
      kind: 'found',
      code,
      reference: { tutorialId: linear.id, revision: linear.revision, stepId: 'search' },
    });
  });

  it('names the first character that is never in a code, and a code of the wrong length', () => {
    expect(explainReference('  ', [linear])).to.deep.equal({ kind: 'empty' });
    expect(explainReference('445M-3*1V', [linear])).to.deep.equal({ kind: 'bad-character', code: '445M-3*1V', position: 6, character: '*' });
    expect(explainReference('445m30', [linear])).to.deep.equal({ kind: 'wrong-length', code: '445M30', length: 6 });
  });

  it('a single misheard character is refused, and points at itself when only it fits a known guide (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...linear.steps.map((s) => s.id)), fc.nat({ max: 7 }), fc.nat({ max: 31 }), (stepId, at, pick) => {
        const chars = [...normalizeReference(codeOf(stepId))];
        if (ALPHABET[pick] === chars[at]) return true;
        const heard = [...chars];
        heard[at] = ALPHABET[pick]!;
        const result = explainReference(heard.join(''), [linear]);
        if (result.kind === 'found') return false;
        if (result.kind !== 'mistyped' || !result.suspect) return true;
        // Pointing at a character is only ever a hint toward a real code of a known guide.
        const fixed = [...heard];
        fixed[result.suspect.position - 1] = result.suspect.instead;
        return explainReference(fixed.join(''), [linear]).kind === 'found' && result.suspect.character === heard[result.suspect.position - 1];
      }),
      { numRuns: 300 },
    );
  });

  it('tells an unknown guide from another revision of a known one', () => {
    expect(explainReference(codeOf('search', { ...linear, id: 'another-guide' }), [linear])).to.include({ kind: 'unknown-tutorial' });
    expect(explainReference(codeOf('search', { ...linear, revision: 7 }), [linear])).to.deep.include({ kind: 'unknown-revision', tutorialId: linear.id });
  });

  it('spells a code out in its groups, for screen readers', () => {
    expect(spokenReference('445M-301V')).to.equal('4 4 5 M, 3 0 1 V');
  });
});

describe('stepPlace and savedPlace', () => {
  it('counts a step on the shortest way there, as the citizen saw it, not its place in the file', () => {
    // "log-in" is fourth in the file; a citizen reaches it as "Step 3 of 3" (has-card → install-app → log-in).
    expect(stepPlace(branching, 'log-in')).to.deep.equal({ stepId: 'log-in', number: 3, total: 3, before: 'install-app', after: null, finished: false });
    expect(stepPlace(branching, 'install-app')).to.deep.equal({ stepId: 'install-app', number: 2, total: 3, before: 'has-card', after: 'log-in', finished: false });
    expect(stepPlace(branching, 'no-such-step')).to.equal(undefined);
  });

  it('gives "Step 2 of 3" for saved progress that fits, and nothing for progress that does not', () => {
    const record = { tutorialId: linear.id, revision: linear.revision, path: ['open-store', 'search'], finished: false, startedAt: 1, updatedAt: 2 };
    expect(savedPlace(linear, record)).to.deep.equal({ stepId: 'search', number: 2, total: 3, before: 'open-store', after: 'install', finished: false });
    expect(savedPlace(linear, { ...record, path: ['gone'] })).to.equal(undefined);
    expect(savedPlace(linear, { ...record, path: ['open-store', 'search', 'install'], finished: true })).to.include({ number: 3, total: 3, after: null, finished: true });
  });
});
