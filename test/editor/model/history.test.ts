import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { record, redo, seal, startHistory, undo, HISTORY_LIMIT } from '../../../src/editor/model/index.js';

describe('editor model: undo and redo', () => {
  it('merges typing in one field into one step, and sealing ends it', () => {
    let h = startHistory('');
    h = record(h, 'a', 'title');
    h = record(h, 'ab', 'title');
    h = record(h, 'abc', 'body');
    expect(undo(h).present).to.equal('ab');
    expect(undo(undo(h)).present).to.equal('');
    h = record(seal(h), 'abcd', 'body');
    expect(undo(h).present).to.equal('abc');
  });

  it('undoes and redoes any sequence of changes exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), (values) => {
        let h = startHistory(-1);
        for (const v of values) h = record(h, v);
        const distinct = [-1, ...values].filter((v, i, all) => i === 0 || v !== all[i - 1]);
        for (let i = distinct.length - 1; i >= 0; i -= 1) {
          expect(h.present).to.equal(distinct[i]);
          h = undo(h);
        }
        expect(undo(h)).to.equal(h);
        for (const v of distinct.slice(1)) {
          h = redo(h);
          expect(h.present).to.equal(v);
        }
        expect(redo(h)).to.equal(h);
      }),
    );
  });

  it('drops the redo branch on a new change and keeps at most the limit', () => {
    let h = record(record(startHistory(0), 1), 2);
    h = record(undo(h), 3);
    expect(redo(h).present).to.equal(3);
    for (let i = 0; i < HISTORY_LIMIT + 50; i += 1) h = record(h, 100 + i);
    expect(h.past.length).to.equal(HISTORY_LIMIT);
  });
});
