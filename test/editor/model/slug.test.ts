import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { suggestId, uniqueId } from '../../../src/editor/model/index.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('editor model: ids from titles', () => {
  it('drops Vietnamese marks and turns đ into d', () => {
    expect(suggestId('Kích hoạt tài khoản')).to.equal('kich-hoat-tai-khoan');
    expect(suggestId('Đăng ký định danh điện tử')).to.equal('dang-ky-dinh-danh-dien-tu');
    // Decomposed input (some keyboards) gives the same id.
    expect(suggestId('Kích hoạt tài khoản'.normalize('NFD'))).to.equal('kich-hoat-tai-khoan');
    expect(suggestId('  Cài ứng dụng VNeID (bước 2)! ')).to.equal('cai-ung-dung-vneid-buoc-2');
    expect(suggestId('…')).to.equal('');
  });

  it('always gives an allowed id or nothing, at most 60 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (title) => {
        const id = suggestId(title);
        expect(id === '' || ID.test(id), id).to.equal(true);
        expect(id.length).to.be.at.most(60);
      }),
    );
  });

  it('finds a free id by numbering', () => {
    expect(uniqueId('install', new Set())).to.equal('install');
    expect(uniqueId('install', new Set(['install', 'install-2']))).to.equal('install-3');
    expect(uniqueId('', new Set(['step']))).to.equal('step-2');
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom('a', 'a-2', 'a-3', 'a-4', 'b')), (taken) => {
        expect(taken).not.to.include(uniqueId('a', new Set(taken)));
      }),
    );
  });
});
