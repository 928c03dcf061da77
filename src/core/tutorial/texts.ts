/**
 * Checks of every text a citizen reads: translations complete, nothing empty, images
 * described, and no unsafe links in the Markdown of `body`, `tip` and `warning`.
 *
 * The languages of a file are its `lang` plus every language used in any translations object.
 * A missing (or empty) translation is only a warning: the citizen still gets the tutorial, in
 * the tutorial's own language.
 */
import { findLinks, judgeHref } from '../markdown/index.js';
import { isRecord, valueAt } from './data.js';
import { found, type FoundProblem, type ProblemParams } from './found.js';
import { MAX_FOUND } from './limits.js';
import { isLanguageTag } from './rules.js';
import type { FoundText } from './walk.js';

const MARKDOWN_FIELDS = new Set(['body', 'tip', 'warning']);
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

/** What the text checks found; `incomplete` when translations were no longer checked. */
export interface TextFindings {
  problems: FoundProblem[];
  incomplete: boolean;
}

/** Runs the text checks on every text the walk found. */
export function checkTexts(data: unknown, texts: readonly FoundText[]): TextFindings {
  const problems: FoundProblem[] = [];
  let incomplete = false;
  const languages = languagesOf(data, texts);
  // With a badly written `lang`, plain texts have no known language to compare.
  const lang = languages[0] !== undefined && isRecord(data) && data['lang'] === languages[0] ? languages[0] : undefined;
  for (const text of texts) {
    const isAlt = text.field === 'alt';
    const decorative = isAlt && valueAt(data, [...text.segments.slice(0, -1), 'decorative']) === true;
    const entries: [string | undefined, unknown][] = typeof text.value === 'string' ? [[lang, text.value]] : Object.entries(text.value as object);

    if (entries.every(([, value]) => isBlank(value))) {
      if (isAlt) {
        if (!decorative) problems.push(found('missing-alt', text.segments, { kind: 'missing-alt' }));
      } else {
        problems.push(found('empty-text', text.segments, { kind: 'empty-text', field: text.field }));
      }
      continue;
    }
    // Every text times every language: a file of a few kilobytes could make millions.
    if (problems.length < MAX_FOUND) problems.push(...translationProblems(text, languages, lang));
    else incomplete = true;
    if (MARKDOWN_FIELDS.has(text.field)) {
      for (const [language, value] of entries) {
        if (typeof value !== 'string') continue;
        const translated = typeof text.value !== 'string' && language !== undefined;
        const segments = translated ? [...text.segments, language] : text.segments;
        for (const link of findLinks(value)) {
          if (link.safe) continue;
          const params = { kind: 'markdown-link', href: link.href, verdict: judgeHref(link.href) } as const;
          problems.push(found('unsafe-link', segments, translated ? { ...params, language } : params));
        }
      }
    }
  }
  return { problems, incomplete };
}

function translationProblems(text: FoundText, languages: readonly string[], lang: string | undefined): FoundProblem[] {
  const problems: FoundProblem[] = [];
  const value = text.value;
  for (const language of languages) {
    let params: ProblemParams | undefined;
    if (typeof value === 'string') {
      if (lang !== undefined && language !== lang) params = { kind: 'untranslated', lang };
    } else if (isRecord(value)) {
      if (!Object.hasOwn(value, language)) params = { kind: 'no-translation' };
      else if (isBlank(value[language])) params = { kind: 'empty-translation' };
    }
    if (params) problems.push(found('missing-translation', [...text.segments, language], params));
  }
  return problems;
}
