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
import {
  ADVANCE_EVENTS,
  CLOSING_TIME_PATTERN,
  HELP_CHANNEL_TYPES,
  ID_PATTERN,
  isLanguageTag,
  isTimeZone,
  LANGUAGE_TAG_PATTERN,
  TIME_PATTERN,
  WEEKDAYS,
  type Rule,
} from './rules.js';

// The rules are in rules.ts, which loads without valibot (the quick check of format.ts uses
// them on a citizen's page); they are re-exported here, where the rest of the core finds them.
export {
  ADVANCE_EVENTS,
  CLOSING_TIME_PATTERN,
  HELP_CHANNEL_TYPES,
  ID_PATTERN,
  isLanguageTag,
  isTimeZone,
  LANGUAGE_TAG_PATTERN,
  TIME_PATTERN,
  WEEKDAYS,
  type Rule,
};

const rule = (key: Rule): Rule => key;

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

/** When a help channel is open on some days of the week. */
export const OpeningHoursSchema = part({
  days: v.pipe(v.array(v.picklist(WEEKDAYS)), v.minLength(1, rule('at-least-one'))),
  opens: v.pipe(v.string(), v.regex(TIME_PATTERN, rule('time'))),
  closes: v.pipe(v.string(), v.regex(CLOSING_TIME_PATTERN, rule('closing-time'))),
});

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
