import { expect } from '@open-wc/testing';
import { describeStatus, openingStatus } from '../../../src/core/help/index.js';
import type { OpeningHours, Weekday } from '../../../src/core/tutorial/types.js';

const vietnam = 'Asia/Ho_Chi_Minh'; // UTC+7, no daylight saving
const weekdays: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr'];
const officeHours: OpeningHours[] = [{ days: weekdays, opens: '07:30', closes: '17:00' }];
const withLunch: OpeningHours[] = [
  { days: weekdays, opens: '07:30', closes: '11:30' },
  { days: weekdays, opens: '13:30', closes: '17:00' },
];

/** 27 November 2026 is a Friday. Times are UTC; Vietnam is 7 hours ahead. */
const at = (iso: string) => new Date(iso);

describe('opening hours', () => {
  describe('openingStatus', () => {
    it('reads the hours in the channel time zone, not the device one', () => {
      // Friday 10:00 in Vietnam, but still Friday 03:00 for a device set to UTC.
      const now = at('2026-11-27T03:00:00Z');
      expect(openingStatus(officeHours, vietnam, now)).to.deep.equal({
        open: true,
        until: { weekday: 'fr', time: '17:00', inDays: 0 },
      });
      expect(openingStatus(officeHours, 'UTC', now)).to.deep.equal({
        open: false,
        next: { weekday: 'fr', time: '07:30', inDays: 0 },
      });
    });

    it('opens at the opening minute and closes at the closing minute', () => {
      expect(openingStatus(officeHours, vietnam, at('2026-11-30T00:29:00Z'))).to.deep.equal({
        open: false,
        next: { weekday: 'mo', time: '07:30', inDays: 0 },
      });
      expect(openingStatus(officeHours, vietnam, at('2026-11-30T00:30:00Z'))).to.deep.equal({
        open: true,
        until: { weekday: 'mo', time: '17:00', inDays: 0 },
      });
      expect(openingStatus(officeHours, vietnam, at('2026-11-30T09:59:59Z'))?.open).to.equal(true);
      expect(openingStatus(officeHours, vietnam, at('2026-11-30T10:00:00Z'))).to.deep.equal({
        open: false,
        next: { weekday: 'tu', time: '07:30', inDays: 1 },
      });
    });

    it('skips the weekend to Monday', () => {
      // Friday 19:00 in Vietnam.
      expect(openingStatus(officeHours, vietnam, at('2026-11-27T12:00:00Z'))).to.deep.equal({
        open: false,
        next: { weekday: 'mo', time: '07:30', inDays: 3 },
      });
      // Saturday 03:00 in Vietnam while it is still Friday in UTC.
      expect(openingStatus(officeHours, vietnam, at('2026-11-27T20:00:00Z'))).to.deep.equal({
        open: false,
        next: { weekday: 'mo', time: '07:30', inDays: 2 },
      });
      // Monday 06:00 in Vietnam while it is still Sunday in UTC.
      expect(openingStatus(officeHours, vietnam, at('2026-11-29T23:00:00Z'))).to.deep.equal({
        open: false,
        next: { weekday: 'mo', time: '07:30', inDays: 0 },
      });
    });

    it('is closed over a lunch break and opens again the same day', () => {
      expect(openingStatus(withLunch, vietnam, at('2026-11-27T04:00:00Z'))).to.deep.equal({
        open: true,
        until: { weekday: 'fr', time: '11:30', inDays: 0 },
      });
      expect(openingStatus(withLunch, vietnam, at('2026-11-27T05:00:00Z'))).to.deep.equal({
        open: false,
        next: { weekday: 'fr', time: '13:30', inDays: 0 },
      });
      expect(openingStatus(withLunch, vietnam, at('2026-11-27T07:00:00Z'))).to.deep.equal({
        open: true,
        until: { weekday: 'fr', time: '17:00', inDays: 0 },
      });
    });

    it('finds an opening up to a full week ahead', () => {
      const saturdayMornings: OpeningHours[] = [{ days: ['sa'], opens: '08:00', closes: '12:00' }];
      // Friday 10:00.
      expect(openingStatus(saturdayMornings, vietnam, at('2026-11-27T03:00:00Z'))).to.deep.equal({
        open: false,
        next: { weekday: 'sa', time: '08:00', inDays: 1 },
      });
      // Saturday 13:00: the next Saturday.
      expect(openingStatus(saturdayMornings, vietnam, at('2026-11-28T06:00:00Z'))).to.deep.equal({
        open: false,
        next: { weekday: 'sa', time: '08:00', inDays: 7 },
      });
    });

    it('works in a zone with daylight saving', () => {
      // Thursday 22:00 in New York (EST, UTC−5) is Friday 03:00 UTC.
      const evenings: OpeningHours[] = [{ days: ['th'], opens: '18:00', closes: '23:00' }];
      expect(openingStatus(evenings, 'America/New_York', at('2026-11-27T03:00:00Z'))).to.deep.equal({
        open: true,
        until: { weekday: 'th', time: '23:00', inDays: 0 },
      });
    });

    it('reads closes "24:00" as midnight and joins it to a range from 00:00 the next day', () => {
      const lateFriday: OpeningHours[] = [{ days: ['fr'], opens: '18:00', closes: '24:00' }];
      // Friday 23:00.
      expect(openingStatus(lateFriday, vietnam, at('2026-11-27T16:00:00Z'))).to.deep.equal({
        open: true,
        until: { weekday: 'fr', time: '24:00', inDays: 0 },
      });
      const intoSaturday = [...lateFriday, { days: ['sa'] as Weekday[], opens: '00:00', closes: '02:00' }];
      expect(openingStatus(intoSaturday, vietnam, at('2026-11-27T16:00:00Z'))).to.deep.equal({
        open: true,
        until: { weekday: 'sa', time: '02:00', inDays: 1 },
      });
    });

    it('runs a range that closes before it opens past midnight, also from Sunday into Monday', () => {
      const nights: OpeningHours[] = [{ days: ['su'], opens: '22:00', closes: '02:00' }];
      // Sunday 23:00.
      expect(openingStatus(nights, vietnam, at('2026-11-29T16:00:00Z'))).to.deep.equal({
        open: true,
        until: { weekday: 'mo', time: '02:00', inDays: 1 },
      });
      // Monday 01:00.
      expect(openingStatus(nights, vietnam, at('2026-11-29T18:00:00Z'))).to.deep.equal({
        open: true,
        until: { weekday: 'mo', time: '02:00', inDays: 0 },
      });
      // Monday 02:00: closed until next Sunday.
      expect(openingStatus(nights, vietnam, at('2026-11-29T19:00:00Z'))).to.deep.equal({
        open: false,
        next: { weekday: 'su', time: '22:00', inDays: 6 },
      });
      // Sunday night continuing with Monday morning counts as one opening.
      const withMonday = [...nights, { days: ['mo'] as Weekday[], opens: '02:00', closes: '05:00' }];
      expect(openingStatus(withMonday, vietnam, at('2026-11-29T16:00:00Z'))).to.deep.equal({
        open: true,
        until: { weekday: 'mo', time: '05:00', inDays: 1 },
      });
    });

    it('merges overlapping ranges', () => {
      const overlapping: OpeningHours[] = [
        { days: ['fr'], opens: '08:00', closes: '12:00' },
        { days: ['fr', 'fr'], opens: '11:00', closes: '14:00' },
      ];
      expect(openingStatus(overlapping, vietnam, at('2026-11-27T02:00:00Z'))).to.deep.equal({
        open: true,
        until: { weekday: 'fr', time: '14:00', inDays: 0 },
      });
    });

    it('is open with no end when the hours cover the whole week', () => {
      const always: OpeningHours[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }];
      expect(openingStatus(always, vietnam, at('2026-11-27T03:00:00Z'))).to.deep.equal({ open: true });
    });

    it('says nothing without hours, without a usable range, or without a known time zone', () => {
      const now = at('2026-11-27T03:00:00Z');
      expect(openingStatus(undefined, vietnam, now)).to.equal(undefined);
      expect(openingStatus([], vietnam, now)).to.equal(undefined);
      expect(openingStatus(officeHours, undefined, now)).to.equal(undefined);
      expect(openingStatus(officeHours, '', now)).to.equal(undefined);
      expect(openingStatus(officeHours, 'Mars/Olympus_Mons', now)).to.equal(undefined);
      const unusable: OpeningHours[] = [
        { days: ['fr'], opens: '25:00', closes: '26:00' },
        { days: ['fr'], opens: '09:00', closes: '09:00' },
        { days: ['fr'], opens: '9:00', closes: '17:00' },
      ];
      expect(openingStatus(unusable, vietnam, now)).to.equal(undefined);
    });

    it('ignores unusable ranges beside usable ones', () => {
      const mixed: OpeningHours[] = [{ days: ['fr'], opens: '07:60', closes: '17:00' }, ...officeHours];
      expect(openingStatus(mixed, vietnam, at('2026-11-27T03:00:00Z'))).to.deep.equal({
        open: true,
        until: { weekday: 'fr', time: '17:00', inDays: 0 },
      });
    });
  });

  describe('describeStatus', () => {
    it('picks the sentence for each status', () => {
      expect(describeStatus({ open: true })).to.deep.equal({ key: 'openAlways' });
      expect(describeStatus({ open: true, until: { weekday: 'fr', time: '17:00', inDays: 0 } })).to.deep.equal({
        key: 'openUntil',
        weekday: 'fr',
        time: '17:00',
        inDays: 0,
      });
      expect(describeStatus({ open: false, next: { weekday: 'fr', time: '13:30', inDays: 0 } })).to.deep.equal({
        key: 'closedOpensToday',
        weekday: 'fr',
        time: '13:30',
        inDays: 0,
      });
      expect(describeStatus({ open: false, next: { weekday: 'sa', time: '08:00', inDays: 1 } })).to.deep.equal({
        key: 'closedOpensTomorrow',
        weekday: 'sa',
        time: '08:00',
        inDays: 1,
      });
      expect(describeStatus({ open: false, next: { weekday: 'mo', time: '07:30', inDays: 3 } })).to.deep.equal({
        key: 'closedOpens',
        weekday: 'mo',
        time: '07:30',
        inDays: 3,
      });
      expect(describeStatus({ open: false })).to.deep.equal({ key: 'closed' });
    });

    it('describes a real status from the clock', () => {
      const status = openingStatus(withLunch, vietnam, at('2026-11-27T05:00:00Z'));
      expect(describeStatus(status!)).to.deep.equal({ key: 'closedOpensToday', weekday: 'fr', time: '13:30', inDays: 0 });
    });
  });
});
