import { expect } from '@open-wc/testing';
import { isSafeHref, judgeHref } from '../../../src/core/markdown/index.js';

describe('isSafeHref', () => {
  it('allows https with a host, tel with a number, mailto with an address', () => {
    for (const href of ['https://dichvucong.gov.vn', 'HTTPS://a.vn/x?y=1#z', 'tel:19000368', 'tel:+84-24-3825-1234', 'mailto:hotro@example.gov.vn', 'mailto:a@b.vn?subject=Help']) {
      expect(isSafeHref(href), href).to.equal(true);
    }
  });

  it('refuses everything else, saying why', () => {
    const cases: [string, string][] = [
      ['javascript:alert(1)', 'other-scheme'],
      [' JavaScript:alert(1)', 'other-scheme'],
      ['java\nscript:alert(1)', 'malformed'],
      ['java\tscript:alert(1)', 'malformed'],
      ['data:text/html,<script>alert(1)</script>', 'other-scheme'],
      ['vbscript:x', 'other-scheme'],
      ['sms:1900', 'other-scheme'],
      ['http://a.vn', 'http'],
      ['//evil.example', 'relative'],
      ['/help', 'relative'],
      ['page.html', 'relative'],
      ['https://', 'malformed'],
      ['https:a.vn', 'malformed'],
      ['tel:call-me', 'malformed'],
      ['mailto:nobody', 'malformed'],
      ['', 'malformed'],
    ];
    for (const [href, verdict] of cases) {
      expect(isSafeHref(href), href).to.equal(false);
      expect(judgeHref(href), href).to.equal(verdict);
    }
  });
});
