/**
 * `parseTutorial()`: a tutorial file's text in, every problem out with the line and column
 * where the editor can fix it.
 */
import { findProblems, problemKey, sortAndDedupe } from './check.js';
import { explained, type ExplainedProblem, type FoundProblem } from './found.js';
import { readJson, type JsonReading } from './json.js';
import { MAX_FILE_LENGTH } from './limits.js';
import { wordsFor } from './message-words.js';
import { listProblems } from './problem-list.js';
import { formatPath, type ProblemSeverity, type ValidationOptions, type ValidationResult } from './problems.js';
import { toResult } from './validate.js';
import { explainProblem } from './words.js';

/** A problem with its place in the file, worded only if it is listed. */
interface Located {
  severity: ProblemSeverity;
  line: number;
  column: number;
  problem: ExplainedProblem | FoundProblem;
}

/**
 * Reads a tutorial file's text (JSON; a byte order mark is allowed) and validates it like
 * `validateTutorial()`. Every problem gets a 1-based `line` and `column`, and they come in
 * that order. JSON mistakes are `json-syntax` problems in plain words ("Line 12, column 5: a
 * comma is missing…"); small slips such as a trailing comma are reported and reading goes on,
 * so the tutorial's other problems show up too. A file longer than 10,000,000 characters is
 * not read (`too-large`), and reading stops after 100 problems. Never throws for bad input.
 * Messages are in English; `{ lang: 'vi' }` words them in Vietnamese.
 */
export function parseTutorial(text: string, options: ValidationOptions = {}): ValidationResult {
  const words = wordsFor(options.lang);
  if (text.length > MAX_FILE_LENGTH) {
    return toResult(undefined, [{ ...explained('too-large', [], words.fileTooLarge(text.length)), line: 1, column: 1 }]);
  }
  const reading = readJson(text, words.json, words.tooManyValues);
  const read: Located[] = reading.problems.map((problem) => ({ severity: problem.severity, line: problem.line!, column: problem.column!, problem }));
  const byPlace = (a: Located, b: Located) => a.line - b.line || a.column - b.column;
  if (reading.value === undefined) {
    return toResult(undefined, listProblems(read.sort(byPlace), (item) => item.problem as ExplainedProblem, { stopped: reading.stopped }, words.summary));
  }
  const findings = findProblems(reading.value);
  const checked = sortAndDedupe(findings.found, findings.data, problemKey).map((problem): Located => ({ severity: problem.severity, ...locate(problem, reading), problem }));
  // Stable: at one place, a JSON slip comes before what the checks found there.
  const all = [...read, ...checked].sort(byPlace);
  const word = (item: Located): ExplainedProblem =>
    'message' in item.problem ? item.problem : { ...explainProblem(item.problem, findings.data, words), line: item.line, column: item.column };
  return toResult(findings.tutorial, listProblems(all, word, { incomplete: findings.incomplete }, words.summary));
}

/** The line and column of the problem's path, or of the nearest place that exists. @internal */
export function locate(found: Pick<FoundProblem, 'segments' | 'atKey'>, reading: JsonReading): { line: number; column: number } {
  for (let length = found.segments.length; length >= 0; length -= 1) {
    const place = reading.places.get(formatPath(found.segments.slice(0, length)));
    if (place === undefined) continue;
    const exact = length === found.segments.length;
    return reading.position(exact && found.atKey && place.key !== undefined ? place.key : place.value);
  }
  return { line: 1, column: 1 };
}
