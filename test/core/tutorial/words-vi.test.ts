// Every message the validator and the advice can give has a Vietnamese counterpart: these
// tests walk every problem kind, every schema rule, every place, every JSON slip and every
// piece of advice, and fail on a message left in English or identical to the English one.
import { expect } from '@open-wc/testing';
import type { Finding } from '../../../src/core/lint/advice.js';
import { ENGLISH_ADVICE } from '../../../src/core/lint/advice-en.js';
import { VIETNAMESE_ADVICE } from '../../../src/core/lint/advice-vi.js';
import { lintTutorial, type LintCode } from '../../../src/core/lint/index.js';
import { checkTutorialData } from '../../../src/core/tutorial/check.js';
import type { FoundProblem, ProblemParams } from '../../../src/core/tutorial/found.js';
import { parseTutorial, validateTutorial, type ProblemCode } from '../../../src/core/tutorial/index.js';
import { ENGLISH_JSON, type JsonWords } from '../../../src/core/tutorial/json-words.js';
import { VIETNAMESE_JSON } from '../../../src/core/tutorial/json-words-vi.js';
import { MAX_DEPTH, MAX_VALUES } from '../../../src/core/tutorial/limits.js';
import { wordsFor } from '../../../src/core/tutorial/message-words.js';
import { placeOf } from '../../../src/core/tutorial/places.js';
import { fieldNameVi, VIETNAMESE_PLACES } from '../../../src/core/tutorial/places-vi.js';
import type { Rule } from '../../../src/core/tutorial/schema.js';
import { BROKEN } from './broken.js';
import { bilingual, withSteps, type Json } from './tutorials.js';

// Written out so that a new kind, rule or code fails the type check until it is listed here.
const KINDS = Object.keys({
  'list-for-object': 1, 'missing-field': 1, 'missing-alt': 1, 'format-version': 1, 'unknown-option': 1, 'wrong-type': 1, rule: 1,
  'unknown-field': 1, 'empty-text': 1, untranslated: 1, 'no-translation': 1, 'empty-translation': 1, 'markdown-link': 1,
  'duplicate-id': 1, 'unknown-step': 1, 'choices-and-next': 1, unreachable: 1, 'self-loop': 1, loop: 1, 'closes-early': 1,
  phone: 1, email: 1, 'web-address': 1, 'image-src': 1, 'audio-src': 1, 'advance-without-target': 1, 'too-deep': 1, 'too-many-values': 1,
} satisfies Record<ProblemParams['kind'], 1>);
const RULES = Object.keys({
  id: 1, 'id-length': 1, lang: 1, timezone: 1, time: 1, 'closing-time': 1, positive: 1, 'whole-number': 1, 'at-least-one': 1, 'not-empty': 1,
} satisfies Record<Rule, 1>);
const CODES = Object.keys({
  'json-syntax': 1, 'duplicate-field': 1, 'wrong-type': 1, required: 1, 'unknown-field': 1, 'invalid-id': 1, 'format-version': 1,
  'duplicate-id': 1, 'unknown-step': 1, 'unreachable-step': 1, 'no-way-out': 1, 'missing-translation': 1, 'missing-alt': 1,
  'unsafe-link': 1, 'empty-text': 1, 'invalid-value': 1, 'too-large': 1, 'too-deep': 1, 'too-many-problems': 1,
} satisfies Record<ProblemCode, 1>);

const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
const ENGLISH_WORD = /(?<![\p{L}\p{N}])(the|is|are|has|have|not|no|should|step|steps|choice|channel|hours|requirement|file|add|write|remove|use|which|with|and|of|this|it|from|to|be|must|there|line|column|text|field|item|image|link|address|here|one|more|or)(?![\p{L}\p{N}])/iu;

/** The message without what it quotes from the file or shows as an example to write. */
function ownWords(message: string): string {
  return message
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/“[^”]*”/g, '“”')
    .replace(/\{[^{}]*\}/g, '{}')
    .replace(/\[[^[\]]*\]/g, '[]')
    .replace(/\([^()]*\)/g, '()');
}

/** Fails unless `vi` is a Vietnamese message, different from the English one. */
function expectVietnamese(vi: string, en: string): void {
  expect(vi, `left in English: ${en}`).to.not.equal(en);
  const own = ownWords(vi);
  expect(own, `no Vietnamese in: ${vi}`).to.match(VIETNAMESE_LETTER);
  expect(own, `English words in: ${vi}`).to.not.match(ENGLISH_WORD);
}

