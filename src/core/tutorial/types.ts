/**
 * The types of a tutorial file, derived from the valibot schema in `schema.ts` so the types,
 * the validator and the JSON Schema can never disagree.
 */
import type * as v from 'valibot';
import type {
  AdvanceOnSchema,
  ChoiceSchema,
  HelpChannelSchema,
  HelpSchema,
  ImageSchema,
  OpeningHoursSchema,
  StepSchema,
  TextSchema,
  TutorialSchema,
} from './schema.js';

/** A whole tutorial: one JSON file, format 1, after validation. */
export type Tutorial = v.InferOutput<typeof TutorialSchema>;

/** One screen of a tutorial: one thing for the citizen to do. */
export type Step = v.InferOutput<typeof StepSchema>;

/** One answer button of a step; `next` is a step id, or `null` to finish. */
export type Choice = v.InferOutput<typeof ChoiceSchema>;

/**
 * Text a citizen reads: a plain string in the tutorial's `lang`, or translations keyed by
 * BCP 47 language tag (`{ "vi": "Có", "en": "Yes" }`).
 */
export type Text = v.InferOutput<typeof TextSchema>;

/** A picture of a step; `alt` may be empty only when `decorative` is true. */
export type TutorialImage = v.InferOutput<typeof ImageSchema>;

/** The ways to reach a person for help, and the time zone their opening hours are in. */
export type Help = v.InferOutput<typeof HelpSchema>;

/** One way to reach a person: a hotline, an email address, a ward desk… */
export type HelpChannel = v.InferOutput<typeof HelpChannelSchema>;

/** How a help channel is reached: `'phone' | 'sms' | 'email' | 'chat' | 'link' | 'desk'`. */
export type HelpChannelType = HelpChannel['type'];

/** When a help channel is open: some weekdays, from `opens` to `closes` (`HH:MM`). */
export type OpeningHours = v.InferOutput<typeof OpeningHoursSchema>;

/** A day of the week as opening hours write it: `'mo' | 'tu' | … | 'su'`. */
export type Weekday = OpeningHours['days'][number];

/** For tours: which action on the step's target moves on (`change`, `input` or `click`). */
export type AdvanceOn = v.InferOutput<typeof AdvanceOnSchema>;
