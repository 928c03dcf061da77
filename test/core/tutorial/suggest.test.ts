import { expect } from '@open-wc/testing';
import { closest, editDistance, toId } from '../../../src/core/tutorial/suggest.js';

describe('suggestions', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('tilte', 'title')).to.equal(1);
    expect(editDistance('kitten', 'sitting')).to.equal(3);
    expect(editDistance('', 'abc')).to.equal(3);
    expect(editDistance('same', 'same')).to.equal(0);
    expect(editDistance('ca', 'abc')).to.equal(3);
  });

  it('stops counting above a maximum', () => {
    expect(editDistance('nope-12', 'step-45', 2)).to.equal(3);
    expect(editDistance('abcdefgh', 'a', 3)).to.equal(4);
    expect(editDistance('tilte', 'title', 1)).to.equal(1);
  });

  it('suggests the closest candidate, or nothing when none is close', () => {
    expect(closest('tilte', ['id', 'title', 'tip'])).to.equal('title');
    expect(closest('Title', ['title', 'tip'])).to.equal('title');
    expect(closest('get-card', ['has-card', 'get-card-first'])).to.equal('get-card-first');
    expect(closest('summary', ['id', 'title'])).to.equal(undefined);
    expect(closest('x', [])).to.equal(undefined);
  });

  it('makes an allowed id from a Vietnamese name', () => {
    expect(toId('Cài ứng dụng VNeID')).to.equal('cai-ung-dung-vneid');
    expect(toId('Đăng ký -- bước 2!')).to.equal('dang-ky-buoc-2');
  });
});
