/**
 * Search without marks: a word typed on a phone without Vietnamese marks, in any case, finds
 * the same word written with them, precomposed or decomposed. The generators serve
 * test/core/catalog/search.test.ts too.
 */
import * as fc from 'fast-check';
import { matchesSearch, searchableText } from '../../../src/core/catalog/index.js';
import type { FuzzProperty } from './define.js';

/** Vietnamese vowels with every tone and vowel mark, and the consonants (đ among them). */
const plainVowels = 'aeiouy';
const marked: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
  d: 'dđ',
};
const consonants = 'bcdghklmnpqrstvx';

/** A Vietnamese-looking word with marks, and the same word as typed on a phone without them. */
export const word = fc
  .array(fc.tuple(fc.constantFrom(...`${plainVowels}${consonants}`), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 8 })
  .map((letters) => {
    const plain = letters.map(([base]) => base).join('');
    const withMarks = letters
      .map(([base, pick, upper]) => {
        const forms = marked[base] ?? base;
        const letter = [...forms][pick % [...forms].length]!;
        return upper ? letter.toUpperCase() : letter;
      })
      .join('');
    return { plain, withMarks };
  });
export const phrase = fc.array(word, { minLength: 1, maxLength: 5 });
/** Unicode forms: precomposed (NFC, most keyboards) and decomposed (NFD, macOS, PDFs). */
export const form = fc.constantFrom('NFC', 'NFD') as fc.Arbitrary<'NFC' | 'NFD'>;

export const search: FuzzProperty = {
  name: 'a word typed without marks, in any case, finds the word with marks',
  runs: 1_000,
  build: () =>
    fc.property(phrase, form, fc.nat(), fc.boolean(), (words, nf, pick, upper) => {
      const typed = words[pick % words.length]!.plain;
      return matchesSearch(searchableText([words.map((w) => w.withMarks).join(' ').normalize(nf)]), upper ? typed.toUpperCase() : typed);
    }),
};
