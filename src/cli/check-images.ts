/**
 * Step pictures given as a relative path (`img/card.svg`) are files next to the tutorial: the
 * element resolves them against the tutorial file (or against its `base`, usually the file's
 * folder), so one that is not there would show as a broken picture. Web addresses, `data:`
 * pictures and paths from the site's root (`/img/card.svg`) are not files here and are not checked.
 */
import { stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { clip, stepImages } from '../core/tutorial/index.js';
import type { FileProblem, FileReport } from './check-file.js';
import { ENGLISH_REPORT, type ReportWords } from './report-words.js';

/** The file path a picture address names next to the tutorial, or undefined for one that is not a local file. */
export function localImagePath(src: string): string | undefined {
  const path = src.trim().replace(/[?#].*$/s, '');
  if (path === '' || path.startsWith('/') || path.startsWith('\\') || /^[a-z][a-z\d+.-]*:/i.test(path)) return undefined;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Adds a `missing-image` problem, at the picture's `src`, for each local picture that is not there. */
export async function checkImages(report: FileReport, words: ReportWords = ENGLISH_REPORT): Promise<FileReport> {
  if (report.text === undefined) return report;
  const folder = dirname(report.file);
  const found: FileProblem[] = [];
  for (const { path, src, step, index, id, line, column } of stepImages(report.text)) {
    const local = localImagePath(src);
    if (local === undefined || (await isFile(join(folder, local)))) continue;
    const shown = relative(process.cwd(), join(folder, local)).split(sep).join('/');
    found.push({
      path,
      code: 'missing-image',
      severity: 'error',
      message: words.missingImage({ step, index, id, src: clip(src), file: clip(shown) }),
      line,
      column,
    });
  }
  if (found.length === 0) return report;
  const last = report.problems.at(-1)?.code === 'too-many-problems' ? report.problems.slice(-1) : [];
  const rest = report.problems.slice(0, report.problems.length - last.length);
  const byPlace = (a: FileProblem, b: FileProblem) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
  return { ...report, ok: false, problems: [...rest, ...found].sort(byPlace).concat(last) };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
