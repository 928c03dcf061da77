/**
 * The languages problems are worded in. Each language's words are a module of their own
 * (`words.ts` for English, `words-vi.ts` for Vietnamese) with the same parts; this picks one.
 * To add a language, write its module with every part of {@link ProblemWords} and add it here.
 */
import type { FoundProblem } from './found.js';
import type { JsonWords } from './json-words.js';
import type { ListEnd, Listed } from './problem-list.js';
import { ENGLISH_WORDS } from './words.js';
import { VIETNAMESE_WORDS } from './words-vi.js';

/** Everything a validator says, in one language. @internal */
export interface ProblemWords {
  /** What is wrong and how to fix it, for a problem the checks found in `data`. */
  describe(problem: FoundProblem, data: unknown): string;
  /** A file longer than guidepost reads. */
  fileTooLarge(length: number): string;
  /** Data with more values than guidepost checks. */
  tooManyValues(): string;
  /** The last problem of a long list: how many more there are, or where reading stopped. */
  summary(rest: number, first: Listed | undefined, end: ListEnd): string;
  /** The JSON reader's words (`parseTutorial()`). */
  json: JsonWords;
}

/** The words for `lang` (`vi`, `vi-VN`…); English for every other language and by default. @internal */
export function wordsFor(lang: string | undefined): ProblemWords {
  return lang !== undefined && /^vi(?:-|$)/i.test(lang) ? VIETNAMESE_WORDS : ENGLISH_WORDS;
}
