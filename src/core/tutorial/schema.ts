/**
 * The tutorial file format (format 1) as a valibot schema: the one source of truth for the
 * TypeScript types (`types.ts`), the shape checks of `validateTutorial()` and the generated
 * `schema/tutorial.schema.json` (`scripts/build-schema.mjs`).
 *
 * The editor hover text of every field (descriptions, examples) lives in `schema-docs.ts`,
 * which only the schema build reads: every browser that checks a tutorial downloads this
 * file, and none of them shows that text. The build fails when the two disagree.
 *
 * Validation messages here are not shown to anyone: each one is a {@link Rule} key that
 * `shape-words.ts` turns into plain words with the field's context.
 */
import * as v from 'valibot';
import { MAX_ID_LENGTH } from './limits.js';

/** What a failed check in this schema means; `shape-words.ts` words each one. @internal */
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

const rule = (key: Rule): Rule => key;

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

const LanguageTagSchema = v.pipe(
  v.string(),
  v.regex(LANGUAGE_TAG_PATTERN, rule('lang')),
  v.check(isLanguageTag, rule('lang')),
);

/**
 * A record keyed by language tag. valibot's `record` takes any object, a list too, so an empty
 * list `[]` would pass as a text with no words (and an image's alt text); the JSON Schema says
 * `object`, which a list is not. The record made here refuses lists as the schema does.
 */
function byLanguage<const T extends v.GenericSchema<string, string>>(value: T) {
  const record = v.record(LanguageTagSchema, value);
  const refusingLists: typeof record = {
    ...record,
    '~run'(dataset, config) {
      if (!Array.isArray(dataset.value)) return record['~run'](dataset, config);
      v._addIssue(this, 'type', dataset, config);
      return dataset as unknown as ReturnType<(typeof record)['~run']>;
    },
  };
  return refusingLists;
}

/** Translations keyed by language tag. */
const TranslationsSchema = byLanguage(v.string());

/**
 * Text a citizen reads: a plain string in the tutorial's `lang`, or translations keyed by
 * BCP 47 language tag. Fields are recognised as `Text` by this very object, so use it as it
 * is (or in `v.optional(TextSchema)`), never copy it.
 */
export const TextSchema = v.union([v.string(), TranslationsSchema]);

const idSchema = () => v.pipe(v.string(), v.regex(ID_PATTERN, rule('id')), v.maxLength(MAX_ID_LENGTH, rule('id-length')));

const stepReference = () => v.nullable(v.string());

const positiveWholeNumber = () => v.pipe(v.number(), v.integer(rule('whole-number')), v.gtValue(0, rule('positive')));

const notEmpty = () => v.pipe(v.string(), v.nonEmpty(rule('not-empty')));

// Every part stays a pipe around its object, as it was while it carried its descriptions:
// tools and tests read a part's fields at `pipe[0].entries`.
const part = <const T extends v.ObjectEntries>(entries: T) => v.pipe(v.object(entries));

/** The days of the week, as the two-letter codes opening hours use. */
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

/** When a help channel is open on some days of the week. */
export const OpeningHoursSchema = part({
  days: v.pipe(v.array(v.picklist(WEEKDAYS)), v.minLength(1, rule('at-least-one'))),
  opens: v.pipe(v.string(), v.regex(TIME_PATTERN, rule('time'))),
  closes: v.pipe(v.string(), v.regex(CLOSING_TIME_PATTERN, rule('closing-time'))),
});

/** The ways a citizen can reach a person. */
export const HELP_CHANNEL_TYPES = ['phone', 'sms', 'email', 'chat', 'link', 'desk'] as const;

/** One way to reach a person: a hotline, an email address, a ward desk… */
export const HelpChannelSchema = part({
  type: v.picklist(HELP_CHANNEL_TYPES),
  label: TextSchema,
  value: notEmpty(),
  map: v.optional(v.string()),
  hours: v.optional(v.array(OpeningHoursSchema)),
});

/** How a citizen can get help from a person, with a tutorial or one step. */
export const HelpSchema = part({
  channels: v.array(HelpChannelSchema),
  timezone: v.optional(v.pipe(v.string(), v.check(isTimeZone, rule('timezone')))),
});

/** A picture that shows a step. */
export const ImageSchema = part({
  src: notEmpty(),
  alt: TextSchema,
  decorative: v.optional(v.boolean()),
  width: v.optional(positiveWholeNumber()),
  height: v.optional(positiveWholeNumber()),
});

/**
 * Recordings of a step read aloud, one file per language, for languages with no synthetic
 * voice (Hmong, Tày, Khmer…): a path next to the tutorial or an `https:` address.
 */
export const AudioSchema = byLanguage(notEmpty());

/** One answer to a step's question: a button that goes to a step. */
export const ChoiceSchema = part({
  label: TextSchema,
  next: stepReference(),
});

/** The action on a tour step's target that moves on to the next step. */
export const ADVANCE_EVENTS = ['change', 'input', 'click'] as const;

/** For tours: move on when the citizen acts on the step's target. */
export const AdvanceOnSchema = part({
  event: v.picklist(ADVANCE_EVENTS),
});

/** One screen of a tutorial: one thing for the citizen to do. */
export const StepSchema = part({
  id: idSchema(),
  title: TextSchema,
  body: v.optional(TextSchema),
  image: v.optional(ImageSchema),
  audio: v.optional(AudioSchema),
  tip: v.optional(TextSchema),
  warning: v.optional(TextSchema),
  choices: v.optional(v.pipe(v.array(ChoiceSchema), v.minLength(1, rule('at-least-one')))),
  next: v.optional(stepReference()),
  target: v.optional(notEmpty()),
  advanceOn: v.optional(AdvanceOnSchema),
  help: v.optional(HelpSchema),
});

/** A whole tutorial file, format 1. */
export const TutorialSchema = part({
  $schema: v.optional(v.string()),
  format: v.literal(1),
  id: idSchema(),
  revision: positiveWholeNumber(),
  lang: LanguageTagSchema,
  title: TextSchema,
  summary: v.optional(TextSchema),
  minutes: v.optional(v.pipe(v.number(), v.gtValue(0, rule('positive')))),
  requirements: v.optional(v.array(TextSchema)),
  completion: v.optional(TextSchema),
  help: v.optional(HelpSchema),
  steps: v.pipe(v.array(StepSchema), v.minLength(1, rule('at-least-one'))),
});
