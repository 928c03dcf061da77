/**
 * The tutorial file format (format 1) as a valibot schema: the one source of truth for the
 * TypeScript types (`types.ts`), the shape checks of `validateTutorial()` and the generated
 * `schema/tutorial.schema.json` (`scripts/build-schema.mjs`). Every field carries a
 * description because content editors read them as hover text in their editor.
 *
 * Validation messages here are not shown to anyone: each one is a {@link Rule} key that
 * `messages.ts` turns into plain words with the field's context.
 */
import * as v from 'valibot';

/** What a failed check in this schema means; `messages.ts` words each one. @internal */
export type Rule =
  | 'id'
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
    knownTags.set(tag, known);
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
    knownTimeZones.set(name, known);
  }
  return known;
}

const LanguageTagSchema = v.pipe(
  v.string(),
  v.regex(LANGUAGE_TAG_PATTERN, rule('lang')),
  v.check(isLanguageTag, rule('lang')),
);

/**
 * Text a citizen reads: a plain string in the tutorial's `lang`, or translations keyed by
 * BCP 47 language tag. Fields are recognised as `Text` by this very object, so wrap it in
 * `v.pipe(TextSchema, …)` or `v.optional(TextSchema)`, never copy it.
 */
export const TextSchema = v.union([
  v.pipe(v.string(), v.description('Text in the language of the tutorial ("lang").')),
  v.pipe(
    v.record(LanguageTagSchema, v.string()),
    v.description('Translations, one per language code, for example { "vi": "Tiếp tục", "en": "Continue" }.'),
  ),
]);

const text = (description: string, examples?: readonly v.InferOutput<typeof TextSchema>[]) =>
  examples ? v.pipe(TextSchema, v.description(description), v.examples(examples)) : v.pipe(TextSchema, v.description(description));

const MARKDOWN_NOTE =
  ' A little Markdown is allowed: a blank line between paragraphs, **bold**, *italic*, lists with "- " or "1. ", and [links](https://…) to https:, tel: and mailto: addresses.';

const idSchema = (description: string, examples: readonly string[]) =>
  v.pipe(v.string(), v.regex(ID_PATTERN, rule('id')), v.description(description), v.examples(examples));

const stepReference = (description: string) =>
  v.pipe(v.nullable(v.string()), v.description(description), v.examples(['install-app', null]));

const positiveWholeNumber = (description: string) =>
  v.pipe(v.number(), v.integer(rule('whole-number')), v.gtValue(0, rule('positive')), v.description(description));

/** The days of the week, as the two-letter codes opening hours use. */
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

/** When a help channel is open on some days of the week. */
export const OpeningHoursSchema = v.pipe(
  v.object({
    days: v.pipe(
      v.array(v.picklist(WEEKDAYS)),
      v.minLength(1, rule('at-least-one')),
      v.description('The days these hours apply to: "mo", "tu", "we", "th", "fr", "sa", "su".'),
      v.examples([['mo', 'tu', 'we', 'th', 'fr']]),
    ),
    opens: v.pipe(
      v.string(),
      v.regex(TIME_PATTERN, rule('time')),
      v.description('Opening time, 24-hour "HH:MM".'),
      v.examples(['07:30']),
    ),
    closes: v.pipe(
      v.string(),
      v.regex(CLOSING_TIME_PATTERN, rule('closing-time')),
      v.description('Closing time, 24-hour "HH:MM", later than the opening time. "24:00" means midnight.'),
      v.examples(['17:00']),
    ),
  }),
  v.title('OpeningHours'),
  v.description('Opening hours: on these days, from "opens" to "closes".'),
);

/** The ways a citizen can reach a person. */
export const HELP_CHANNEL_TYPES = ['phone', 'sms', 'email', 'chat', 'link', 'desk'] as const;

