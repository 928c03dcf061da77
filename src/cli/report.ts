/**
 * How problems look in the terminal and in `--json`. One problem per line,
 * `file:line:column  path  message`, the form editors (VS Code's terminal among them) turn into
 * a link that opens the file at that place.
 */
import type { FileProblem, FileReport } from './check-file.js';
import { ENGLISH_REPORT, type ReportWords } from './report-words.js';
import type { Style } from './terminal.js';

/** Totals over several checked files. */
export interface Summary {
  files: number;
  passed: number;
  failed: number;
  problems: number;
  errors: number;
  warnings: number;
  /** Present when some file had more problems than are listed (its last problem counts the rest). */
  more?: true;
}

/** The problems of a report without the one that says how many more are not listed. */
const listed = (report: FileReport) => report.problems.filter((problem) => problem.code !== 'too-many-problems');

/** Adds up what `reports` found. */
export function summarize(reports: readonly FileReport[]): Summary {
  const problems = reports.flatMap(listed);
  const warnings = problems.filter((problem) => problem.severity === 'warning').length;
  const passed = reports.filter((report) => report.ok).length;
  const summary: Summary = {
    files: reports.length,
    passed,
    failed: reports.length - passed,
    problems: problems.length,
    errors: problems.length - warnings,
    warnings,
  };
  if (reports.some((report) => report.problems.length !== listed(report).length)) summary.more = true;
  return summary;
}

/**
 * One line for one problem. Warnings say `warning:` in words (colour is extra). The message's
 * own "Line 3, column 5:" is left out here because the line starts with the same place.
 */
export function formatProblem(file: string, problem: FileProblem, style: Style, words: ReportWords = ENGLISH_REPORT): string {
  const place = problem.line === undefined ? file : `${file}:${problem.line}:${problem.column ?? 1}`;
  const path = problem.path === '' ? words.file : problem.path;
  let message = problem.message;
  const echo = problem.line === undefined ? '' : words.at(problem.line, problem.column ?? 1);
  if (problem.line !== undefined && message.startsWith(echo)) {
    message = message.slice(echo.length);
    message = message.charAt(0).toUpperCase() + message.slice(1);
  }
  const label = problem.severity === 'warning' ? `${style.yellow(words.warning)} ` : '';
  return `${style.bold(place)}  ${style.cyan(path)}  ${label}${message}`;
}

/** Every problem of every report, one line each, in file order. */
export function formatProblems(reports: readonly FileReport[], style: Style, words: ReportWords = ENGLISH_REPORT): string[] {
  return reports.flatMap((report) => report.problems.map((problem) => formatProblem(report.file, problem, style, words)));
}

/** "3 files checked: 2 passed, 1 failed with 4 problems (1 warning)." */
export function formatSummary(summary: Summary, style: Style, words: ReportWords = ENGLISH_REPORT): string {
  return words.summary(summary, style);
}

/** "2 problems (1 warning)" or "no problems" for one file, as `preview` prints after a save. */
export function formatCount(report: FileReport): string {
  if (report.problems.length === 0) return 'no problems';
  const problems = listed(report);
  const warnings = problems.filter((problem) => problem.severity === 'warning').length;
  const more = problems.length !== report.problems.length ? 'more than ' : '';
  return `${more}${count(problems.length, 'problem')}${warnings > 0 ? ` (${count(warnings, 'warning')})` : ''}`;
}

/** The `--json` output: `{ files: [{ file, ok, problems }], summary }`, indented. */
export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((report) => ({
    file: report.file,
    ok: report.ok,
    problems: report.problems.map(({ path, code, message, severity, line, column }) =>
      line === undefined ? { path, code, message, severity } : { path, code, message, severity, line, column },
    ),
  }));
  return JSON.stringify({ files, summary: summarize(reports) }, null, 2);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
