/** Every text a citizen reads in a tutorial, in every language, with the path where it is. */
/** A step in a path: an object key or an array index. */
export type PathSegment = string | number;

/** One translation of one text. */
export interface PlacedText {
  /** Where the text is: `['steps', 2, 'body']`. */
  path: PathSegment[];
  /** The language key (`en`), or undefined for a plain string (in the tutorial's `lang`). */
  key: string | undefined;
  lang: string;
  text: string;
  /** Which field it is: `title`, `body`, `tip`, `warning`, `label`, `alt`, `summary`… */
  field: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function* translations(value: unknown, path: PathSegment[], field: string, mainLang: string): Generator<PlacedText> {
  if (typeof value === 'string') yield { path, key: undefined, lang: mainLang, text: value, field };
  else if (isRecord(value)) {
    for (const [key, text] of Object.entries(value)) if (typeof text === 'string') yield { path, key, lang: key, text, field };
  }
}

/** The tutorial's texts in reading order: its own, then each step's. Never throws on bad data. */
export function* tutorialTexts(data: unknown): Generator<PlacedText> {
  if (!isRecord(data)) return;
  const lang = typeof data.lang === 'string' ? data.lang : 'vi';
  for (const field of ['title', 'summary'] as const) yield* translations(data[field], [field], field, lang);
  if (Array.isArray(data.requirements)) {
    for (const [i, r] of data.requirements.entries()) yield* translations(r, ['requirements', i], 'requirement', lang);
  }
  if (!Array.isArray(data.steps)) return;
  for (const [i, step] of data.steps.entries()) {
    if (!isRecord(step)) continue;
    for (const field of ['title', 'body', 'tip', 'warning'] as const) yield* translations(step[field], ['steps', i, field], field, lang);
    if (isRecord(step.image)) yield* translations(step.image.alt, ['steps', i, 'image', 'alt'], 'alt', lang);
    if (Array.isArray(step.choices)) {
      for (const [c, choice] of step.choices.entries()) {
        if (isRecord(choice)) yield* translations(choice.label, ['steps', i, 'choices', c, 'label'], 'label', lang);
      }
    }
  }
  yield* translations(data.completion, ['completion'], 'completion', lang);
}
