import { expect } from '@open-wc/testing';
import { parseTutorial } from '../../../src/core/tutorial/index.js';
import { bilingual } from './tutorials.js';

const file = `{
  "format": 1,
  "id": "demo",
  "revision": 1,
  "lang": "en",
  "title": "Demo",
  "steps": [
    { "id": "one", "title": "One" },
    { "id": "two", "title": "Two" }
  ]
}
`;

/** The file with one piece of text replaced (the piece must be there). */
function edit(from: string, to: string, text = file): string {
  expect(text).to.contain(from);
  return text.replace(from, to);
}

describe('parseTutorial', () => {
  it('reads a valid file', () => {
    const result = parseTutorial(file);
    expect(result.ok).to.equal(true);
    expect(result.problems).to.deep.equal([]);
    expect(result.tutorial?.steps.map((s) => s.id)).to.deep.equal(['one', 'two']);
  });

  it('reads the bilingual fixture as text, and tolerates a byte order mark', () => {
    const text = JSON.stringify(bilingual(), null, 2);
    expect(parseTutorial(text).problems).to.deep.equal([]);
    expect(parseTutorial(`\uFEFF${text}`).ok).to.equal(true);
  });

  describe('JSON syntax', () => {
    it('points at a trailing comma in a list', () => {
      expect(parseTutorial(edit('"Two" }', '"Two" },')).problems).to.deep.equal([
        { path: '', code: 'json-syntax', severity: 'error', line: 9, column: 36, message: 'Line 9, column 36: there is a comma after the last item. Remove this comma.' },
      ]);
    });

    it('points at a trailing comma in an object, and still validates the rest', () => {
      const result = parseTutorial(edit('"title": "Two" }', '"tilte": "Two", }'));
      expect(result.ok).to.equal(false);
      expect(result.problems.map((p) => [p.code, p.line, p.column, p.message])).to.deep.equal([
        ['required', 9, 5, 'Step 2 (two) has no "title". Add the heading the citizen sees.'],
        ['unknown-field', 9, 20, 'Step 2 (two) has a field "tilte" that guidepost does not know. Did you mean "title"?'],
        ['json-syntax', 9, 34, 'Line 9, column 34: there is a comma after the last field. Remove this comma.'],
      ]);
    });

    it('points at a missing comma', () => {
      expect(parseTutorial(edit('"id": "demo",', '"id": "demo"')).problems).to.deep.equal([
        {
          path: '',
          code: 'json-syntax',
          severity: 'error',
          line: 4,
          column: 3,
          message: 'Line 4, column 3: a comma is missing before this field. Put a comma after the previous value.',
        },
      ]);
    });

    it('points at a missing comma between list items', () => {
      const [found] = parseTutorial(edit('"One" },', '"One" }')).problems;
      expect(found?.message).to.equal('Line 9, column 5: a comma is missing before this item. Put a comma after the previous item.');
    });

    it('says a truncated file ends too early, and which bracket is open', () => {
      expect(parseTutorial(file.slice(0, file.indexOf('{ "id": "two"'))).problems).to.deep.equal([
        {
          path: '',
          code: 'json-syntax',
          severity: 'error',
          line: 9,
          column: 5,
          message: 'Line 9, column 5: the file ends too early. The [ on line 7 is never closed with ]. Part of the file may be missing.',
        },
      ]);
      expect(parseTutorial(file.slice(0, file.indexOf('Demo') + 2)).problems[0]?.message).to.equal(
        'Line 6, column 15: the file ends too early, inside the text that starts on line 6. The closing quote is missing, or part of the file is.',
      );
    });

    it('explains single quotes, comments and unquoted names', () => {
      const text = edit('"format": 1,', "'format': 1, // the version");
      expect(parseTutorial(edit('"lang"', 'lang', text)).problems.map((p) => p.message)).to.deep.equal([
        'Line 2, column 3: texts and field names must be in double quotes ("like this"), not single quotes.',
        'Line 2, column 16: JSON files cannot have comments. Remove the comment, or keep the note in a field whose name starts with "x-".',
        'Line 5, column 3: field names must be in double quotes: write "lang".',
      ]);
    });

    it('explains other mistakes in plain words', () => {
      const messages = (text: string) => parseTutorial(text).problems.map((p) => p.message);
      expect(messages('')).to.deep.equal(['Line 1, column 1: the file is empty. It should hold a tutorial in curly brackets { }.']);
      expect(messages(edit('"revision": 1', '"revision": 01'))).to.deep.equal([
        'Line 4, column 15: this number is not written correctly. Write numbers like 10, 2.5 or -3, without leading zeros, units or letters.',
      ]);
      expect(messages(edit('"Two" }\n  ]', '"Two" }\n  }'))).to.deep.equal(['Line 10, column 3: this } does not match the [ on line 7; it should be ].']);
      expect(messages(edit('"Demo"', '"De\nmo"'))).to.deep.equal([
        'Line 6, column 12: this text has no closing quote on its line. A text must end on the line it starts; write \\n for a new line inside it.',
      ]);
      expect(messages(edit('"revision": 1', '"revision": True'))).to.deep.equal([
        'Line 4, column 15: write true in small letters, not True.',
        '"revision" should be a number, not true.',
      ]);
    });

    it('reports a field written twice', () => {
      expect(parseTutorial(edit('"title": "Demo",', '"title": "Demo",\n  "title": "Demo 2",')).problems).to.deep.equal([
        {
          path: 'title',
          code: 'duplicate-field',
          severity: 'error',
          line: 7,
          column: 3,
          message: 'The field "title" appears twice here (also on line 6). Only the last one counts; remove or rename one of them.',
        },
      ]);
    });
  });

  describe('line and column of validation problems', () => {
    it('points at the value, at the field name of an unknown field, and at the object missing a field', () => {
      const text = edit('{ "id": "two", "title": "Two" }', '{ "id": "Two", "titel": "Two" }');
      expect(parseTutorial(text).problems.map((p) => [p.path, p.line, p.column])).to.deep.equal([
        ['steps[1].title', 9, 5],
        ['steps[1].id', 9, 13],
        ['steps[1].titel', 9, 20],
      ]);
    });

    it('finds deep paths and missing translations in a pretty-printed file', () => {
      const data = bilingual();
      data.steps[1].image.alt = '';
      delete data.steps[2].title.en;
      const text = JSON.stringify(data, null, 2);
      const lines = text.split('\n');
      const altLine = lines.findIndex((l) => l.includes('"alt": ""')) + 1;
      // The line before the Vietnamese title is the one with `"title": {`.
      const titleLine = lines.findIndex((l) => l.includes('"Đăng ký tài khoản"'));
      const problems = parseTutorial(text).problems;
      expect(problems.map((p) => [p.path, p.code, p.line, p.column])).to.deep.equal([
        ['steps[1].image.alt', 'missing-alt', altLine, 16],
        ['steps[2].title.en', 'missing-translation', titleLine, 16],
      ]);
    });
  });

  it('refuses hostile nesting instead of running out of stack', () => {
    const [found] = parseTutorial(`{"x-deep": ${'['.repeat(100_000)}`).problems;
    expect(found?.message).to.equal('Line 1, column 100012: the file ends too early. The [ on line 1 is never closed with ]. Part of the file may be missing.');
  });

  it('never throws on garbage', () => {
    for (const text of ['{', '[', '"', '}', '{"a":', 'null', '{"steps": [1, 2,, 3]}', '\u0000', '/*', '{"a" 1}', '-', '+1', '.5']) {
      expect(() => parseTutorial(text), text).not.to.throw();
      expect(parseTutorial(text).ok, text).to.equal(false);
    }
  });
});