/** More broken tutorials, for the kinds and rules BROKEN does not reach. */
const MORE: Record<string, () => Json> = {
  'a step id too long, a bad closing time, an empty value, a tour step without a target': () => {
    const data = bilingual();
    data.steps[0].id = 'a'.repeat(150);
    data.help.channels[0].hours[0].closes = '25:00';
    data.help.channels[0].value = '';
    data.steps[1].advanceOn = { event: 'click' };
    data.steps[2].body = { vi: 'Xem [đây](/duong-dan).', en: 'See [here](/path).' };
    data.steps[2].audio = { vi: 'http://example.gov.vn/buoc-3.mp3', en: 'javascript:void(0)' };
    return data;
  },
  'a tutorial id that makes no suggestion, a choice to a near id': () => {
    const data = withSteps([
      { id: 'start', title: 'A', choices: [{ label: 'x', next: 'finsh' }, { label: 'y', next: 'finish' }] },
      { id: 'finish', title: 'B', next: null, help: { channels: [{ type: 'phone', label: 'L', value: '1900', hours: [{ days: ['mo'], opens: '9:00', closes: '17:00' }] }] } },
    ]);
    data.id = '!!!';
    return data;
  },
  'too deep': () => {
    let deep: Json = 'x';
    for (let i = 0; i < MAX_DEPTH + 5; i += 1) deep = [deep];
    const data = bilingual();
    data.steps[0].title = deep;
    return data;
  },
  'too many values': () => {
    const data = bilingual();
    data.requirements = Array.from({ length: MAX_VALUES + 10 }, () => 'x');
    return data;
  },
  'a loop of many steps': () =>
    withSteps([...Array.from({ length: 8 }, (_, i) => ({ id: `s${i}`, title: 'T', next: `s${(i + 1) % 8}` }))]),
};

describe('Vietnamese problem messages', () => {
  const cases = Object.entries({ ...BROKEN, ...MORE });
  const seenKinds = new Set<string>();
  const seenRules = new Set<string>();
  const seenCodes = new Set<string>();

  for (const [name, make] of cases) {
    it(`words every problem in Vietnamese, with the same codes and paths: ${name}`, () => {
      const en = validateTutorial(make()).problems;
      const vi = validateTutorial(make(), { lang: 'vi' }).problems;
      expect(vi.map((p) => [p.path, p.code, p.severity])).to.deep.equal(en.map((p) => [p.path, p.code, p.severity]));
      vi.forEach((p, i) => expectVietnamese(p.message, en[i]!.message));
      for (const found of checkTutorialData(make()).found as FoundProblem[]) {
        seenKinds.add(found.params.kind);
        if (found.params.kind === 'rule') seenRules.add(found.params.rule);
      }
      for (const p of en) seenCodes.add(p.code);
    });
  }

  it('reaches every kind of problem and every rule of the format', () => {
    expect(KINDS.filter((k) => !seenKinds.has(k))).to.deep.equal([]);
    expect(RULES.filter((r) => !seenRules.has(r))).to.deep.equal([]);
  });

  it('words what only parseTutorial finds, and the end of a long list, in Vietnamese', () => {
    const texts = [
      '{ "format": 1, "format": 1, }',
      `{ "steps": [${Array.from({ length: 120 }, () => '{ "id": 1 }').join(',')}] }`,
      `{ "steps": [${Array.from({ length: 120 }, () => '1,,').join('')}] }`,
      ' '.repeat(10_000_001),
    ];
    for (const text of texts) {
      const en = parseTutorial(text).problems;
      const vi = parseTutorial(text, { lang: 'vi' }).problems;
      expect(vi.map((p) => [p.path, p.code, p.line, p.column])).to.deep.equal(en.map((p) => [p.path, p.code, p.line, p.column]));
      vi.forEach((p, i) => expectVietnamese(p.message, en[i]!.message));
      for (const p of en) seenCodes.add(p.code);
    }
    expect(CODES.filter((c) => !seenCodes.has(c))).to.deep.equal([]);
  });

  it('has every JSON slip in Vietnamese', () => {
    const open = { char: '{', line: 2, closer: '}' };
    const args: { [K in keyof JsonWords]: Parameters<JsonWords[K]> } = {
      at: [3, 7, 'x'], empty: [], textAfterEnd: [], endsEarly: [open], comment: [], plusOrPoint: [], commaBeforeValue: [],
      unexpected: ['"'], trailingCommaField: [], missingCommaField: [], missingColon: ['title'], duplicateField: ['title', 2],
      keyExpected: ['#'], unquotedKey: ['title'], trailingCommaItem: [], doubleComma: [], missingCommaItem: [],
      mismatched: [']', '{', 2, '}'], separator: ['}', '#'], badNumber: [], capitalLiteral: ['true', 'True'], unquotedText: ['abc'],
      singleQuotes: [], endsInText: [4], noClosingQuote: [], badEscape: ['q'], control: [],
    };
    for (const key of Object.keys(args) as (keyof JsonWords)[]) {
      const call = (words: JsonWords) => (words[key] as (...a: unknown[]) => string)(...args[key]);
      expectVietnamese(call(VIETNAMESE_JSON), call(ENGLISH_JSON));
    }
    expectVietnamese(VIETNAMESE_JSON.endsEarly(undefined), ENGLISH_JSON.endsEarly(undefined));
    expect(parseTutorial('{ "format": 1\n  "id": "a" }', { lang: 'vi' }).problems.find((p) => p.code === 'json-syntax')!.message).to.equal(
      'Dòng 2, cột 3: thiếu dấu phẩy trước trường này. Hãy thêm một dấu phẩy sau giá trị ở trước.',
    );
  });

  it('names every kind of place in natural Vietnamese', () => {
    const data = bilingual();
    data.steps[1].help = { channels: [{ type: 'email', label: 'a', value: 'a@b.vn', hours: [] }] };
    data.help.channels.push({ type: 'fax', label: 'x', value: '1' });
    const owner = (path: (string | number)[]) => placeOf(path, data, VIETNAMESE_PLACES).owner;
    expect(owner(['steps', 1, 'title'])).to.equal('Bước 2 (install-app)');
    expect(owner(['steps', 0, 'choices', 1, 'label'])).to.equal('Lựa chọn 2 của bước 1 (has-chip-card)');
    expect(owner(['requirements', 0])).to.equal('Thứ cần chuẩn bị 1');
    expect(owner(['help', 'channels', 0, 'value'])).to.equal('Kênh hỗ trợ 1 (điện thoại)');
    expect(owner(['help', 'channels', 1])).to.equal('Kênh hỗ trợ 2 (nơi tiếp dân)');
    expect(owner(['help', 'channels', 2])).to.equal('Kênh hỗ trợ 3 (fax)');
    expect(owner(['help', 'channels', 0, 'hours', 0, 'opens'])).to.equal('Giờ làm việc 1 của kênh hỗ trợ 1 (điện thoại)');
    expect(owner(['steps', 1, 'help', 'channels', 0, 'hours', 0])).to.equal('Giờ làm việc 1 của kênh hỗ trợ 1 (thư điện tử) của bước 2 (install-app)');
    expect(owner(['title'])).to.equal('');
    expect(fieldNameVi(['image', 'alt'])).to.equal('"alt" trong "image"');
    expect(fieldNameVi(['hours', 0, 'days', 2])).to.equal('"days" (mục 3) trong "hours" (mục 1)');
    for (const path of [['steps', 1], ['steps', 0, 'choices', 1], ['requirements', 0], ['help', 'channels', 0], ['help', 'channels', 0, 'hours', 0]]) {
      expectVietnamese(owner(path), placeOf(path, data).owner);
    }
  });

  it('keeps English the default, and any other language English', () => {
    const data = BROKEN['steps: duplicates, unknown targets, unreachable, loops']!();
    expect(validateTutorial(data, { lang: 'en' })).to.deep.equal(validateTutorial(data));
    expect(validateTutorial(data, { lang: 'fr' })).to.deep.equal(validateTutorial(data));
    expect(validateTutorial(data, { lang: 'vi-VN' })).to.deep.equal(validateTutorial(data, { lang: 'vi' }));
    expect(wordsFor(undefined)).to.equal(wordsFor('en'));
    expect(validateTutorial(withSteps([{ id: 'a', title: 'A', next: 'b' }]), { lang: 'vi' }).problems[0]!.message).to.equal(
      'Bước 1 (a): "next" dẫn tới "b", nhưng không có bước nào có mã này. Có phải ý bạn là "a"?',
    );
  });
});

