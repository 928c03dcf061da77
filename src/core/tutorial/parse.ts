/**
 * `parseTutorial()`: a tutorial file's text in, every problem out with the line and column
 * where the editor can fix it.
 */
import { readJson, type JsonReading } from './json.js';
import type { ExplainedProblem } from './found.js';
import { formatPath, type ValidationResult } from './problems.js';
import { explainProblems, toResult } from './validate.js';

/**
 * Reads a tutorial file's text (JSON; a byte order mark is allowed) and validates it like
 * `validateTutorial()`. Every problem gets a 1-based `line` and `column`. JSON mistakes are
 * `json-syntax` problems in plain words ("Line 12, column 5: a comma is missing…"); small
 * slips such as a trailing comma are reported and reading goes on, so the tutorial's other
 * problems show up too. Never throws for bad input.
 */
export function parseTutorial(text: string): ValidationResult {
  const reading = readJson(text);
  if (reading.value === undefined) return toResult(undefined, reading.problems);
  const explanation = explainProblems(reading.value);
  const located = explanation.problems.map((problem) => locate(problem, reading));
  const problems = [...reading.problems, ...located].sort((a, b) => a.line! - b.line! || a.column! - b.column!);
  return toResult(explanation.tutorial, problems);
}

/** Adds the line and column of the problem's path, or of the nearest place that exists. */
function locate(found: ExplainedProblem, reading: JsonReading): ExplainedProblem {
  for (let length = found.segments.length; length >= 0; length -= 1) {
    const place = reading.places.get(formatPath(found.segments.slice(0, length)));
    if (place === undefined) continue;
    const exact = length === found.segments.length;
    const offset = exact && found.atKey && place.key !== undefined ? place.key : place.value;
    return { ...found, ...reading.position(offset) };
  }
  return { ...found, line: 1, column: 1 };
}
