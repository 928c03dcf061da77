import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { matchesSearch, searchableText, searchWords } from '../../../src/core/catalog/index.js';
import { foldMarks } from '../../../src/core/text/index.js';
import { form, phrase, search } from '../fuzz/search.js';

describe('search normalisation (foldMarks, searchWords)', () => {
  it('finds the same guides for "kich hoat", "KÍCH HOẠT" and "Kích hoạt", and "d" finds "đ"', () => {
    const text = searchableText(['Kích hoạt tài khoản định danh điện tử']);
    for (const query of ['kich hoat', 'KÍCH HOẠT', 'Kích hoạt', 'kích  HOAT', 'dinh danh', 'đinh', 'd']) expect(matchesSearch(text, query), query).to.equal(true);
    expect(matchesSearch(text, 'thuế')).to.equal(false);
    expect(foldMarks('ĐƯỜNG Đi')).to.equal('duong di');
  });

  it('a word typed without marks, in any case, finds the word with marks (property)', () => {
    fc.assert(search.build({ examples: [] }), { numRuns: 500 });
  });

  it('is idempotent, lower-case, and leaves no mark and no đ (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), phrase.map((ws) => ws.map((w) => w.withMarks).join(' '))), form, (text, nf) => {
        const folded = foldMarks(text.normalize(nf));
        return foldMarks(folded) === folded && folded === folded.toLowerCase() && !/[\p{M}đ]/u.test(folded.normalize('NFD'));
      }),
      { numRuns: 500 },
    );
  });

  it('marks, case and spacing in the query never change what is found (property)', () => {
    fc.assert(
      fc.property(phrase, phrase, (title, query) => {
        const searchable = searchableText([title.map((w) => w.withMarks).join(' ')]);
        const plainQuery = query.map((w) => w.plain).join(' ');
        const markedQuery = ` ${query.map((w) => w.withMarks.toUpperCase()).join('   ')} `;
        return matchesSearch(searchable, plainQuery) === matchesSearch(searchable, markedQuery);
      }),
      { numRuns: 500 },
    );
  });

  it('matches words by their start, in any order; an empty query finds everything', () => {
    const text = searchableText(['Nộp thuế qua eTax Mobile', 'tax']);
    expect(matchesSearch(text, 'etax nop')).to.equal(true);
    expect(matchesSearch(text, 'thu')).to.equal(true);
    expect(matchesSearch(text, 'hue')).to.equal(false);
    expect(matchesSearch(text, '   ')).to.equal(true);
    expect(searchWords('  VNeID, mức-2! ')).to.deep.equal(['vneid', 'muc', '2']);
  });
});
