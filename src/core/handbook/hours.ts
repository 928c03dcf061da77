/**
 * Opening hours in words for paper, where "Open now" means nothing: "Monday to Friday,
 * 07:30–11:30 and 13:30–17:00; Saturday, 07:30–11:30".
 */
import { clockTime, weekdayName } from '../help/index.js';
import type { OpeningHours, Weekday } from '../tutorial/types.js';
import type { HandbookTranslate } from './i18n.js';

const weekdays: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** Days in a row (Monday first) that share the same times. */
export interface HoursGroup {
  /** The days, in week order, without a gap: `['mo', 'tu', 'we', 'th', 'fr']`. */
  days: Weekday[];
  /** The times of each of those days, earliest first, as written: `[['07:30', '17:00']]`. */
  times: [opens: string, closes: string][];
}

const clock = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/**
 * Groups the hours of a channel by days in a row with the same times, Monday to Sunday. A day
 * with no usable range (closed) belongs to no group. Ranges are kept as written (one that
 * closes before it opens runs past midnight); a range repeated on one day counts once.
 */
export function weeklyHours(hours: readonly OpeningHours[] | undefined): HoursGroup[] {
  const perDay = weekdays.map((day) => {
    const times = new Map<string, [string, string]>();
    for (const range of hours ?? []) {
      if (!range.days.includes(day) || !clock.test(range.opens) || !clock.test(range.closes)) continue;
      if (range.opens === range.closes || range.opens === '24:00') continue;
      times.set(`${range.opens}-${range.closes}`, [range.opens, range.closes]);
    }
    return [...times.values()].sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
  });
  const groups: HoursGroup[] = [];
  const key = (times: [string, string][]) => times.map((t) => t.join('-')).join(' ');
  perDay.forEach((times, i) => {
    if (times.length === 0) return;
    const last = groups[groups.length - 1];
    if (last && last.days[last.days.length - 1] === weekdays[i - 1] && key(last.times) === key(times)) last.days.push(weekdays[i]!);
    else groups.push({ days: [weekdays[i]!], times });
  });
  return groups;
}

/**
 * {@link weeklyHours} as lines of words in the reader's language: "Monday to Friday,
 * 07:30–17:00", "Every day, 07:00–21:00". Day names come from `Intl` in `locale`.
 */
export function hoursInWords(hours: readonly OpeningHours[] | undefined, locale: string, t: HandbookTranslate): string[] {
  return weeklyHours(hours).map(({ days, times }) => {
    const name = (day: Weekday) => weekdayName(day, locale);
    const first = name(days[0]!);
    const last = name(days[days.length - 1]!);
    const dayWords =
      days.length === 7
        ? t('handbook.everyDay')
        : days.length === 1
          ? first
          : days.length === 2
            ? t('handbook.and', { first, second: last })
            : t('handbook.days', { from: first, to: last });
    const ranges = times.map(([opens, closes]) => `${clockTime(opens, locale)}–${clockTime(closes, locale)}`);
    const timeWords = ranges.reduce((all, range) => t('handbook.and', { first: all, second: range }));
    return t('handbook.hoursLine', { days: dayWords, times: timeWords });
  });
}
