import { expect } from '@open-wc/testing';
import { validateTutorial } from '../../../src/core/tutorial/index.js';
import { bilingual, problemsOf, problemsWith, withSteps, type Json } from './tutorials.js';

const step = (id: string, extra: Json = {}): Json => ({ id, title: id, ...extra });

describe('step graph checks', () => {
  describe('duplicate-id', () => {
    it('names both steps', () => {
      const data = withSteps([step('start'), step('register'), step('register')]);
      expect(problemsOf(data)).to.deep.equal([
        { code: 'duplicate-id', path: 'steps[2].id', message: 'Step 3 (register) has the same id as step 2. Give each step its own id.' },
      ]);
    });

    it('accepts distinct ids', () => {
      expect(problemsWith(withSteps([step('a'), step('b')]), 'duplicate-id')).to.deep.equal([]);
    });
  });

  describe('unknown-step', () => {
    it('suggests the closest step id for "next" and for a choice', () => {
      const data = withSteps([
        step('has-card', {
          choices: [
            { label: 'Yes', next: 'instal-app' },
            { label: 'No', next: 'get-card' },
          ],
        }),
        step('install-app', { next: 'nowhere' }),
        step('get-card-first'),
      ]);
      expect(problemsOf(data)).to.deep.equal([
        { code: 'unknown-step', path: 'steps[0].choices[0].next', message: 'Choice 1 of step 1 (has-card) goes to "instal-app", but no step has that id. Did you mean "install-app"?' },
        { code: 'unknown-step', path: 'steps[0].choices[1].next', message: 'Choice 2 of step 1 (has-card) goes to "get-card", but no step has that id. Did you mean "get-card-first"?' },
        { code: 'unreachable-step', path: 'steps[1]', message: 'Step 2 (install-app) can never be reached: no "next", choice or step order leads to it from step 1. Link to it from another step, or remove it.' },
        { code: 'unknown-step', path: 'steps[1].next', message: 'Step 2 (install-app): "next" goes to "nowhere", but no step has that id. Use the id of one of the steps, or null to finish there.' },
        { code: 'unreachable-step', path: 'steps[2]', message: 'Step 3 (get-card-first) can never be reached: no "next", choice or step order leads to it from step 1. Link to it from another step, or remove it.' },
      ]);
    });

    it('accepts targets that exist, and null', () => {
      const data = withSteps([step('a', { choices: [{ label: 'B', next: 'b' }, { label: 'Stop', next: null }] }), step('b', { next: null })]);
      expect(problemsOf(data)).to.deep.equal([]);
    });
  });

  describe('unreachable-step', () => {
    it('reports a step that "next" jumps over', () => {
      const data = withSteps([step('a', { next: 'c' }), step('b'), step('c')]);
      expect(problemsOf(data)).to.deep.equal([
        { code: 'unreachable-step', path: 'steps[1]', message: 'Step 2 (b) can never be reached: no "next", choice or step order leads to it from step 1. Link to it from another step, or remove it.' },
      ]);
    });

    it('reports a step after one that finishes', () => {
      const data = withSteps([step('a', { next: null }), step('b')]);
      expect(problemsWith(data, 'unreachable-step').map((p) => p.path)).to.deep.equal(['steps[1]']);
    });

    it('accepts steps reached only through choices or a later "next"', () => {
      const data = withSteps([
        step('a', { choices: [{ label: 'To C', next: 'c' }] }),
        step('b', { next: null }),
        step('c', { next: 'b' }),
      ]);
      expect(problemsOf(data)).to.deep.equal([]);
    });
  });

  describe('no-way-out', () => {
    it('reports steps that go round with no way to the end, once per loop', () => {
      const data = withSteps([step('start'), step('ask', { next: 'check' }), step('check', { next: 'ask' }), step('done')]);
      expect(problemsOf(data)).to.deep.equal([
        {
          code: 'no-way-out',
          path: 'steps[1]',
          message:
            'Steps 2 (ask) and 3 (check) go round in a loop with no way out: a citizen who gets there can never finish. Give one of them a "next" or a choice that leads out of the loop, or "next": null to finish there.',
        },
        { code: 'unreachable-step', path: 'steps[3]', message: 'Step 4 (done) can never be reached: no "next", choice or step order leads to it from step 1. Link to it from another step, or remove it.' },
      ]);
    });

    it('reports a step that leads to itself', () => {
      const data = withSteps([step('wait', { next: 'wait' })]);
      expect(problemsOf(data)).to.deep.equal([
        {
          code: 'no-way-out',
          path: 'steps[0]',
          message: 'Step 1 (wait) leads back to itself, so a citizen who gets there can never finish. Give it a "next" that leads on, or "next": null to finish there.',
        },
      ]);
    });

    it('names only the steps of the loop, not those leading into it', () => {
      const steps = Array.from({ length: 5 }, (_, i) => step(`s${i + 1}`));
      steps[4].next = 's3';
      expect(problemsWith(withSteps(steps), 'no-way-out')).to.deep.equal([
        {
          code: 'no-way-out',
          path: 'steps[2]',
          message:
            'Steps 3 (s3), 4 (s4) and 5 (s5) go round in a loop with no way out: a citizen who gets there can never finish. Give one of them a "next" or a choice that leads out of the loop, or "next": null to finish there.',
        },
      ]);
    });

    it('shortens the list of a long loop', () => {
      const steps = Array.from({ length: 8 }, (_, i) => step(`s${i + 1}`));
      steps[7].next = 's1';
      const [found] = problemsWith(withSteps(steps), 'no-way-out');
      expect(found?.message).to.equal(
        'Steps 1 (s1), 2 (s2), 3 (s3), 4 (s4), 5 (s5) and 3 more go round in a loop with no way out: a citizen who gets there can never finish. Give one of them a "next" or a choice that leads out of the loop, or "next": null to finish there.',
      );
    });

    it('reports only the last loop when one trapped loop leads into another', () => {
      const data = withSteps([
        step('a', { choices: [{ label: 'Again', next: 'a' }, { label: 'On', next: 'b' }] }),
        step('b', { next: 'c' }),
        step('c', { next: 'b' }),
      ]);
      expect(problemsWith(data, 'no-way-out').map((p) => p.path)).to.deep.equal(['steps[1]']);
    });

    it('accepts a loop that a choice can leave', () => {
      const data = withSteps([
        step('try', { next: 'worked' }),
        step('worked', { choices: [{ label: 'No, try again', next: 'try' }, { label: 'Yes', next: null }] }),
      ]);
      expect(problemsOf(data)).to.deep.equal([]);
    });
  });

  describe('choices and next together', () => {
    it('is an invalid value, since the choices decide', () => {
      const data = withSteps([step('a', { choices: [{ label: 'Go', next: null }], next: null })]);
      expect(problemsOf(data)).to.deep.equal([
        { code: 'invalid-value', path: 'steps[0].next', message: 'Step 1 (a) has both "choices" and "next". Each choice already says where it goes; remove "next".' },
      ]);
    });
  });

  it('validates a 500-step tutorial with branches and a loop back', () => {
    const steps: Json[] = Array.from({ length: 500 }, (_, i) => ({
      id: `step-${i + 1}`,
      title: { vi: `Bước ${i + 1}`, en: `Step ${i + 1}` },
      body: { vi: `Bấm **Tiếp** ở [trang](https://example.gov.vn/${i}).`, en: `Press **Next** on [the page](https://example.gov.vn/${i}).` },
    }));
    steps[100].choices = [
      { label: { vi: 'Làm lại', en: 'Again' }, next: 'step-50' },
      { label: { vi: 'Tiếp', en: 'On' }, next: 'step-102' },
    ];
    const data = { ...bilingual(), steps };
    const result = validateTutorial(data);
    expect(result.problems).to.deep.equal([]);
    expect(result.tutorial?.steps).to.have.length(500);
    steps[499].next = 'step-499';
    steps[300].title.en = '';
    const broken = validateTutorial(data);
    expect(broken.problems.map((p) => [p.code, p.path])).to.deep.equal([
      ['missing-translation', 'steps[300].title.en'],
      ['no-way-out', 'steps[498]'],
    ]);
  });
});
