/**
 * `guidepost validate --lint`: plain-language advice (`lintTutorial`) after the problems.
 * Advice never fails the check: it is about how easily an older reader follows the tutorial.
 */
import { lintTutorial, type LintAdvice } from '../index.js';
import type { FileReport } from './check-file.js';
import { ENGLISH_REPORT, type ReportWords } from './report-words.js';
import type { Style } from './terminal.js';

/** The advice for each report's file (none for a catalog, or a file that could not be read as JSON). */
export function adviseFiles(reports: readonly FileReport[], abbreviations: readonly string[], words: ReportWords = ENGLISH_REPORT): LintAdvice[][] {
  return reports.map((report) => {
    if (report.text === undefined || report.kind === 'catalog') return [];
    try {
      return lintTutorial(JSON.parse(report.text.replace(/^\uFEFF/, '')), { abbreviations, lang: words.lang });
    } catch {
      return [];
    }
  });
}

/** One line per piece of advice: `file  steps[2].body  advice: …`. */
export function formatAdvice(reports: readonly FileReport[], advice: readonly LintAdvice[][], style: Style, words: ReportWords = ENGLISH_REPORT): string[] {
  return reports.flatMap((report, i) =>
    (advice[i] ?? []).map((a) => `${style.bold(report.file)}  ${style.cyan(a.path || words.file)}  ${style.yellow(words.advice)} ${a.message}`),
  );
}

/** "3 pieces of advice (they do not fail the check)." */
export function formatAdviceSummary(advice: readonly LintAdvice[][], words: ReportWords = ENGLISH_REPORT): string {
  return words.adviceSummary(advice.reduce((sum, list) => sum + list.length, 0));
}

/** The abbreviations `--abbreviations VNeID,OTP,QR` allows. */
export function abbreviationList(value: string | true | undefined): string[] {
  return typeof value === 'string' ? value.split(',').map((a) => a.trim()).filter((a) => a !== '') : [];
}
