/**
 * A problem as the checks find it: where it is, its code, and the facts its message is made
 * of, but not the message. Words are a separate, larger module (`words.ts`) that elements load
 * only when a tutorial has problems; `validateTutorial()` and `parseTutorial()` word every
 * problem before returning it.
 */
import { formatPath, type PathSegment, type Problem, type ProblemCode, type ProblemSeverity } from './problems.js';
import type { HrefVerdict } from '../markdown/index.js';
import type { Rule } from './rules.js';

/**
 * What a message says, and the facts it needs beyond the problem's place (the place is named
 * from the path and the data: step numbers and ids, channel types). @internal
 */
export type ProblemParams =
  // The shape (valibot), `shape.ts`
  | { kind: 'list-for-object'; value: unknown }
  | { kind: 'missing-field' }
  | { kind: 'missing-alt' }
  | { kind: 'format-version'; value: unknown }
  | { kind: 'unknown-option'; value: unknown }
  | { kind: 'wrong-type'; type: string; expected: string | null; value: unknown }
  | { kind: 'rule'; rule: Rule; value: unknown }
  // Fields, `walk.ts`
  | { kind: 'unknown-field'; known: readonly string[] }
  // Texts, `texts.ts`; the language of a translation problem is the last path segment.
  | { kind: 'empty-text'; field: string }
  | { kind: 'untranslated'; lang: string }
  | { kind: 'no-translation' }
  | { kind: 'empty-translation' }
  | { kind: 'markdown-link'; href: string; verdict: HrefVerdict; language?: string }
  // Steps, `graph.ts`
  | { kind: 'duplicate-id'; first: number }
  | { kind: 'unknown-step'; value: string; ids: readonly string[] }
  | { kind: 'choices-and-next' }
  | { kind: 'unreachable' }
  | { kind: 'self-loop' }
  | { kind: 'loop'; steps: readonly number[] }
  // Values, `values.ts`
  | { kind: 'closes-early'; opens: string; closes: string }
  | { kind: 'phone'; value: string }
  | { kind: 'email'; value: string }
  | { kind: 'web-address'; href: string; verdict: HrefVerdict }
  | { kind: 'image-src'; src: string; verdict: HrefVerdict }
  | { kind: 'audio-src'; src: string; verdict: HrefVerdict }
  | { kind: 'advance-without-target' }
  // Limits, `normalize.ts`
  | { kind: 'too-deep' }
  | { kind: 'too-many-values' };

/** A problem as the checks find it, before it is worded. @internal */
export interface FoundProblem {
  /** The path as `Problem.path` writes it. */
  path: string;
  code: ProblemCode;
  severity: ProblemSeverity;
  /** The path as segments, to order problems as the file does and to name places. */
  segments: PathSegment[];
  /** Point at the field's name rather than its value when locating it in the file. */
  atKey?: boolean;
  params: ProblemParams;
}

/** A worded problem that still knows its path as segments (to sort and locate it). @internal */
export interface ExplainedProblem extends Problem {
  segments: PathSegment[];
  atKey?: boolean;
}

/** Builds a found problem; only `missing-translation` is a warning. @internal */
export function found(code: ProblemCode, segments: PathSegment[], params: ProblemParams, atKey = false): FoundProblem {
  const result: FoundProblem = {
    path: formatPath(segments),
    code,
    severity: severityOf(code),
    segments,
    params,
  };
  if (atKey) result.atKey = true;
  return result;
}

/** Builds a problem that is worded as it is found (the JSON reader's). @internal */
export function explained(code: ProblemCode, segments: PathSegment[], message: string, atKey = false): ExplainedProblem {
  const result: ExplainedProblem = { path: formatPath(segments), code, message, severity: severityOf(code), segments };
  if (atKey) result.atKey = true;
  return result;
}

/** Only a missing translation is a warning: the citizen still gets the tutorial. */
const severityOf = (code: ProblemCode): ProblemSeverity => (code === 'missing-translation' ? 'warning' : 'error');
