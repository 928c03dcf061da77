/**
 * `validateTutorial()`: every problem of a tutorial at once, so an editor fixes a file in one
 * round instead of one error per run.
 */
import { findProblems, problemKey, sortAndDedupe } from './check.js';
import type { ExplainedProblem } from './found.js';
import { listProblems } from './problem-list.js';
import { wordsFor } from './message-words.js';
import type { Problem, ValidationOptions, ValidationResult } from './problems.js';
import type { Tutorial } from './types.js';
import { explainProblem } from './words.js';

/**
 * Checks tutorial data (for example from `JSON.parse` or an import) against format 1 and
 * returns every problem at once: shape, unknown fields, ids and step links, reachability,
 * loops, translations, alt text, links and values. `ok` is true when no problem is an error;
 * then `tutorial` is the typed data with strings in Unicode NFC and `x-` fields removed.
 * Paths are relative to the tutorial; the whole file is `""`. At most 100 problems are listed,
 * in file order; a last `too-many-problems` one then says how many more there are. Never
 * throws for bad data. Messages are in English; `{ lang: 'vi' }` words them in Vietnamese.
 */
export function validateTutorial(data: unknown, options: ValidationOptions = {}): ValidationResult {
  const words = wordsFor(options.lang);
  const findings = findProblems(data);
  const sorted = sortAndDedupe(findings.found, findings.data, problemKey);
  const problems = listProblems(sorted, (found) => explainProblem(found, findings.data, words), { incomplete: findings.incomplete }, words.summary);
  return toResult(findings.tutorial, problems);
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
