import type { HelpChannel } from '../tutorial/types.js';

/** What a help link may carry besides the channel itself. */
export interface ChannelLinkOptions {
  /** The reference code to pass on (`445M-301V`), so the helper sees the step. */
  reference?: string;
  /** A short subject line in the citizen's language, for email and SMS. */
  subject?: string;
}

/** A phone number as written by editors: digits, an optional leading `+`, and separators. */
const phonePattern = /^\+?[\d\s().-]+$/;
/** An email address with nothing that could add headers or another recipient to a mailto: link. */
const emailPattern = /^[^\s@?&#%:;,/\\<>"()[\]]+@[^\s@?&#%:;,/\\<>"()[\]]+$/;

/**
 * The `href` of the action for a help channel, or `undefined` when the channel gives nothing safe
 * to link to (the UI then shows the value as text):
 *
 * - `phone` → `tel:+842412345678` (spaces, dots, hyphens and brackets removed; `+` kept);
 * - `sms` → `sms:19000000`, with `?body=` holding the subject and reference when given;
 * - `email` → `mailto:address`, with `?subject=` holding the subject and the reference;
 * - `chat`, `link` → the address, only when it is `https:`;
 * - `desk` → the channel's `map`, only when it is `https:`.
 *
 * A phone value with words in it ("1900 0000, press 2") gets no link, because a dialler would
 * call the wrong number. Texts are encoded with `encodeURIComponent` (spaces as `%20`, which
 * every mail app reads; `+` would show literally in some).
 */
export function channelHref(channel: HelpChannel, options: ChannelLinkOptions = {}): string | undefined {
  const message = messageText(options);
  const query = (name: string) => (message ? `?${name}=${encodeURIComponent(message)}` : '');
  switch (channel.type) {
    case 'phone': {
      const number = dialable(channel.value);
      return number && `tel:${number}`;
    }
    case 'sms': {
      const number = dialable(channel.value);
      return number && `sms:${number}${query('body')}`;
    }
    case 'email': {
      const address = channel.value.trim();
      return emailPattern.test(address) ? `mailto:${address}${query('subject')}` : undefined;
    }
    case 'chat':
    case 'link':
      return httpsUrl(channel.value);
    case 'desk':
      return channel.map === undefined ? undefined : httpsUrl(channel.map);
    default:
      return undefined;
  }
}

/**
 * A phone number grouped for reading aloud and for reading on screen. Simple, predictable rules:
 *
 * 1. A number the editor already grouped (with spaces, dots or hyphens) keeps that grouping, with
 *    the separators shown as single spaces: `1900 1234` stays, `024.3825.1234` → `024 3825 1234`.
 * 2. Anything that is not just digits (with an optional leading `+`) is returned as written.
 * 3. Up to 5 digits stay whole (`113`, `1022`).
 * 4. `1800…`/`1900…` service numbers: `1900`, then the rest by rule 5 (`1900 1234`,
 *    `1900 545 482`).
 * 5. Other numbers are cut into groups of 4, with groups of 3 in front when the length does not
 *    divide by 4: 10 digits → 3 3 4 (`024 123 4567`), 11 → 3 4 4, 9 → 3 3 3, 7 → 3 4.
 * 6. `+84…`: `+84`, then the national number by rule 5 without its leading 0
 *    (`+84 24 123 4567`). Other international numbers are returned as written.
 */
export function groupPhoneNumber(value: string): string {
  const written = value.trim().replace(/\s+/g, ' ');
  if (!/^\+?\d+$/.test(written)) {
    return phonePattern.test(written) && /[\s.-]/.test(written) ? written.replace(/[\s.-]+/g, ' ') : written;
  }
  if (written.startsWith('+84')) return `+84 ${groupDigits(`0${written.slice(3)}`).slice(1).trim()}`;
  if (written.startsWith('+')) return written;
  if (written.length > 5 && /^1[89]00/.test(written)) return `${written.slice(0, 4)} ${groupDigits(written.slice(4))}`;
  return groupDigits(written);
}

/** Rules 3 and 5 of {@link groupPhoneNumber}. */
function groupDigits(digits: string): string {
  if (digits.length <= 5) return digits;
  const groups = Math.ceil(digits.length / 4);
  const threes = groups * 4 - digits.length;
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < groups; i++) {
    const size = i < threes ? 3 : 4;
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join(' ');
}

/** `Cần trợ giúp (445M-301V)`: the subject, with the reference in brackets after it. */
function messageText({ subject, reference }: ChannelLinkOptions): string {
  if (subject && reference) return `${subject} (${reference})`;
  return subject || reference || '';
}

/** The number a dialler needs: digits and a leading `+`, or `undefined` if it is not a number. */
function dialable(value: string): string | undefined {
  const trimmed = value.trim();
  if (!phonePattern.test(trimmed)) return undefined;
  const number = trimmed.replace(/[^\d+]/g, '');
  return /^\+?\d{3,}$/.test(number) ? number : undefined;
}

function httpsUrl(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
