import { expect } from '@open-wc/testing';
import { checkTutorialData } from '../../../src/core/tutorial/check.js';
import { validateTutorial } from '../../../src/core/tutorial/index.js';
import { describeProblem, wordProblems } from '../../../src/core/tutorial/words.js';
import { BROKEN } from './broken.js';
import { withSteps } from './tutorials.js';

// Elements word what checkTutorialData() found only when there is a problem; the words must be
// exactly validateTutorial()'s.
describe('wordProblems', () => {
  for (const [name, make] of Object.entries(BROKEN)) {
    it(`words found problems as validateTutorial does: ${name}`, () => {
      const check = checkTutorialData(make());
      expect(wordProblems(check.found, check.data)).to.deep.equal(validateTutorial(make()).problems);
    });
  }

  it('names steps from the data the problems were found in', () => {
    const check = checkTutorialData(withSteps([{ id: 'a', title: 'A', next: 'b' }, { id: 'b', title: 'B', next: 'a' }]));
    expect(check.found.map((found) => describeProblem(found, check.data))).to.deep.equal([
      'Steps 1 (a) and 2 (b) go round in a loop with no way out: a citizen who gets there can never finish. Give one of them a "next" or a choice that leads out of the loop, or "next": null to finish there.',
    ]);
  });
});
