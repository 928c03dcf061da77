/**
 * What the advice says, apart from what finds it: each finding carries the facts its message
 * is made of, and each language words every kind of finding in its own module (`advice-en.ts`,
 * `advice-vi.ts`). A new kind needs a case in each: their switches have no default, so the
 * type check fails until it has one.
 */
import type { LintCode } from './index.js';

/** One thing the checks found, with the facts its message needs. @internal */
export type Finding =
  | { code: 'unhelpful-alt'; alt: string }
  | { code: 'long-sentence'; sentence: string; count: number; limit: number; syllables: boolean }
  | { code: 'long-text'; count: number; limit: number; syllables: boolean }
  | { code: 'several-actions' }
  | { code: 'unexplained-abbreviation'; word: string };

/** Words every finding in one language. @internal */
export type AdviceWords = (finding: Finding) => string;

// Every LintCode has a finding, and every finding a LintCode.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** A check at compile time only (a type, so nothing runs when the module is imported). @internal */
export type _CodesMatch = Assert<Same<Finding['code'], LintCode>>;

/** A quoted piece of a text, cut to 60 characters. */
export const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
