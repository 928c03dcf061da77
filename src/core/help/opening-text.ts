import { describeStatus, openingStatus } from './hours.js';
import { uiLanguage, type Translate } from '../i18n/index.js';
import type { OpeningHours, Weekday } from '../tutorial/index.js';

/** Whether a channel is open, as the sentence the citizen reads and whether it is open now. */
export interface OpeningText {
  open: boolean;
  text: string;
}

const weekdays: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/**
 * "Open now, until 17:00" or "Closed now. Opens Monday at 07:30" for a channel's hours, read on
 * the wall clock of `timeZone` (never the device's), in the citizen's language: day names come
 * from `Intl` in `locale`, times are `HH:MM` on the 24-hour clock (how offices in Vietnam write
 * their hours) with the locale's digits. `undefined` when there is nothing reliable to say: no
 * hours, or no known time zone.
 */
export function openingText(
  hours: readonly OpeningHours[] | undefined,
  timeZone: string | undefined,
  now: Date,
  locale: string,
  t: Translate,
): OpeningText | undefined {
  const status = openingStatus(hours, timeZone, now);
  if (!status) return undefined;
  const description = describeStatus(status);
  if (description.key === 'openAlways' || description.key === 'closed') {
    return { open: status.open, text: t(`help.${description.key}`) };
  }
  const text = t(`help.${description.key}`, {
    time: clockTime(description.time, locale),
    day: weekdayName(description.weekday, locale),
  });
  return { open: status.open, text };
}

/** `'mo'` → "Monday" / "Thứ Hai", from `Intl` for the citizen's language. */
export function weekdayName(weekday: Weekday, locale: string): string {
  // 1 January 2024 was a Monday; formatting in UTC keeps every device on that day.
  const date = new Date(Date.UTC(2024, 0, 1 + weekdays.indexOf(weekday), 12));
  return format(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** `'07:30'` → "07:30" with the locale's digits and separator; `'24:00'` stays as editors write it. */
export function clockTime(time: string, locale: string): string {
  const match = /^(\d\d):(\d\d)$/.exec(time);
  if (!match || match[1] === '24') return time;
  const date = new Date(Date.UTC(2024, 0, 1, Number(match[1]), Number(match[2])));
  return format(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(date);
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${locale} ${JSON.stringify(options)}`;
  let found = formats.get(id);
  if (!found) {
    try {
      found = new Intl.DateTimeFormat(locale, options);
    } catch {
      // A tag Intl rejects (it came from a page's lang attribute): the engine's default will do.
      found = new Intl.DateTimeFormat(undefined, options);
    }
    formats.set(id, found);
  }
  return found;
}

/** The citizen's language for `Intl` when it knows it, else the language the UI text is in. */
export function intlLocale(lang: string): string {
  try {
    if (Intl.DateTimeFormat.supportedLocalesOf([lang]).length) return lang;
  } catch {
    // Not a well-formed tag.
  }
  return uiLanguage(lang);
}
