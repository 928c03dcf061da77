/**
 * The tutorial's help from a person: ways to reach a helper (a hotline, a ward desk…), each
 * with its opening hours, and the time zone those hours are in. The ward's own hours are the
 * usual case, so a new channel is a phone line and new hours are the working week.
 */
import { WEEKDAYS, type HELP_CHANNEL_TYPES } from '../../index.js';
import { getIn, setIn } from './path.js';
import type { Draft, DraftRecord } from './types.js';

export type ChannelType = (typeof HELP_CHANNEL_TYPES)[number];
export type Weekday = (typeof WEEKDAYS)[number];

/** One opening period of a channel, as the draft holds it. */
export interface DraftHours extends DraftRecord {
  readonly days?: readonly Weekday[];
  readonly opens?: string;
  readonly closes?: string;
}

/** One way to reach a helper, as the draft holds it. */
export interface DraftChannel extends DraftRecord {
  readonly type?: ChannelType;
  readonly value?: string;
  readonly map?: string;
  readonly hours?: readonly DraftHours[];
}

/** The time zone of Vietnam, where most portals using guidepost are. */
export const DEFAULT_TIMEZONE = 'Asia/Ho_Chi_Minh';

/** The ways to get help written so far. */
export function channelsOf(draft: Draft): readonly DraftChannel[] {
  const channels = getIn(draft, ['help', 'channels']);
  return Array.isArray(channels) ? (channels as DraftChannel[]) : [];
}

const withChannels = (draft: Draft, channels: readonly DraftChannel[]): Draft => {
  if (channels.length > 0) return setIn(draft, ['help', 'channels'], channels);
  // No way to get help left: the tutorial's help goes, unless it holds more than channels.
  const rest = { ...((draft.help as DraftRecord | undefined) ?? {}) };
  delete rest.channels;
  delete rest.timezone;
  return setIn(draft, ['help'], Object.keys(rest).length > 0 ? { ...rest, channels: [] } : undefined);
};

/** Adds a phone line at the end; the time zone is set to Vietnam's when there is none. */
export function addChannel(draft: Draft): { draft: Draft; index: number } {
  const channels = channelsOf(draft);
  let next = withChannels(draft, [...channels, { type: 'phone', label: '', value: '' }]);
  if (getIn(next, ['help', 'timezone']) === undefined) next = setIn(next, ['help', 'timezone'], DEFAULT_TIMEZONE);
  return { draft: next, index: channels.length };
}

/** Removes channel `index`. */
export function deleteChannel(draft: Draft, index: number): Draft {
  return withChannels(draft, channelsOf(draft).filter((_, i) => i !== index));
}

/** Changes what kind of channel `index` is; a map link only belongs to a desk. */
export function setChannelType(draft: Draft, index: number, type: ChannelType): Draft {
  const channel = { ...channelsOf(draft)[index], type };
  if (type !== 'desk') delete channel.map;
  return setIn(draft, ['help', 'channels', index], channel);
}

/** The working week, 07:30 to 17:00: the hours of most ward offices. */
const WORKING_WEEK: DraftHours = { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '07:30', closes: '17:00' };

/** Adds an opening period to channel `index`. */
export function addHours(draft: Draft, index: number): { draft: Draft; period: number } {
  const hours = channelsOf(draft)[index]?.hours ?? [];
  return { draft: setIn(draft, ['help', 'channels', index, 'hours'], [...hours, WORKING_WEEK]), period: hours.length };
}

/** Removes opening period `period` of channel `index`; no periods left means no hours. */
export function deleteHours(draft: Draft, index: number, period: number): Draft {
  const hours = (channelsOf(draft)[index]?.hours ?? []).filter((_, i) => i !== period);
  return setIn(draft, ['help', 'channels', index, 'hours'], hours.length > 0 ? hours : undefined);
}

/** Ticks or unticks `day` in an opening period; days stay in the week's order. */
export function setDay(draft: Draft, index: number, period: number, day: Weekday, open: boolean): Draft {
  const days = channelsOf(draft)[index]?.hours?.[period]?.days ?? [];
  const chosen = new Set<Weekday>(days.filter((d) => WEEKDAYS.includes(d)));
  if (open) chosen.add(day);
  else chosen.delete(day);
  return setIn(draft, ['help', 'channels', index, 'hours', period, 'days'], WEEKDAYS.filter((d) => chosen.has(d)));
}