/** One way to reach a person: a hotline, an email address, a ward desk… */
export const HelpChannelSchema = v.pipe(
  v.object({
    type: v.pipe(
      v.picklist(HELP_CHANNEL_TYPES),
      v.description(
        'How to reach the helper: "phone" (a call), "sms", "email", "chat" or "link" (a web page), "desk" (a place to go in person).',
      ),
    ),
    label: text('The name of the channel as the citizen sees it.', [{ vi: 'Tổng đài', en: 'Hotline' }]),
    value: v.pipe(
      v.string(),
      v.nonEmpty(rule('not-empty')),
      v.description('The phone number, email address or https: address; for a desk, its street address.'),
      v.examples(['1900 0000', 'hotro@example.gov.vn', 'https://dichvucong.gov.vn']),
    ),
    map: v.optional(
      v.pipe(v.string(), v.description('For a desk: an https: link to a map of the place.'), v.examples(['https://maps.example.org/?q=ward'])),
    ),
    hours: v.optional(
      v.pipe(v.array(OpeningHoursSchema), v.description('When the channel is open. Leave it out if it is always open.')),
    ),
  }),
  v.title('HelpChannel'),
  v.description('One way to reach a person: a hotline, an email address, a ward desk…'),
);

/** How a citizen can get help from a person, with a tutorial or one step. */
export const HelpSchema = v.pipe(
  v.object({
    channels: v.pipe(v.array(HelpChannelSchema), v.description('The ways to reach a person, the most useful first.')),
    timezone: v.optional(
      v.pipe(
        v.string(),
        v.check(isTimeZone, rule('timezone')),
        v.description('The time zone of the opening hours, as an IANA name.'),
        v.examples(['Asia/Ho_Chi_Minh']),
      ),
    ),
  }),
  v.title('Help'),
  v.description('How the citizen can reach a person for help.'),
);

/** A picture that shows a step. */
export const ImageSchema = v.pipe(
  v.object({
    src: v.pipe(
      v.string(),
      v.nonEmpty(rule('not-empty')),
      v.description('Where the picture is: a path relative to the tutorial file, or an https: address.'),
      v.examples(['img/install.png']),
    ),
    alt: text(
      'What the picture shows, for people who cannot see it. Empty ("") only when "decorative" is true.',
      [{ vi: 'Biểu tượng ứng dụng VNeID trên màn hình điện thoại', en: 'The VNeID app icon on a phone screen' }],
    ),
    decorative: v.optional(
      v.pipe(v.boolean(), v.description('true when the picture adds nothing to the text; screen readers then skip it. Use it with "alt": "".')),
    ),
    width: v.optional(positiveWholeNumber('The width of the picture in pixels, so the page can keep room for it while it loads.')),
    height: v.optional(positiveWholeNumber('The height of the picture in pixels, so the page can keep room for it while it loads.')),
  }),
  v.title('Image'),
  v.description('A picture that shows a step.'),
);

/** One answer to a step's question: a button that goes to a step. */
export const ChoiceSchema = v.pipe(
  v.object({
    label: text('The text on the button.', [{ vi: 'Có', en: 'Yes' }]),
    next: stepReference('The id of the step this choice leads to, or null to finish the tutorial.'),
  }),
  v.title('Choice'),
  v.description('One answer button; it leads to its own step.'),
);

/** The action on a tour step's target that moves on to the next step. */
export const ADVANCE_EVENTS = ['change', 'input', 'click'] as const;

/** For tours: move on when the citizen acts on the step's target. */
export const AdvanceOnSchema = v.pipe(
  v.object({
    event: v.pipe(
      v.picklist(ADVANCE_EVENTS),
      v.description('Which action moves on: "change" (a field was changed), "input" (typing in a field) or "click".'),
    ),
  }),
  v.title('AdvanceOn'),
  v.description("For in-page tours: move on when the citizen acts on the step's target."),
);

