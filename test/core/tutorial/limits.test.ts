// Regression tests for the fuzzing findings of issue 12: what a broken or hostile file gets, and
// that nothing it holds makes validation throw, overflow the stack or list millions of problems.
import { expect } from '@open-wc/testing';
import { parseTutorial, validateTutorial } from '../../../src/core/tutorial/index.js';
import { MAX_DEPTH, MAX_FILE_LENGTH, MAX_PROBLEMS } from '../../../src/core/tutorial/limits.js';
import { closest, editDistance } from '../../../src/core/tutorial/suggest.js';
import { minimal, problemsOf, problemsWith, withSteps, type Json } from './tutorials.js';

const nested = (levels: number, inner = '1') => '['.repeat(levels) + inner + ']'.repeat(levels);

describe('limits', () => {
  describe('deep nesting', () => {
    it('validates data nested thousands of levels deep without running out of stack', () => {
      for (const levels of [4_400, 50_000]) {
        const data = JSON.parse(`{"format":1,"id":"a","revision":1,"lang":"en","title":${nested(levels, '"x"')},"steps":[{"id":"a","title":"A"}]}`);
        const result = validateTutorial(data);
        expect(result.ok).to.equal(false);
        expect(result.problems.map((p) => p.code)).to.deep.equal(['wrong-type', 'too-deep']);
        const deep = result.problems[1]!;
        expect(deep.path).to.equal(`title${'[0]'.repeat(MAX_DEPTH - 1)}`);
        expect(deep.message).to.equal('This part of the file has more than 100 levels of { } and [ ] inside each other. A tutorial never needs that many: remove the extra brackets.');
      }
    });

    it('gives the same problems for the text as for the data, with the place of the bracket', () => {
      const text = `{"format":1,"id":"a","revision":1,"lang":"en","title":"T","steps":[{"id":"a","title":"A","x":${nested(20_000)}}]}`;
      const parsed = parseTutorial(text).problems;
      const validated = validateTutorial(JSON.parse(text)).problems;
      const words = ({ path, code, message }: { path: string; code: string; message: string }) => ({ path, code, message });
      expect(parsed.map(words)).to.deep.equal(validated.map(words));
      expect(parsed.map((p) => p.code)).to.deep.equal(['unknown-field', 'too-deep']);
      const deep = parsed.find((p) => p.code === 'too-deep')!;
      // The root, "steps" and the step are the first three levels; "x" holds the other 97 and more.
      expect([deep.line, deep.column]).to.deep.equal([1, text.indexOf('"x":') + 4 + (MAX_DEPTH - 3) + 1]);
    });

    it('reads 100 levels, not 101', () => {
      const codes = (levels: number) => parseTutorial(`{"summary": ${nested(levels)}, ${minimalText().slice(1)}`).problems.map((p) => p.code);
      expect(codes(99)).to.deep.equal(['wrong-type']);
      expect(codes(100)).to.deep.equal(['wrong-type', 'too-deep']);
    });
  });

  describe('floods', () => {
    it('stops reading a file of commas after 100 problems', () => {
      const result = parseTutorial(`[${','.repeat(5_000_000)}]`);
      expect(result.problems).to.have.length(MAX_PROBLEMS + 1);
      const last = result.problems[MAX_PROBLEMS]!;
      expect(last).to.deep.equal({
        path: '',
        code: 'too-many-problems',
        severity: 'error',
        line: 1,
        column: 102,
        message: 'Line 1, column 102: reading stopped here: the file has more than 100 problems. Fix the ones listed above, then check the file again.',
      });
    });

    it('lists the first 100 problems in file order and counts the rest', () => {
      const steps = Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, title: `Step ${i}`, tipp: 'x' }));
      const result = validateTutorial(withSteps(steps));
      expect(result.problems).to.have.length(MAX_PROBLEMS + 1);
      expect(result.problems.slice(0, 3).map((p) => p.path)).to.deep.equal(['steps[0].tipp', 'steps[1].tipp', 'steps[2].tipp']);
      expect(result.problems[MAX_PROBLEMS]).to.deep.equal({
        path: '',
        code: 'too-many-problems',
        severity: 'error',
        message: 'There are 200 more problems, not listed here. Fix the 100 listed above, then check the file again to see the rest.',
      });
      const parsed = parseTutorial(JSON.stringify(withSteps(steps), null, 2)).problems[MAX_PROBLEMS]!;
      expect(parsed.message).to.equal('There are 200 more problems from line 511 on, not listed here. Fix the 100 listed above, then check the file again to see the rest.');
      expect([parsed.line, parsed.column]).to.deep.equal([511, 7]);
    });

    it('keeps a file of only warnings usable when its warnings are cut short', () => {
      const steps = Array.from({ length: 150 }, (_, i) => ({ id: `s${i}`, title: { en: `Step ${i}` } }));
      const result = validateTutorial({ ...withSteps(steps), title: { en: 'T', vi: 'T' } });
      expect(result.ok).to.equal(true);
      expect(result.problems[MAX_PROBLEMS]?.severity).to.equal('warning');
      expect(result.problems[MAX_PROBLEMS]?.message).to.equal('There are 50 more problems, not listed here. Fix the 100 listed above, then check the file again to see the rest.');
    });

    it('refuses a file longer than 10,000,000 characters without reading it', () => {
      const result = parseTutorial(' '.repeat(MAX_FILE_LENGTH + 1));
      expect(result.problems).to.deep.equal([
        {
          path: '',
          code: 'too-large',
          severity: 'error',
          line: 1,
          column: 1,
          message: 'This file has 10,000,001 characters, more than the 10,000,000 guidepost reads. A tutorial is much shorter: check that this is the right file, or split it into several tutorials.',
        },
      ]);
    });

    it('stops checking data with more than 50,000 values', () => {
      const message = 'This file holds more than 50,000 values (texts, numbers, lists and objects), more than guidepost checks. A tutorial is much smaller: check that this is the right file, or split it into several tutorials.';
      const data = withSteps(Array.from({ length: 60_000 }, () => ({})));
      expect(validateTutorial(data).problems).to.deep.equal([{ path: '', code: 'too-large', severity: 'error', message }]);
      expect(parseTutorial(JSON.stringify(data)).problems).to.deep.equal([{ path: '', code: 'too-large', severity: 'error', line: 1, column: 1, message }]);
      // The reader stops at the limit too, so a file of values reads no further.
      const values = `{"x-values": [${'1,'.repeat(200_000)}1]}`;
      expect(parseTutorial(values).problems).to.deep.equal([{ path: '', code: 'too-large', severity: 'error', line: 1, column: 1, message }]);
    });
  });

  describe('"Did you mean"', () => {
    it('suggests nothing for a name too long to be a typo', () => {
      const id = 'a'.repeat(20_000);
      expect(closest(`${id.slice(1)}b`, [id])).to.equal(undefined);
      const [unknown] = problemsWith(withSteps([{ id, title: 'A', next: `${id.slice(1)}b` }]), 'unknown-step');
      expect(unknown?.message).to.match(/no step has that id\. Use the id of one of the steps/);
      // Names that long are cut in the message, which stays readable.
      expect(unknown?.message).to.equal(`Step 1 (${'a'.repeat(59)}…): "next" goes to "${'a'.repeat(59)}…", but no step has that id. Use the id of one of the steps, or null to finish there.`);
    });

    it('cuts a long channel type where it names the channel', () => {
      const type = 'x'.repeat(5_000);
      const [unknown] = problemsWith({ ...minimal(), help: { channels: [{ type, label: 'Hotline', value: '1900 1234' }] } }, 'invalid-value');
      expect(unknown?.message).to.equal(`Help channel 1 (${'x'.repeat(19)}…): "type" is "${'x'.repeat(56)}…, which guidepost does not know. Use one of "phone", "sms", "email", "chat", "link", "desk".`);
    });

    it('refuses ids longer than 100 characters, as the JSON Schema does', () => {
      const [long] = problemsWith(withSteps([{ id: 'a'.repeat(101), title: 'A' }]), 'invalid-id');
      expect(long).to.deep.equal({
        code: 'invalid-id',
        path: 'steps[0].id',
        message: 'Step 1 has an id of 101 characters, which is too long. Use a short id of at most 100 characters, such as "install-app".',
      });
      expect(problemsWith(withSteps([{ id: 'a'.repeat(100), title: 'A' }]), 'invalid-id')).to.deep.equal([]);
    });

    it('words only the problems it lists, so every misspelt next in 5,000 steps costs no more than 100', () => {
      const steps = Array.from({ length: 5_000 }, (_, i) => ({ id: `step-${i}`, title: 'x', next: i < 4_999 ? `stepx-${i + 1}` : null }));
      const problems = validateTutorial(withSteps(steps)).problems;
      expect(problems).to.have.length(MAX_PROBLEMS + 1);
      expect(problems[0]?.message).to.equal('Step 1 (step-0): "next" goes to "stepx-1", but no step has that id. Did you mean "step-1"?');
    });

    it('computes the same edit distance within a band as in full', () => {
      const words = ['title', 'tilte', 'get-card', 'get-card-first', 'has-card', 'abc', 'cab', '', 'a', 'step-12', 'stepx-12'];
      for (const a of words) {
        for (const b of words) {
          const full = editDistance(a, b);
          for (const max of [0, 1, 2, 3]) expect(editDistance(a, b, max), `${a} ${b} ${max}`).to.equal(Math.min(full, max + 1));
        }
      }
    });
  });

  describe('addresses', () => {
    it('checks an email address of many dots without backtracking for ever', () => {
      const email = (value: string) => problemsWith({ ...minimal(), help: { channels: [{ type: 'email', label: 'Email', value }] } }, 'invalid-value').length === 0;
      expect(email(`a@${'.'.repeat(1_000_000)} `)).to.equal(false);
      expect(['a@b.c', 'hotro@example.gov.vn', 'a.b@c.d.e'].map(email)).to.deep.equal([true, true, true]);
      expect(['a@.c', 'a@b.', 'a@b', 'a b@c.d', 'a@@b.c', '@b.c', 'a@b.c\n'].map(email)).to.deep.equal([false, false, false, false, false, false, false]);
    });
  });

  describe('file order', () => {
    it('lists JSON mistakes in file order', () => {
      expect(parseTutorial('"\t\n').problems.map((p) => [p.line, p.column])).to.deep.equal([
        [1, 1],
        [1, 2],
      ]);
    });
  });

  describe('values JSON cannot hold', () => {
    it('words a BigInt, a symbol or a function without throwing', () => {
      const cases: [string, (data: Json) => void, string][] = [
        ['choices', (d) => (d.steps[0].choices = 10n), 'Step 1 (start): "choices" should be a list in square brackets [ ], not a bigint.'],
        ['type', (d) => (d.help = { channels: [{ type: 10n, label: 'Hotline', value: '1900 1234' }] }), 'Help channel 1: "type" is 10, which guidepost does not know. Use one of "phone", "sms", "email", "chat", "link", "desk".'],
        ['days', (d) => (d.help = { channels: [{ type: 'phone', label: 'Hotline', value: '1900 1234', hours: [{ days: [1n], opens: '07:00', closes: '17:00' }] }] }), 'Opening hours 1 of help channel 1 (phone): "days" (item 1) is 1, which guidepost does not know. Use one of "mo", "tu", "we", "th", "fr", "sa", "su".'],
        ['event', (d) => (d.steps[0].advanceOn = { event: Symbol('x') }), 'Step 1 (start): "event" in "advanceOn" is Symbol(x), which guidepost does not know. Use one of "change", "input", "click".'],
        ['function', (d) => (d.steps[0].advanceOn = { event: () => 1 }), 'Step 1 (start): "event" in "advanceOn" is a function, which guidepost does not know. Use one of "change", "input", "click".'],
      ];
      for (const [name, change, message] of cases) {
        const data = minimal();
        data.steps[0].id = 'start';
        data.steps[0].target = '#x';
        change(data);
        expect(() => validateTutorial(data), name).not.to.throw();
        expect(validateTutorial(data).problems.map((p) => p.message), name).to.include(message);
      }
    });

    it('reads a getter that throws or a revoked Proxy as a missing value, without throwing', () => {
      const data = minimal();
      Object.defineProperty(data, 'title', { enumerable: true, get: () => { throw new Error('no title'); } });
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      data.steps.push(proxy);
      expect(problemsOf(data)).to.deep.equal([
        { code: 'required', path: 'steps[1].id', message: 'Step 2 has no "id". Add a short name made of lowercase letters, digits and hyphens, such as "install-app".' },
        { code: 'required', path: 'steps[1].title', message: 'Step 2 has no "title". Add the heading the citizen sees.' },
        // A missing field comes last in its object, where it would go.
        { code: 'required', path: 'title', message: 'The tutorial has no "title". Add the heading the citizen sees.' },
      ]);
    });
  });
});

function minimalText(): string {
  return JSON.stringify(minimal());
}
