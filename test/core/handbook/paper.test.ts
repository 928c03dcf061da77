import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeReference } from '../../../src/core/help/index.js';
import { fillUrlTemplate, handbookDocument, handbookTranslator, hoursInWords, paperOrder, paperSteps, textOf, toHtml, weeklyHours } from '../../../src/core/handbook/index.js';
import type { OpeningHours, Step, Tutorial, Weekday } from '../../../src/core/tutorial/index.js';
import { branching, hostile, paperGuide } from '../../fixtures/tutorials.js';

const week: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

describe('the handbook on paper', () => {
  describe('paperOrder', () => {
    it('numbers steps in the order a citizen meets them, first choice first', () => {
      expect(paperOrder(branching)).to.deep.equal(['has-card', 'install-app', 'log-in', 'get-card']);
      // VNeID (the first choice) to its end, then the second choice's step, which joins the first path.
      expect(paperOrder(paperGuide)).to.deep.equal(['open-portal', 'how-log-in', 'vneid', 'fill-form', 'send', 'password']);
    });

    it('puts steps no walk reaches last, in file order', () => {
      const t: Tutorial = { ...branching, steps: [{ id: 'a', title: 'A', next: null }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }] };
      expect(paperOrder(t)).to.deep.equal(['a', 'b', 'c']);
    });

    it('prints every step exactly once, the first first, for any graph of steps', () => {
      const graph = fc.integer({ min: 1, max: 40 }).chain((n) =>
        fc.array(
          fc.record({
            choices: fc.option(fc.array(fc.option(fc.nat(n - 1), { nil: null }), { minLength: 1, maxLength: 4 }), { nil: undefined }),
            next: fc.option(fc.option(fc.nat(n - 1), { nil: null }), { nil: undefined }),
          }),
          { minLength: n, maxLength: n },
        ),
      );
      fc.assert(
        fc.property(graph, (nodes) => {
          const id = (i: number | null) => (i === null ? null : `s${i}`);
          const steps: Step[] = nodes.map((node, i) => ({
            id: `s${i}`,
            title: `Step ${i}`,
            ...(node.choices ? { choices: node.choices.map((c, k) => ({ label: `c${k}`, next: id(c) })) } : node.next !== undefined ? { next: id(node.next) } : {}),
          }));
          const tutorial: Tutorial = { ...branching, steps };
          const order = paperOrder(tutorial);
          expect(order[0]).to.equal('s0');
          expect([...order].sort()).to.deep.equal(steps.map((s) => s.id).sort());
          // Every exit names a printed number, and "continue" only ever means the next one printed.
          const printed = paperSteps(tutorial);
          for (const p of printed) {
            for (const exit of p.exits) {
              if (exit.kind === 'go-to') expect(exit.to).to.be.within(1, steps.length).and.not.equal(p.number + 1);
              if (exit.kind === 'choice' && exit.to !== null) expect(exit.to).to.be.within(1, steps.length);
            }
          }
        }),
      );
    });
  });

  describe('paperSteps', () => {
    it('says where each step leads and gives its reference code', () => {
      const steps = paperSteps(paperGuide);
      expect(steps.map((s) => s.number)).to.deep.equal([1, 2, 3, 4, 5, 6]);
      expect(steps[1]!.exits).to.deep.equal([
        { kind: 'choice', label: { vi: 'VNeID', en: 'VNeID' }, to: 3 },
        { kind: 'choice', label: { vi: 'Tài khoản cổng', en: 'A portal account' }, to: 6 },
        { kind: 'choice', label: { vi: 'Tôi chưa có tài khoản', en: 'I have no account' }, to: null },
      ]);
      expect(steps[0]!.exits).to.deep.equal([{ kind: 'continue' }]);
      expect(steps[4]!.exits).to.deep.equal([{ kind: 'end' }]);
      expect(steps[5]!.exits).to.deep.equal([{ kind: 'go-to', to: 4 }]);
      for (const s of steps) {
        expect(decodeReference(s.reference!, [paperGuide])).to.deep.equal({ tutorialId: 'test-paper', revision: 3, stepId: s.step.id });
      }
    });
  });

  describe('fillUrlTemplate', () => {
    const template = 'https://portal.example/huong-dan.html?t={tutorialId}&step={stepId}';

    it('fills the tutorial and the step, and leaves the step out for the whole guide', () => {
      expect(fillUrlTemplate(template, 'test-paper', 'fill-form')).to.equal('https://portal.example/huong-dan.html?t=test-paper&step=fill-form');
      expect(fillUrlTemplate(template, 'test-paper')).to.equal('https://portal.example/huong-dan.html?t=test-paper');
      expect(fillUrlTemplate('https://p.example/g/{tutorialId}#{stepId}', 'a-b')).to.equal('https://p.example/g/a-b#');
    });

    it('refuses anything but a web address', () => {
      expect(fillUrlTemplate('javascript:alert({tutorialId})', 'x')).to.equal(undefined);
      expect(fillUrlTemplate('not a url', 'x')).to.equal(undefined);
    });
  });

  describe('opening hours in words', () => {
    it('groups days in a row that share their times', () => {
      const t = handbookTranslator('en');
      expect(hoursInWords(paperGuide.help!.channels[0]!.hours, 'en', t)).to.deep.equal([
        'Monday to Friday, 07:30–11:30 and 13:30–17:00',
        'Saturday, 07:30–11:30',
      ]);
      expect(hoursInWords([{ days: week, opens: '07:00', closes: '21:00' }], 'en', t)).to.deep.equal(['Every day, 07:00–21:00']);
      expect(hoursInWords([{ days: ['sa', 'su'], opens: '08:00', closes: '12:00' }], 'en', t)).to.deep.equal(['Saturday and Sunday, 08:00–12:00']);
      expect(hoursInWords(paperGuide.help!.channels[1]!.hours, 'vi', handbookTranslator('vi'))).to.deep.equal(['Thứ Hai đến Thứ Sáu, 07:30–17:00']);
    });

    it('puts every open day in exactly one group, with its own times, for any hours', () => {
      const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
      const range = fc.record({ days: fc.subarray(week, { minLength: 1 }), opens: clock, closes: fc.oneof(clock, fc.constant('24:00')) });
      fc.assert(
        fc.property(fc.array(range, { maxLength: 6 }), (hours: OpeningHours[]) => {
          const groups = weeklyHours(hours);
          const grouped = groups.flatMap((g) => g.days);
          const open = week.filter((d) => hours.some((r) => r.days.includes(d) && r.opens !== r.closes));
          expect(grouped).to.deep.equal(open);
          for (const g of groups) {
            // Days of a group follow each other, and each has exactly the group's times.
            g.days.forEach((d, i) => i > 0 && expect(week.indexOf(d)).to.equal(week.indexOf(g.days[i - 1]!) + 1));
            for (const d of g.days) {
              const own = new Set(hours.filter((r) => r.days.includes(d) && r.opens !== r.closes).map((r) => `${r.opens}-${r.closes}`));
              expect(new Set(g.times.map((x) => x.join('-')))).to.deep.equal(own);
            }
          }
          expect(hoursInWords(hours, 'vi', handbookTranslator('vi'))).to.have.length(groups.length);
        }),
      );
    });
  });

  describe('handbookDocument', () => {
    it('words the branches in the reader’s language', () => {
      const en = textOf(handbookDocument(paperGuide, { lang: 'en' }));
      expect(en).to.contain('If you choose “VNeID”, go to step 3.');
      expect(en).to.contain('If you choose “A portal account”, go to step 6.');
      expect(en).to.contain('If you choose “I have no account”, you have finished this guide.');
      expect(en).to.contain('Then go to step 4.');
      expect(en).to.contain('This is the end of the guide.');
      expect(en).to.contain('Hotline');
      expect(en).to.contain('Opening hours: Monday to Friday, 07:30–11:30 and 13:30–17:00; Saturday, 07:30–11:30');
      expect(en).to.contain('(https://dichvucong.gov.vn)');
      const vi = textOf(handbookDocument(paperGuide, { lang: 'vi' }));
      expect(vi).to.contain('Nếu bạn chọn “Tài khoản cổng”, hãy chuyển đến bước 6.');
      expect(vi).to.contain('Bước 6');
    });

    it('escapes every text and attribute when written as HTML', () => {
      const html = toHtml(handbookDocument(hostile, { lang: 'en' }));
      expect(html).not.to.contain('<script');
      expect(html).not.to.contain('<img src=x');
      expect(html).not.to.contain('href="javascript:');
      expect(html).to.contain('&lt;script&gt;');
    });

    it('prints a QR code only with an address template and a drawer', () => {
      const qr = () => ({ size: 21, path: 'M0 0h1v1h-1z' });
      const none = toHtml(handbookDocument(paperGuide, { lang: 'en', qr }));
      expect(none).not.to.contain('<svg');
      const some = handbookDocument(paperGuide, { lang: 'en', qr, stepQr: true, urlTemplate: 'https://p.example/?t={tutorialId}&step={stepId}' });
      expect(toHtml(some).match(/<svg/g)).to.have.length(1 + paperGuide.steps.length);
    });
  });
});
