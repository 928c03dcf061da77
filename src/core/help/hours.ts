import type { OpeningHours, Weekday } from '../tutorial/types.js';

/**
 * A moment in the channel's own week, as the UI shows it: `weekday` `'mo'`…`'su'`, `time`
 * `'HH:MM'` on the 24-hour clock (`'24:00'` when something ends at midnight, as editors write
 * it), and `inDays`, how many days after today in the channel's time zone (0 today, 1 tomorrow,
 * up to 7 for the same weekday next week).
 */
export interface WeekTime {
  weekday: Weekday;
  time: string;
  inDays: number;
}

/**
 * Whether a help channel is open now. When open, `until` is when this opening ends (absent when
 * it never closes). When closed, `next` is the next opening, at most 7 days ahead.
 */
export interface OpeningStatus {
  open: boolean;
  until?: WeekTime;
  next?: WeekTime;
}

/**
 * The sentence the UI should show for an {@link OpeningStatus}, as structured data. `key` is
 * the UI string under `help.` in `locales/` (for example `help.openUntil`, "Open now, until
 * {{time}}"); the element turns `weekday` into a day name and `time` into the citizen's
 * clock with `Intl`.
 */
export type StatusDescription =
  | { key: 'openAlways' }
  | ({ key: 'openUntil' } & WeekTime)
  | ({ key: 'closedOpensToday' | 'closedOpensTomorrow' | 'closedOpens' } & WeekTime)
  | { key: 'closed' };

const weekdays: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const englishWeekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const day = 24 * 60;
const week = 7 * day;

/** A stretch of the week in minutes from Monday 00:00; `end` may pass `week` to wrap round. */
interface Opening {
  start: number;
  end: number;
}

/**
 * Says whether a channel is open at `now`, reading its hours on the wall clock of `timeZone`
 * (never the device's zone: a citizen abroad or with a wrong phone setting still gets the
 * office's hours).
 *
 * Returns `undefined`, so the UI says nothing about being open rather than something wrong,
 * when there are no hours (the format reads that as "always open"), when no range is usable,
 * or when `timeZone` is missing or not a zone this engine knows. Guessing UTC or the device's
 * zone would put a Vietnamese office seven hours off.
 *
 * Ranges on one day may leave gaps (a lunch break). `closes: '24:00'` ends at midnight, and a
 * range that ends at midnight joins one that starts at 00:00 the next day. A `closes` earlier
 * than `opens` runs past midnight into the next day. A range that closes when it opens is
 * empty. Times follow the local wall clock, so on a daylight-saving day an opening may be an
 * hour longer or shorter.
 *
 * @param now the current time; tests pass a fixed date.
 */
export function openingStatus(
  hours: readonly OpeningHours[] | undefined,
  timeZone: string | undefined,
  now: Date,
): OpeningStatus | undefined {
  if (!hours || hours.length === 0 || !timeZone) return undefined;
  const local = wallClock(now, timeZone);
  const openings = weekOpenings(hours);
  if (!local || openings.length === 0) return undefined;

  const minute = local.weekdayIndex * day + local.minutes;
  for (const { start, end } of openings) {
    const into = start <= minute && minute < end ? minute : minute + week;
    if (start <= into && into < end) {
      return end - start >= week ? { open: true } : { open: true, until: weekTime(local, end - into, true) };
    }
  }
  const ahead = Math.min(...openings.map(({ start }) => (start - minute + week) % week));
  return { open: false, next: weekTime(local, ahead, false) };
}

/**
 * Picks the sentence for a status: open round the clock, open until a time, or closed and
 * opening today, tomorrow or on a later weekday. A closed status with no next opening (which
 * {@link openingStatus} does not produce) is simply `closed`.
 */
export function describeStatus(status: OpeningStatus): StatusDescription {
  if (status.open) return status.until ? { key: 'openUntil', ...status.until } : { key: 'openAlways' };
  if (!status.next) return { key: 'closed' };
  const { inDays } = status.next;
  const key = inDays === 0 ? 'closedOpensToday' : inDays === 1 ? 'closedOpensTomorrow' : 'closedOpens';
  return { key, ...status.next };
}

/**
 * The moment `ahead` minutes after `local`. An end exactly at midnight reads as `24:00` of the
 * day before, the way editors write it.
 */
function weekTime(local: WallClock, ahead: number, isEnd: boolean): WeekTime {
  const fromMidnight = local.minutes + ahead;
  const atMidnight = isEnd && fromMidnight % day === 0;
  const inDays = atMidnight ? fromMidnight / day - 1 : Math.floor(fromMidnight / day);
  const clock = atMidnight ? day : fromMidnight % day;
  return { weekday: weekdays[(local.weekdayIndex + inDays) % 7]!, time: formatClock(clock), inDays };
}

/**
 * Every usable range as a stretch of the week, sorted and merged, so that back-to-back ranges
 * (`…–24:00` then `00:00–…`, even from Sunday into Monday) count as one opening.
 */
function weekOpenings(hours: readonly OpeningHours[]): Opening[] {
  const pieces: Opening[] = [];
  for (const range of hours) {
    const opens = parseClock(range.opens);
    const closes = parseClock(range.closes);
    if (opens === undefined || closes === undefined || opens === closes || opens === day) continue;
    const length = closes > opens ? closes - opens : closes + day - opens;
    for (const weekday of new Set(range.days)) {
      const index = weekdays.indexOf(weekday);
      if (index < 0) continue;
      const start = index * day + opens;
      const end = start + length;
      // Split at the end of the week so that every piece lies inside it.
      if (end <= week) pieces.push({ start, end });
      else pieces.push({ start, end: week }, { start: 0, end: end - week });
    }
  }
  pieces.sort((a, b) => a.start - b.start);
  const merged: Opening[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && piece.start <= last.end) last.end = Math.max(last.end, piece.end);
    else merged.push({ ...piece });
  }
  // An opening running into Sunday midnight continues with one starting Monday 00:00.
  const first = merged[0];
  const last = merged[merged.length - 1];
  if (first && last && merged.length > 1 && first.start === 0 && last.end === week) {
    last.end = week + first.end;
    merged.shift();
  }
  return merged;
}

/** `'07:30'` → 450; `'24:00'` → 1440; anything else → `undefined`. */
function parseClock(value: string): number | undefined {
  const match = /^(\d\d):(\d\d)$/.exec(value);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minutes <= day ? minutes : undefined;
}

function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

interface WallClock {
  /** 0 for Monday … 6 for Sunday. */
  weekdayIndex: number;
  /** Minutes since local midnight. */
  minutes: number;
}

const formats = new Map<string, Intl.DateTimeFormat | undefined>();

/** The weekday and time of day that a clock on the wall in `timeZone` shows at `now`. */
function wallClock(now: Date, timeZone: string): WallClock | undefined {
  let format = formats.get(timeZone);
  if (!formats.has(timeZone)) {
    try {
      // en-US with h23 gives fixed English weekday names and hours 00–23 in every engine.
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      format = undefined;
    }
    formats.set(timeZone, format);
  }
  if (!format) return undefined;
  const parts = format.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const weekdayIndex = englishWeekdays.indexOf(part('weekday'));
  // Some engines have printed midnight as "24" even with h23.
  const hour = Number(part('hour')) % 24;
  const minute = Number(part('minute'));
  if (weekdayIndex < 0 || Number.isNaN(hour) || Number.isNaN(minute)) return undefined;
  return { weekdayIndex, minutes: hour * 60 + minute };
}