describe('Vietnamese advice', () => {
  const findings = {
    'unhelpful-alt': { code: 'unhelpful-alt', alt: 'image.png' },
    'long-sentence': { code: 'long-sentence', sentence: 'Một câu rất dài', count: 40, limit: 38, syllables: true },
    'long-text': { code: 'long-text', count: 90, limit: 80, syllables: false },
    'several-actions': { code: 'several-actions' },
    'unexplained-abbreviation': { code: 'unexplained-abbreviation', word: 'CCCD' },
  } satisfies Record<LintCode, Finding>;

  it('words every kind of advice in Vietnamese', () => {
    for (const finding of Object.values(findings)) expectVietnamese(VIETNAMESE_ADVICE(finding), ENGLISH_ADVICE(finding));
  });

  it('gives the same advice, at the same places, in both languages', () => {
    const long = Array.from({ length: 45 }, () => 'chữ').join(' ');
    const data = withSteps([
      { id: 'a', title: 'Nhập mã OTP', body: `${long}. ${long}. ${long}.`, image: { src: 'a.png', alt: 'ảnh' } },
      { id: 'b', title: 'B', body: 'Bấm Tiếp, sau đó bấm Gửi.' },
    ]);
    data.lang = 'vi';
    const en = lintTutorial(data);
    const vi = lintTutorial(data, { lang: 'vi' });
    expect(new Set(en.map((a) => a.code))).to.deep.equal(new Set(Object.keys(findings)));
    expect(vi.map((a) => [a.path, a.code])).to.deep.equal(en.map((a) => [a.path, a.code]));
    vi.forEach((a, i) => expectVietnamese(a.message, en[i]!.message));
    expect(vi.find((a) => a.code === 'long-text')!.message).to.match(/^Nội dung của bước này có 135 tiếng\./);
  });
});
