import type { HelpChannel } from '../tutorial/index.js';

/** Help as tutorials write it: channels, and the time zone of their opening hours. */
export interface HelpLike {
  channels: readonly HelpChannel[];
  timezone?: string | undefined;
}

/** One place help comes from, most specific first: a step, a tutorial, the page, the portal. */
export interface HelpSource {
  help: HelpLike | undefined;
  /** The time zone to use when `help.timezone` is missing. */
  fallbackZone?: string | undefined;
  /** The language a plain-string label is written in. */
  lang: string;
}

/** A channel as `<gp-help>` lists it, with the zone its hours are read in. */
export interface ListedChannel {
  channel: HelpChannel;
  /** IANA zone of the channel's hours; without one no "Open now" is shown. */
  timeZone: string | undefined;
  /** The language a plain-string label is written in. */
  lang: string;
}

/**
 * Lists the channels of every source in order (the step's first, then the tutorial's, then the
 * page's, then the portal default), each with its own source's time zone. A channel that an
 * earlier source already lists (same type and the same number or address) is left out, so a
 * portal default that repeats a tutorial's hotline does not show it twice.
 */
export function listChannels(sources: readonly HelpSource[]): ListedChannel[] {
  const seen = new Set<string>();
  const listed: ListedChannel[] = [];
  for (const { help, fallbackZone, lang } of sources) {
    for (const channel of help?.channels ?? []) {
      const key = sameChannelKey(channel);
      if (seen.has(key)) continue;
      seen.add(key);
      listed.push({ channel, timeZone: help?.timezone ?? fallbackZone, lang });
    }
  }
  return listed;
}

/** `phone 19000000`: numbers compared without separators, addresses without case or spaces. */
function sameChannelKey({ type, value }: HelpChannel): string {
  const clean = type === 'phone' || type === 'sms' ? value.replace(/[^\d+]/g, '') : value.trim().replace(/\s+/g, ' ').toLowerCase();
  return `${type} ${clean}`;
}
