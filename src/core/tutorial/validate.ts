/**
 * `validateTutorial()`: every problem of a tutorial at once, so an editor fixes a file in one
 * round instead of one error per run.
 */
import { findProblems, sortAndDedupe } from './check.js';
import type { ExplainedProblem } from './found.js';
import type { Problem, ValidationResult } from './problems.js';
import type { Tutorial } from './types.js';
import { explainProblem } from './words.js';

/** Every problem worded, in file order, and what validation made of the data. @internal */
export interface Explanation {
  data: unknown;
  tutorial: Tutorial | undefined;
  problems: ExplainedProblem[];
}

/** Runs every check and words every problem, in file order, without repeats. @internal */
export function explainProblems(input: unknown): Explanation {
  const { data, tutorial, found } = findProblems(input);
  const worded = found.map((problem) => explainProblem(problem, data));
  return { data, tutorial, problems: sortAndDedupe(worded, data, (p) => `${p.path}\u0000${p.code}\u0000${p.message}`) };
}

/**
 * Checks tutorial data (for example from `JSON.parse` or an import) against format 1 and
 * returns every problem at once: shape, unknown fields, ids and step links, reachability,
 * loops, translations, alt text, links and values. `ok` is true when no problem is an error;
 * then `tutorial` is the typed data with strings in Unicode NFC and `x-` fields removed.
 * Paths are relative to the tutorial; the whole file is `""`. Never throws for bad data.
 */
export function validateTutorial(data: unknown): ValidationResult {
  const { tutorial, problems } = explainProblems(data);
  return toResult(tutorial, problems);
}

/** The public result: `ok`, the tutorial when ok, problems without internal fields. @internal */
export function toResult(tutorial: Tutorial | undefined, problems: readonly ExplainedProblem[]): ValidationResult {
  const ok = problems.every((p) => p.severity !== 'error');
  const result: ValidationResult = { ok, problems: problems.map(toPublic) };
  if (ok && tutorial !== undefined) result.tutorial = tutorial;
  return result;
}

function toPublic(explained: ExplainedProblem): Problem {
  const { path, code, message, severity, line, column } = explained;
  const result: Problem = { path, code, message, severity };
  if (line !== undefined && column !== undefined) {
    result.line = line;
    result.column = column;
  }
  return result;
}
