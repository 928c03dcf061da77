/**
 * The words of the limits, and the list of problems cut at the first 100. Apart from
 * `limits.ts` so that a page with a good tutorial never downloads them.
 */
import type { ExplainedProblem } from './found.js';
import { MAX_FILE_LENGTH, MAX_PROBLEMS, MAX_VALUES } from './limits.js';
import type { ProblemSeverity } from './problems.js';

const count = (n: number) => n.toLocaleString('en-US');

/** The message of a file longer than {@link MAX_FILE_LENGTH}. */
export function fileTooLarge(length: number): string {
  return `This file has ${count(length)} characters, more than the ${count(MAX_FILE_LENGTH)} guidepost reads. A tutorial is much shorter: check that this is the right file, or split it into several tutorials.`;
}

/** The message of data with more than {@link MAX_VALUES} values. */
export function tooManyValues(): string {
  return `This file holds more than ${count(MAX_VALUES)} values (texts, numbers, lists and objects), more than guidepost checks. A tutorial is much smaller: check that this is the right file, or split it into several tutorials.`;
}

/** What a problem list needs to know of each problem before it is worded. */
export interface Listed {
  severity: ProblemSeverity;
  line?: number;
  column?: number;
}

/** How a list of problems ends: reading stopped early, or the checks did. */
export interface ListEnd {
  /** The JSON reader stopped at the problem after the last one listed. */
  stopped?: boolean;
  /** The checks stopped looking for missing translations (past `MAX_FOUND` problems). */
  incomplete?: boolean;
}

/**
 * The first {@link MAX_PROBLEMS} problems of `sorted` (in file order), worded by `word` one by
 * one and without repeats, then one `too-many-problems` problem for the rest. Only the problems
 * shown are worded: wording is most of the work, and a flood of a million is not read by anyone.
 */
export function listProblems<T extends Listed>(
  sorted: readonly T[],
  word: (item: T) => ExplainedProblem,
  end: ListEnd = {},
  summarize: (rest: number, first: Listed | undefined, end: ListEnd) => string = summaryMessage,
): ExplainedProblem[] {
  const kept: ExplainedProblem[] = [];
  const seen = new Set<string>();
  let next = 0;
  for (; next < sorted.length && kept.length < MAX_PROBLEMS; next += 1) {
    const problem = word(sorted[next]!);
    const key = `${problem.path}\u0000${problem.code}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(problem);
  }
  const rest = sorted.length - next;
  if (rest === 0) return kept;
  const first = sorted[next];
  const errors = end.stopped === true || sorted.slice(next).some((p) => p.severity === 'error');
  const summary: ExplainedProblem = {
    path: '',
    segments: [],
    code: 'too-many-problems',
    severity: errors ? 'error' : 'warning',
    message: summarize(rest, first, end),
  };
  if (first?.line !== undefined && first.column !== undefined) {
    summary.line = first.line;
    summary.column = first.column;
  }
  kept.push(summary);
  return kept;
}

/** The message of the last, `too-many-problems` problem. */
export function summaryMessage(rest: number, first: Listed | undefined, end: ListEnd): string {
  const at = first?.line !== undefined ? `Line ${first.line}, column ${first.column}: ` : '';
  if (end.stopped === true) {
    return `${at}reading stopped here: the file has more than ${MAX_PROBLEMS} problems. Fix the ones listed above, then check the file again.`;
  }
  const more = end.incomplete === true ? `There are more than ${count(rest)} more problems` : rest === 1 ? 'There is 1 more problem' : `There are ${count(rest)} more problems`;
  const where = first?.line !== undefined ? ` from line ${first.line} on` : '';
  return `${more}${where}, not listed here. Fix the ${MAX_PROBLEMS} listed above, then check the file again to see the rest.`;
}
