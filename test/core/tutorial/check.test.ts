import { expect } from '@open-wc/testing';
import { checkTutorialData } from '../../../src/core/tutorial/check.js';
import { validateTutorial, type ProblemCode } from '../../../src/core/tutorial/index.js';
import { BROKEN } from './broken.js';
import { bilingual, minimal } from './tutorials.js';

// checkTutorialData() is what elements run on every tutorial; validateTutorial() words what
// it finds. Both must find exactly the same problems, or an element would accept a tutorial
// the validator rejects (or the other way round).
describe('checkTutorialData', () => {
  const placesOf = (problems: readonly { code: string; path: string; severity: string }[]) =>
    problems.map(({ code, path, severity }) => `${severity} ${code} ${path}`);

  for (const [name, make] of Object.entries(BROKEN)) {
    it(`finds the problems validateTutorial reports, in the same order: ${name}`, () => {
      const full = validateTutorial(make());
      const check = checkTutorialData(make());
      expect(full.problems.length).to.be.greaterThan(0);
      expect(placesOf(check.found)).to.deep.equal(placesOf(full.problems));
      expect(check.ok).to.equal(full.ok);
      expect(check.tutorial).to.deep.equal(full.tutorial);
    });
  }

  it('between the broken tutorials, finds every code validateTutorial can report', () => {
    const codes = new Set(Object.values(BROKEN).flatMap((make) => checkTutorialData(make()).found.map((p) => p.code)));
    const all: ProblemCode[] = [
      'empty-text', 'duplicate-id', 'format-version', 'invalid-id', 'invalid-value', 'missing-alt', 'missing-translation',
      'no-way-out', 'required', 'unknown-field', 'unknown-step', 'unreachable-step', 'unsafe-link', 'wrong-type',
    ];
    expect([...codes].sort()).to.deep.equal(all.sort());
  });

  it('finds the facts of a problem without its words', () => {
    const data = minimal();
    data.steps.push({ id: 'only-step', title: 'Again' });
    const [found] = checkTutorialData(data).found;
    expect(found).to.deep.equal({
      path: 'steps[1].id',
      code: 'duplicate-id',
      severity: 'error',
      segments: ['steps', 1, 'id'],
      params: { kind: 'duplicate-id', first: 0 },
    });
    expect(found).not.to.have.property('message');
  });

  it('gives a good tutorial back typed and normalized, with nothing found', () => {
    const data = bilingual();
    data['x-note'] = 'a note';
    data.steps[0].id = 'has-chip-card';
    data.title.vi = 'Kích hoạt tài khoa\u0309n'; // "ả" as "a" and a combining hook
    const check = checkTutorialData(data);
    expect(check.ok).to.equal(true);
    expect(check.found).to.deep.equal([]);
    expect(check.tutorial).to.deep.equal(validateTutorial(data).tutorial);
    expect(check.tutorial!.title).to.deep.equal({ vi: 'Kích hoạt tài khoản', en: 'Activate a level-2 e-ID account' });
    expect(check.tutorial).not.to.have.property('x-note');
  });

  it('is ok with warnings only, like validateTutorial', () => {
    const check = checkTutorialData(BROKEN['only missing translations']!());
    expect(check.ok).to.equal(true);
    expect(check.found.map((p) => p.severity)).to.deep.equal(['warning', 'warning']);
    expect(check.tutorial?.id).to.equal('vneid-level-2');
  });
});
