import { expect } from '@open-wc/testing';
import { findLinks, parseMarkdown } from '../../../src/core/markdown/index.js';

const text = (t: string) => ({ type: 'text', text: t });

describe('parseMarkdown', () => {
  it('splits paragraphs at blank lines and keeps single newlines as breaks', () => {
    expect(parseMarkdown('First line\nsecond line\n\n\nNext paragraph')).to.deep.equal([
      { type: 'paragraph', children: [text('First line'), { type: 'break' }, text('second line')] },
      { type: 'paragraph', children: [text('Next paragraph')] },
    ]);
  });

  it('reads bulleted lists with - and *, and numbered lists with their start', () => {
    expect(parseMarkdown('Before:\n- one\n* two\n\n3. three\n4. four\n\nAfter')).to.deep.equal([
      { type: 'paragraph', children: [text('Before:')] },
      { type: 'list', ordered: false, items: [[text('one')], [text('two')]] },
      { type: 'list', ordered: true, start: 3, items: [[text('three')], [text('four')]] },
      { type: 'paragraph', children: [text('After')] },
    ]);
    expect(parseMarkdown('1. a\n\n2. b\n   still b')).to.deep.equal([
      { type: 'list', ordered: true, items: [[text('a')], [text('b'), { type: 'break' }, text('still b')]] },
    ]);
  });

  it('does not turn a wrapped sentence with a number into a list', () => {
    expect(parseMarkdown('Opened in\n2024. Since then')).to.deep.equal([
      { type: 'paragraph', children: [text('Opened in'), { type: 'break' }, text('2024. Since then')] },
    ]);
  });

  it('reads strong, emphasis with * and _, and nesting', () => {
    expect(parseMarkdown('**Bấm** *Tiếp* _now_ **a *b* c**')).to.deep.equal([
      {
        type: 'paragraph',
        children: [
          { type: 'strong', children: [text('Bấm')] },
          text(' '),
          { type: 'emphasis', children: [text('Tiếp')] },
          text(' '),
          { type: 'emphasis', children: [text('now')] },
          text(' '),
          { type: 'strong', children: [text('a '), { type: 'emphasis', children: [text('b')] }, text(' c')] },
        ],
      },
    ]);
  });

  it('leaves stray marks, snake_case names, arithmetic and escapes as text', () => {
    expect(parseMarkdown('ten_dang_nhap, 2 * 3 * 4, **open, \\*not\\*')).to.deep.equal([
      { type: 'paragraph', children: [text('ten_dang_nhap, 2 * 3 * 4, **open, *not*')] },
    ]);
  });

  it('makes links of https, tel and mailto addresses', () => {
    expect(parseMarkdown('[Cổng **DVC**](https://dichvucong.gov.vn/a_(b)) [Gọi](tel:19000368) [Thư](mailto:hotro@example.gov.vn)')).to.deep.equal([
      {
        type: 'paragraph',
        children: [
          { type: 'link', href: 'https://dichvucong.gov.vn/a_(b)', children: [text('Cổng '), { type: 'strong', children: [text('DVC')] }] },
          text(' '),
          { type: 'link', href: 'tel:19000368', children: [text('Gọi')] },
          text(' '),
          { type: 'link', href: 'mailto:hotro@example.gov.vn', children: [text('Thư')] },
        ],
      },
    ]);
  });

  it('keeps any other link as its literal text', () => {
    const source = '[a](javascript:alert(1)) [b](data:text/html,x) [c](http://x.vn) [d](page.html) [e](JavaScript:alert(1))';
    expect(parseMarkdown(source)).to.deep.equal([{ type: 'paragraph', children: [text(source)] }]);
  });

  it('keeps raw HTML as inert text', () => {
    const source = '<script>alert(1)</script>\n<img src=x onerror="alert(1)"> <a href="javascript:alert(1)">x</a>';
    const blocks = parseMarkdown(source);
    expect(blocks).to.deep.equal([
      {
        type: 'paragraph',
        children: [text('<script>alert(1)</script>'), { type: 'break' }, text('<img src=x onerror="alert(1)"> <a href="javascript:alert(1)">x</a>')],
      },
    ]);
    expect(JSON.stringify(blocks)).not.to.contain('"link"');
  });

  it('returns nothing for an empty text and never throws on hostile input', () => {
    expect(parseMarkdown('')).to.deep.equal([]);
    expect(parseMarkdown(' \n\t\n')).to.deep.equal([]);
    for (const source of ['[', '](', '[a](', '*'.repeat(5000), '[a]('.repeat(2000), '_*_*'.repeat(1000), '\\', '1.']) {
      expect(() => parseMarkdown(source)).not.to.throw();
    }
  });
});

describe('findLinks', () => {
  it('lists every link with whether it is safe', () => {
    expect(findLinks('[ok](https://a.vn) and\n- [bad](javascript:x)')).to.deep.equal([
      { href: 'https://a.vn', text: 'ok', safe: true },
      { href: 'javascript:x', text: 'bad', safe: false },
    ]);
  });
});
