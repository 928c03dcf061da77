import { expect } from '@open-wc/testing';
import { validateTutorial } from '../../../src/core/tutorial/index.js';
import { bilingual, minimal, problemsOf, withSteps } from './tutorials.js';

describe('validateTutorial', () => {
  describe('a valid file', () => {
    it('passes the minimal fixture with no problem and returns the tutorial', () => {
      const result = validateTutorial(minimal());
      expect(result).to.deep.equal({ ok: true, problems: [], tutorial: minimal() });
    });

    it('passes the bilingual fixture with no problem', () => {
      const result = validateTutorial(bilingual());
      expect(result.problems).to.deep.equal([]);
      expect(result.ok).to.equal(true);
      expect(result.tutorial?.steps.map((s) => s.id)).to.deep.equal(['has-chip-card', 'install-app', 'register', 'get-card-first']);
    });

    it('does not change the data it was given', () => {
      const data = minimal();
      data['x-note'] = 'kept';
      const before = structuredClone(data);
      validateTutorial(data);
      expect(data).to.deep.equal(before);
    });

    it('normalizes every string and key to NFC', () => {
      const data = minimal();
      const decomposed = 'Tie\u0302\u0301p tu\u0323c'; // "Tiếp tục" typed as letters plus combining marks
      data.title = decomposed;
      const result = validateTutorial(data);
      expect(result.tutorial?.title).to.equal('Tiếp tục');
      expect(result.tutorial?.title).to.equal(decomposed.normalize('NFC'));
    });

    it('ignores and drops fields starting with "x-", in any object', () => {
      const data = minimal();
      data['x-owner'] = 'Phường Tây Tựu';
      data.steps[0]['x-reviewed'] = true;
      data.title = { en: 'A minimal tutorial', 'x-note': 'check with the ward' };
      const result = validateTutorial(data);
      expect(result.problems).to.deep.equal([]);
      expect(result.tutorial).to.deep.equal({ ...minimal(), title: { en: 'A minimal tutorial' } });
    });

    it('gives no tutorial when there is an error', () => {
      const data = minimal();
      data.revision = 0;
      const result = validateTutorial(data);
      expect(result.ok).to.equal(false);
      expect(result).not.to.have.property('tutorial');
    });

    it('does not throw for data that is not a tutorial at all', () => {
      for (const data of [undefined, null, 42, 'text', [], () => 1]) {
        expect(() => validateTutorial(data)).not.to.throw();
        expect(validateTutorial(data).ok).to.equal(false);
      }
    });
  });

  describe('wrong-type', () => {
    it('names the step, the field, what it should be and what it is', () => {
      const data = minimal();
      data.steps[0].title = 5;
      data.revision = '2';
      expect(problemsOf(data)).to.deep.equal([
        { code: 'wrong-type', path: 'revision', message: '"revision" should be a number, not a text ("2").' },
        {
          code: 'wrong-type',
          path: 'steps[0].title',
          message: 'Step 1 (only-step): "title" should be a text in double quotes, or translations like { "vi": "…", "en": "…" }, not a number (5).',
        },
      ]);
    });

    it('reports the bad translation inside a translations object, not the whole text', () => {
      const data = bilingual();
      data.title.en = 7;
      expect(problemsOf(data)).to.deep.equal([
        { code: 'wrong-type', path: 'title.en', message: '"en" in "title" should be a text in double quotes, not a number (7).' },
      ]);
    });

    it('names a list item by its number', () => {
      expect(problemsOf({ ...minimal(), requirements: [5] })).to.deep.equal([
        {
          code: 'wrong-type',
          path: 'requirements[0]',
          message: 'Requirement 1 should be a text in double quotes, or translations like { "vi": "…", "en": "…" }, not a number (5).',
        },
      ]);
    });

    it('says a whole file that is a list is not a tutorial', () => {
      expect(problemsOf([1, 2])).to.deep.equal([
        { code: 'wrong-type', path: '', message: 'The file should hold the tutorial as an object in curly brackets { }, not a list [ … ].' },
      ]);
    });

    it('takes "next" as a step id or null', () => {
      const data = withSteps([{ id: 'a', title: 'A', next: 3 }]);
      expect(problemsOf(data)).to.deep.equal([
        { code: 'wrong-type', path: 'steps[0].next', message: 'Step 1 (a): "next" should be the id of a step in double quotes, or null to finish there, not a number (3).' },
      ]);
    });

    it('says an object given as a list is a list', () => {
      const data = minimal();
      data.steps[0].image = [];
      expect(problemsOf(data)).to.deep.equal([
        { code: 'wrong-type', path: 'steps[0].image', message: 'Step 1 (only-step): "image" should be an object in curly brackets { }, not a list [ … ].' },
      ]);
    });

    it('accepts every kind of value where it belongs', () => {
      const data = bilingual();
      data.steps[1].image.decorative = false;
      data.steps[0].advanceOn = { event: 'change' };
      data.steps[0].target = '#card';
      expect(problemsOf(data)).to.deep.equal([]);
    });
  });

  describe('required', () => {
    it('names each missing field with what to add', () => {
      const data = minimal();
      delete data.format;
      delete data.steps[0].title;
      expect(problemsOf(data)).to.deep.equal([
        { code: 'required', path: 'steps[0].title', message: 'Step 1 (only-step) has no "title". Add the heading the citizen sees.' },
        { code: 'required', path: 'format', message: 'The tutorial has no "format". Add "format": 1.' },
      ]);
    });

    it('reports an empty steps list and an empty choices list', () => {
      expect(problemsOf({ ...minimal(), steps: [] })).to.deep.equal([
        { code: 'required', path: 'steps', message: 'The tutorial has an empty "steps" list. Add at least one item.' },
      ]);
      const data = withSteps([{ id: 'a', title: 'A', choices: [] }]);
      expect(problemsOf(data)).to.deep.equal([
        { code: 'required', path: 'steps[0].choices', message: 'Step 1 (a) has an empty "choices" list. Add at least one item, or remove "choices".' },
      ]);
    });

    it('names a missing field of a nested object', () => {
      const data = minimal();
      data.steps[0].image = { alt: 'A phone' };
      expect(problemsOf(data)).to.deep.equal([
        { code: 'required', path: 'steps[0].image.src', message: 'Step 1 (only-step): "image" has no "src". Say where the picture is, such as "img/step-1.png".' },
      ]);
    });

    it('accepts a file that leaves out every optional field', () => {
      expect(problemsOf(minimal())).to.deep.equal([]);
    });
  });

  describe('unknown-field', () => {
    it('suggests the closest known name', () => {
      const data = withSteps([
        { id: 'welcome', title: 'Welcome' },
        { id: 'install-app', tilte: 'Install', title: 'Install' },
      ]);
      expect(problemsOf(data)).to.deep.equal([
        { code: 'unknown-field', path: 'steps[1].tilte', message: 'Step 2 (install-app) has a field "tilte" that guidepost does not know. Did you mean "title"?' },
      ]);
    });

    it('says where a nested unknown field is, and how to keep a note when nothing is close', () => {
      const data = minimal();
      data.steps[0].image = { src: 'a.png', alt: 'A phone', scr: 'b.png' };
      data.author = 'Ward 3';
      expect(problemsOf(data)).to.deep.equal([
        { code: 'unknown-field', path: 'steps[0].image.scr', message: 'Step 1 (only-step) has a field "scr" in "image" that guidepost does not know. Did you mean "src"?' },
        {
          code: 'unknown-field',
          path: 'author',
          message: 'The tutorial has a field "author" that guidepost does not know. Remove it, or start its name with "x-" to keep it as a note (fields starting with "x-" are ignored).',
        },
      ]);
    });

    it('treats a "__proto__" key as a plain unknown field', () => {
      const data = JSON.parse('{"format":1,"id":"a","revision":1,"lang":"en","title":"T","steps":[{"id":"s","title":"S"}],"__proto__":{"x":1}}');
      expect(problemsOf(data).map((p) => p.path)).to.deep.equal(['__proto__']);
      const constructorKey = JSON.parse('{"format":1,"id":"a","revision":1,"lang":"en","title":"T","steps":[{"id":"s","title":"S","constructor":1}]}');
      expect(problemsOf(constructorKey).map((p) => p.path)).to.deep.equal(['steps[0].constructor']);
    });

    it('accepts "x-" fields', () => {
      const data = bilingual();
      data.help.channels[0]['x-internal'] = 'ext. 12';
      expect(problemsOf(data)).to.deep.equal([]);
    });
  });

  describe('invalid-id', () => {
    it('says what an id may contain and proposes one', () => {
      const data = withSteps([{ id: 'Cài ứng dụng', title: 'Install' }]);
      data.id = 'My_Tutorial';
      expect(problemsOf(data)).to.deep.equal([
        {
          code: 'invalid-id',
          path: 'id',
          message: 'The tutorial has the id "My_Tutorial", which is not allowed. Use only lowercase letters (a-z), digits and hyphens between them, such as "my-tutorial".',
        },
        {
          code: 'invalid-id',
          path: 'steps[0].id',
          message: 'Step 1 has the id "Cài ứng dụng", which is not allowed. Use only lowercase letters (a-z), digits and hyphens between them, such as "cai-ung-dung".',
        },
      ]);
    });

    it('accepts lowercase letters, digits and hyphens', () => {
      expect(problemsOf(withSteps([{ id: 'step-2-b', title: 'B' }]))).to.deep.equal([]);
    });
  });

  describe('format-version', () => {
    it('asks for a newer guidepost for a newer format', () => {
      expect(problemsOf({ ...minimal(), format: 2 })).to.deep.equal([
        {
          code: 'format-version',
          path: 'format',
          message: 'This file is written for format 2, but this version of guidepost reads format 1. Use a newer guidepost, or write "format": 1.',
        },
      ]);
    });

    it('asks for the number 1 otherwise', () => {
      expect(problemsOf({ ...minimal(), format: '1' })).to.deep.equal([
        { code: 'format-version', path: 'format', message: '"format" should be the number 1, not a text ("1").' },
      ]);
    });

    it('accepts format 1', () => {
      expect(problemsOf({ ...minimal(), format: 1 })).to.deep.equal([]);
    });
  });

  describe('invalid-value', () => {
    it('rejects a revision or minutes that are not positive, or a fractional revision', () => {
      expect(problemsOf({ ...minimal(), revision: 1.5, minutes: -3 })).to.deep.equal([
        { code: 'invalid-value', path: 'revision', message: '"revision" is 1.5, but it must be a whole number (1, 2, 3…).' },
        { code: 'invalid-value', path: 'minutes', message: '"minutes" is -3, but it must be a number above 0.' },
      ]);
    });

    it('rejects a language code, suggesting its usual spelling', () => {
      expect(problemsOf({ ...minimal(), lang: 'EN' })).to.deep.equal([
        { code: 'invalid-value', path: 'lang', message: '"lang" is "EN", which is not a language code. Did you mean "en"?' },
      ]);
      expect(problemsOf({ ...minimal(), lang: 'english' })).to.deep.equal([
        { code: 'invalid-value', path: 'lang', message: '"lang" is "english", which is not a language code. Use a language code such as "vi", "en" or "hmn".' },
      ]);
    });

    it('rejects a translation under a badly written language code', () => {
      const data = minimal();
      data.title = { en: 'Title', VI: 'Tiêu đề' };
      expect(problemsOf(data)).to.deep.equal([
        { code: 'invalid-value', path: 'title.VI', message: '"title" has a translation under "VI", which is not a language code. Did you mean "vi"?' },
      ]);
    });

    it('rejects unknown choices of a fixed list, with a suggestion', () => {
      const data = bilingual();
      data.help.channels[0].type = 'phon';
      data.steps[0].advanceOn = { event: 'hover' };
      data.steps[0].target = '#x';
      expect(problemsOf(data)).to.deep.equal([
        {
          code: 'invalid-value',
          path: 'help.channels[0].type',
          message: 'Help channel 1 (phon): "type" is "phon", which guidepost does not know. Use one of "phone", "sms", "email", "chat", "link", "desk". Did you mean "phone"?',
        },
        {
          code: 'invalid-value',
          path: 'steps[0].advanceOn.event',
          message: 'Step 1 (has-chip-card): "event" in "advanceOn" is "hover", which guidepost does not know. Use one of "change", "input", "click".',
        },
      ]);
    });

    it('rejects a time that does not exist and a day written out', () => {
      const data = bilingual();
      data.help.channels[0].hours = [{ days: ['Monday'], opens: '25:00', closes: '17:00' }];
      expect(problemsOf(data)).to.deep.equal([
        {
          code: 'invalid-value',
          path: 'help.channels[0].hours[0].days[0]',
          message:
            'Opening hours 1 of help channel 1 (phone): "days" (item 1) is "Monday", which guidepost does not know. Use one of "mo", "tu", "we", "th", "fr", "sa", "su". Did you mean "mo"?',
        },
        {
          code: 'invalid-value',
          path: 'help.channels[0].hours[0].opens',
          message: 'Opening hours 1 of help channel 1 (phone): "opens" is "25:00", which is not a time. Write it as HH:MM on a 24-hour clock, such as "07:30" or "17:00".',
        },
      ]);
    });

    it('rejects an unknown time zone', () => {
      const data = bilingual();
      data.help.timezone = 'Asia/Hanoi';
      expect(problemsOf(data)).to.deep.equal([
        {
          code: 'invalid-value',
          path: 'help.timezone',
          message: '"timezone" in "help" is "Asia/Hanoi", which is not a time zone guidepost knows. Use an IANA name such as "Asia/Ho_Chi_Minh".',
        },
      ]);
    });

    it('accepts real values: 24:00 closing, fractional minutes, region tags, other time zones', () => {
      const data = bilingual();
      data.minutes = 2.5;
      data.help.timezone = 'Europe/Paris';
      data.help.channels[0].hours = [{ days: ['sa', 'su'], opens: '00:00', closes: '24:00' }];
      data.lang = 'vi';
      data.title = { vi: 'Tiêu đề', en: 'Title', 'zh-Hant': '標題' };
      const result = validateTutorial(data);
      expect(result.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    });
  });

  describe('problem order and severity', () => {
    it('lists problems in file order, every one with a severity', () => {
      const data = withSteps([
        { id: 'a', title: '' },
        { id: 'B', title: 'B', bogus: 1 },
      ]);
      data.revision = 0;
      const result = validateTutorial(data);
      expect(result.problems.map((p) => [p.path, p.code, p.severity])).to.deep.equal([
        ['revision', 'invalid-value', 'error'],
        ['steps[0].title', 'empty-text', 'error'],
        ['steps[1].id', 'invalid-id', 'error'],
        ['steps[1].bogus', 'unknown-field', 'error'],
      ]);
    });
  });
});