/** One screen of a tutorial: one thing for the citizen to do. */
export const StepSchema = v.pipe(
  v.object({
    id: idSchema(
      'A short name for the step, unique in this tutorial: lowercase letters (a-z), digits and hyphens. "next" and choices use it.',
      ['install-app'],
    ),
    title: text('What this step asks the citizen to do, shown as its heading. One action per step.', [
      { vi: 'Cài ứng dụng VNeID', en: 'Install the VNeID app' },
    ]),
    body: v.optional(text(`The explanation of the step.${MARKDOWN_NOTE}`)),
    image: v.optional(v.pipe(ImageSchema, v.description('A picture that shows the step, such as a screenshot.'))),
    tip: v.optional(text(`A helpful hint, shown apart from the body.${MARKDOWN_NOTE}`)),
    warning: v.optional(text(`Something to be careful about, shown highlighted.${MARKDOWN_NOTE}`)),
    choices: v.optional(
      v.pipe(
        v.array(ChoiceSchema),
        v.minLength(1, rule('at-least-one')),
        v.description('Answers the citizen picks from, one button each; each leads to its own step. Use "choices" or "next", not both.'),
      ),
    ),
    next: v.optional(
      stepReference('The id of the step that comes next, or null to finish here. Without it, the next step in the list follows.'),
    ),
    target: v.optional(
      v.pipe(
        v.string(),
        v.nonEmpty(rule('not-empty')),
        v.description('For in-page tours: a CSS selector for the element of the portal page this step is about.'),
        v.examples(['#phone-number']),
      ),
    ),
    advanceOn: v.optional(
      v.pipe(AdvanceOnSchema, v.description('For in-page tours: move on by itself when the citizen acts on "target".')),
    ),
    help: v.optional(v.pipe(HelpSchema, v.description('Help that applies to this step in particular.'))),
  }),
  v.title('Step'),
  v.description('One screen of the tutorial: one thing for the citizen to do.'),
);

/** A whole tutorial file, format 1. */
export const TutorialSchema = v.pipe(
  v.object({
    $schema: v.optional(
      v.pipe(
        v.string(),
        v.description('Where your editor finds this schema, for completion and hover help. guidepost ignores it.'),
        v.examples(['../node_modules/guidepost/schema/tutorial.schema.json']),
      ),
    ),
    format: v.pipe(v.literal(1), v.description('The version of the tutorial file format: 1.')),
    id: idSchema(
      'A short name for the tutorial, unique on the portal: lowercase letters (a-z), digits and hyphens. Helpers see it in reference codes.',
      ['vneid-level-2'],
    ),
    revision: positiveWholeNumber(
      'A whole number (1, 2, 3…) you raise when the steps change meaningfully, so saved progress of an older revision is not resumed blindly.',
    ),
    lang: v.pipe(
      LanguageTagSchema,
      v.description('The language of plain (untranslated) texts in this file, as a BCP 47 code.'),
      v.examples(['vi', 'en', 'hmn']),
    ),
    title: text('The name of the tutorial, shown at the top.', [
      { vi: 'Kích hoạt tài khoản định danh mức 2', en: 'Activate a level-2 e-ID account' },
    ]),
    summary: v.optional(text('One or two sentences on what the tutorial helps to do, shown before the first step.')),
    minutes: v.optional(
      v.pipe(v.number(), v.gtValue(0, rule('positive')), v.description('About how many minutes the tutorial takes.'), v.examples([10])),
    ),
    requirements: v.optional(
      v.pipe(
        v.array(TextSchema),
        v.description('What the citizen needs before starting, one text per item.'),
        v.examples([[{ vi: 'Căn cước có gắn chip', en: 'A chip-based ID card' }]]),
      ),
    ),
    completion: v.optional(text('What the citizen reads after the last step. Without it, a standard message is shown.')),
    help: v.optional(v.pipe(HelpSchema, v.description('How the citizen can reach a person for help with this tutorial.'))),
    steps: v.pipe(
      v.array(StepSchema),
      v.minLength(1, rule('at-least-one')),
      v.description('The steps, in the order they run unless a step has "choices" or "next".'),
    ),
  }),
  v.title('Tutorial'),
  v.description('A guidepost tutorial: one file, format 1.'),
);

/**
 * Parts of the schema that become named `$defs` in the generated JSON Schema: the ones used
 * as list items. (Parts used through a field of their own are written in place, where the
 * field's description is.) @internal
 */
export const SCHEMA_DEFINITIONS = {
  Step: StepSchema,
  Choice: ChoiceSchema,
  HelpChannel: HelpChannelSchema,
  OpeningHours: OpeningHoursSchema,
} as const;
