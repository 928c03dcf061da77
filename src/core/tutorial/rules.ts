/**
 * The rules of the tutorial format that are not shapes: what an id, a language code, a time or
 * a time zone must look like, and the fixed lists of options. Both the valibot schema
 * (`schema.ts`, for the validator and the JSON Schema) and the quick check a citizen's page
 * runs (`format.ts`, without valibot) use them from here, so they are written once.
 */

/** What a failed check of the format means; `shape-words.ts` words each one. @internal */
export type Rule =
  | 'id'
  | 'id-length'
  | 'lang'
  | 'timezone'
  | 'time'
  | 'closing-time'
  | 'positive'
  | 'whole-number'
  | 'at-least-one'
  | 'not-empty';

/** Lowercase letters, digits and single hyphens between them: `vneid-level-2`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** 24-hour `HH:MM`. */
export const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
/** Like {@link TIME_PATTERN}, plus `24:00` so a day can close at midnight. */
export const CLOSING_TIME_PATTERN = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
/** The rough shape of a BCP 47 tag, for editors; {@link isLanguageTag} is the real check. */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * Whether `tag` is a well-formed BCP 47 language tag written the canonical way (`vi`,
 * `zh-Hant`, `en-GB`): two spellings of one language would otherwise count as two languages.
 */
export function isLanguageTag(tag: string): boolean {
  // Cached: Intl is slow, and a file repeats its few language codes in every text.
  let known = knownTags.get(tag);
  if (known === undefined) {
    try {
      known = LANGUAGE_TAG_PATTERN.test(tag) && Intl.getCanonicalLocales(tag)[0] === tag;
    } catch {
      known = false;
    }
    // Bounded: a hostile file may hold thousands of made-up codes.
    if (knownTags.size < 1_000) knownTags.set(tag, known);
  }
  return known;
}

const knownTags = new Map<string, boolean>();
const knownTimeZones = new Map<string, boolean>();

/** Whether `name` is an IANA time zone the JavaScript engine knows (`Asia/Ho_Chi_Minh`). */
export function isTimeZone(name: string): boolean {
  let known = knownTimeZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      known = name.length > 0;
    } catch {
      known = false;
    }
    if (knownTimeZones.size < 1_000) knownTimeZones.set(name, known);
  }
  return known;
}


/** The days of the week, as the two-letter codes opening hours use. */
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

/** The ways a citizen can reach a person. */
export const HELP_CHANNEL_TYPES = ['phone', 'sms', 'email', 'chat', 'link', 'desk'] as const;

/** The action on a tour step's target that moves on to the next step. */
export const ADVANCE_EVENTS = ['change', 'input', 'click'] as const;
