/**
 * What validation reports: problems with a JSON path, a code tools can act on, and a message
 * a content editor (not a programmer) can act on.
 */
import type { Tutorial } from './types.js';

/**
 * The kind of a problem. Every code but `missing-translation` is an error.
 *
 * - `json-syntax`: the text is not valid JSON (only from `parseTutorial()`).
 * - `duplicate-field`: the same field name twice in one object; JSON keeps only the last
 *   (only from `parseTutorial()`: parsed data can no longer show it).
 * - `wrong-type`: a value of the wrong kind, such as a number where a text belongs.
 * - `required`: a required field is missing, or a list that needs an item is empty.
 * - `unknown-field`: a field guidepost does not know (usually a typo); `x-` fields are allowed.
 * - `invalid-id`: a tutorial or step id with characters other than a–z, 0–9 and hyphens.
 * - `format-version`: `format` is not 1.
 * - `duplicate-id`: two steps with the same id.
 * - `unknown-step`: `next` or a choice goes to a step id that does not exist.
 * - `unreachable-step`: no path from the first step leads to this step.
 * - `no-way-out`: steps that lead into a loop from which the end can never be reached.
 * - `missing-translation` (warning): a text lacks a language that other texts of the file
 *   have, or that language's translation is empty.
 * - `missing-alt`: an image without alt text that is not marked `decorative`.
 * - `unsafe-link`: a link or address that is not `https:`, `tel:` or `mailto:` (an image may
 *   also use a relative path).
 * - `empty-text`: a text (or a required value) that is empty or only spaces.
 * - `invalid-value`: a value of the right kind but not allowed: a time like `25:00`, an
 *   unknown channel type, a non-positive number, an unknown time zone or language code,
 *   `choices` and `next` on one step, a phone number with letters…
 * - `too-large`: the file is longer than guidepost reads (only from `parseTutorial()`).
 * - `too-deep`: lists and objects nested more levels deep than guidepost reads.
 * - `too-many-problems`: the last problem of a long list: how many more there are, or where
 *   reading stopped. A `'warning'` when every problem it stands for is a warning.
 */
export type ProblemCode =
  | 'json-syntax'
  | 'duplicate-field'
  | 'wrong-type'
  | 'required'
  | 'unknown-field'
  | 'invalid-id'
  | 'format-version'
  | 'duplicate-id'
  | 'unknown-step'
  | 'unreachable-step'
  | 'no-way-out'
  | 'missing-translation'
  | 'missing-alt'
  | 'unsafe-link'
  | 'empty-text'
  | 'invalid-value'
  | 'too-large'
  | 'too-deep'
  | 'too-many-problems';

/** How bad a problem is: an `'error'` makes the tutorial unusable, a `'warning'` does not. */
export type ProblemSeverity = 'error' | 'warning';

/** One thing wrong with a tutorial file. */
export interface Problem {
  /**
   * Where: a JSON path such as `steps[3].image.alt` or `title.en` (0-based indexes). The
   * whole file (syntax errors, a file that is not an object) is the empty string `""`.
   */
  path: string;
  /** What kind of problem, for tools; see {@link ProblemCode}. */
  code: ProblemCode;
  /**
   * What is wrong and how to fix it, in plain words, naming steps by number and id; in English,
   * or in the language asked for with `lang`.
   */
  message: string;
  /** `'warning'` for missing translations (and a summary of only those), `'error'` for everything else. */
  severity: ProblemSeverity;
  /** 1-based line in the file, when the problem came from `parseTutorial()`. */
  line?: number;
  /** 1-based column (in UTF-16 code units) in the file, with `line`. */
  column?: number;
}

/** How `validateTutorial()` and `parseTutorial()` word their messages. */
export interface ValidationOptions {
  /**
   * The language of the messages: `'vi'` (or `vi-VN`…) for Vietnamese, anything else or
   * nothing for English. Codes, paths, lines and columns are the same in every language.
   */
  lang?: string;
}

/** The outcome of `validateTutorial()` or `parseTutorial()`. */
export interface ValidationResult {
  /** True when there is no problem of severity `'error'` (warnings are allowed). */
  ok: boolean;
  /** The typed tutorial, strings normalized to NFC and `x-` fields removed; only when `ok`. */
  tutorial?: Tutorial;
  /**
   * Every problem found, errors and warnings, in the order they appear in the file: at most
   * the first 100, then one `too-many-problems` problem that says how many more there are.
   */
  problems: Problem[];
}

/** A step in a JSON path: an object key or an array index. @internal */
export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** Writes path segments as `steps[3].image.alt`; odd keys as `["my key"]`. @internal */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) path = appendPath(path, segment);
  return path;
}

/** Extends a written path by one segment. @internal */
export function appendPath(path: string, segment: PathSegment): string {
  if (typeof segment === 'number') return `${path}[${segment}]`;
  if (PLAIN_KEY.test(segment)) return path === '' ? segment : `${path}.${segment}`;
  return `${path}[${JSON.stringify(segment)}]`;
}
