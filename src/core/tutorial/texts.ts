/**
 * Checks of every text a citizen reads: translations complete, nothing empty, images
 * described, and no unsafe links in the Markdown of `body`, `tip` and `warning`.
 *
 * The languages of a file are its `lang` plus every language used in any translations object.
 * A missing (or empty) translation is only a warning: the citizen still gets the tutorial, in
 * the tutorial's own language.
 */
import { findLinks, judgeHref, type HrefVerdict } from '../markdown/index.js';
import { placeOf, subject, valueAt, type Place } from './places.js';
import { problem, type FoundProblem, type PathSegment } from './problems.js';
import { isLanguageTag } from './schema.js';
import type { FoundText } from './walk.js';

const MARKDOWN_FIELDS = new Set(['body', 'tip', 'warning']);
const OPTIONAL_FIELDS = new Set(['summary', 'completion', 'body', 'tip', 'warning']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** A string with nothing but spaces; values of other types are wrong-type problems instead. */
const isBlank = (value: unknown) => typeof value === 'string' && value.trim() === '';

/** The languages of a file, its `lang` first, then in the order they first appear. */
export function languagesOf(data: unknown, texts: readonly FoundText[]): string[] {
  const languages = new Set<string>();
  const lang = isRecord(data) ? data['lang'] : undefined;
  if (typeof lang === 'string' && isLanguageTag(lang)) languages.add(lang);
  for (const text of texts) {
    if (!isRecord(text.value)) continue;
    // Badly written codes are reported once as invalid; counting them as languages would
    // add a missing-translation warning to every other text.
    for (const key of Object.keys(text.value)) if (isLanguageTag(key)) languages.add(key);
  }
  return [...languages];
}

/** Runs the text checks on every text the walk found. */
export function checkTexts(data: unknown, texts: readonly FoundText[]): FoundProblem[] {
  const problems: FoundProblem[] = [];
  const languages = languagesOf(data, texts);
  // With a badly written `lang`, plain texts have no known language to compare.
  const lang = languages[0] !== undefined && isRecord(data) && data['lang'] === languages[0] ? languages[0] : undefined;
  for (const text of texts) {
    // Named only when there is a problem to report: most texts have none.
    let named: { place: Place; subject: string } | undefined;
    const name = () => {
      if (named === undefined) {
        const place = placeOf(text.segments, data);
        named = { place, subject: subject(place) };
      }
      return named;
    };
    const isAlt = text.field === 'alt';
    const decorative = isAlt && valueAt(data, [...text.segments.slice(0, -1), 'decorative']) === true;
    const entries: [string | undefined, unknown][] = typeof text.value === 'string' ? [[lang, text.value]] : Object.entries(text.value as object);

    if (entries.every(([, value]) => isBlank(value))) {
      if (isAlt) {
        if (!decorative) problems.push(missingAlt(text.segments, name().place));
      } else {
        const remove = OPTIONAL_FIELDS.has(text.field) ? `, or remove "${text.field}"` : '';
        problems.push(problem('empty-text', text.segments, `${name().subject} is empty. Write the text${remove}.`));
      }
      continue;
    }
    problems.push(...translationProblems(text, () => name().subject, languages, lang));
    if (MARKDOWN_FIELDS.has(text.field)) {
      for (const [language, value] of entries) {
        if (typeof value !== 'string') continue;
        const segments = typeof text.value === 'string' || language === undefined ? text.segments : [...text.segments, language];
        for (const link of findLinks(value)) {
          if (link.safe) continue;
          const where = typeof text.value === 'string' ? name().subject : `${name().subject} (${language})`;
          problems.push(problem('unsafe-link', segments, unsafeLinkMessage(`${where} has a link to`, link.href, judgeHref(link.href))));
        }
      }
    }
  }
  return problems;
}

function translationProblems(text: FoundText, subjectOf: () => string, languages: readonly string[], lang: string | undefined): FoundProblem[] {
  const problems: FoundProblem[] = [];
  const value = text.value;
  for (const language of languages) {
    let words: string | undefined;
    if (typeof value === 'string') {
      if (lang !== undefined && language !== lang) {
        words = `is only in ${lang}, but this file also has ${language}. Write it as translations: { "${lang}": "…", "${language}": "…" }.`;
      }
    } else if (isRecord(value)) {
      if (!Object.hasOwn(value, language)) {
        words = `has no "${language}" translation. Add one, so people reading ${language} do not get another language.`;
      } else if (isBlank(value[language])) {
        words = `has an empty "${language}" translation. Fill it in, so people reading ${language} do not get another language.`;
      }
    }
    if (words !== undefined) problems.push(problem('missing-translation', [...text.segments, language], `${subjectOf()} ${words}`));
  }
  return problems;
}

/** The problem for an image with no usable alt text. */
export function missingAlt(segments: PathSegment[], place: Place): FoundProblem {
  const owner = place.owner === '' ? 'The tutorial' : place.owner;
  return problem('missing-alt', segments, `${owner} has an image without alt text. Describe the picture for people who cannot see it.`);
}

/** Says why an address is refused and what to write instead: `${start} "href", …`. */
export function unsafeLinkMessage(start: string, href: string, verdict: HrefVerdict): string {
  switch (verdict) {
    case 'http':
      return `${start} "${href}", which is not secure. Write "https:${href.slice(href.indexOf(':') + 1)}" instead.`;
    case 'relative':
      return `${start} "${href}", which is not a full address. Write the whole address, starting with https://.`;
    case 'malformed':
      return `${start} "${href}", which is not a complete address. Check it; it should look like "https://dichvucong.gov.vn", "tel:19000000" or "mailto:hotro@example.vn".`;
    default:
      return `${start} "${href}", which is not allowed. Links may only go to https:, tel: or mailto: addresses.`;
  }
}
