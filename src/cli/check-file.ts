/**
 * Checks one tutorial file on disk. A file that cannot be read, or is not saved as UTF-8, is a
 * problem of that file like any other, so one bad file never stops the others being checked.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isCatalogData, isCatalogText, locateInCatalog, parseCatalog, type CatalogProblemCode } from '../core/catalog/index.js';
import { parseTutorial, type Problem, type ProblemCode } from '../core/tutorial/index.js';
import { ENGLISH_REPORT, type CatalogEntryTrouble, type ReportWords } from './report-words.js';

/**
 * A problem's kind: those of `parseTutorial()` and `parseCatalog()`, plus the command's own:
 * `unreadable-file`, and `missing-image` (a step picture's relative path names no file next to
 * the tutorial).
 */
export type FileProblemCode = ProblemCode | CatalogProblemCode | 'unreadable-file' | 'missing-image';

/** A problem in a file: a `Problem` whose code may also be `unreadable-file`. */
export interface FileProblem extends Omit<Problem, 'code'> {
  code: FileProblemCode;
}

/** What checking one file found. `ok` is true only when there is no problem at all. */
export interface FileReport {
  /** The file's name as the user wrote it (or as a pattern found it). */
  file: string;
  ok: boolean;
  problems: FileProblem[];
  /** The text that was checked, when the file could be read. */
  text?: string;
  /** `catalog` for a list of guides (`<gp-catalog>`); a tutorial otherwise. */
  kind?: 'catalog';
}

/**
 * Reads and checks the file at `file`, worded in `words`' language: a tutorial, or a catalog
 * and the tutorials it lists. Never throws. With `catalogs` false (the files a catalog lists),
 * a catalog is only named as one (`kind`), not checked, so a catalog that lists itself cannot loop.
 */
export async function checkFile(file: string, words: ReportWords = ENGLISH_REPORT, catalogs = true): Promise<FileReport> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return unreadable(file, whyUnreadable(error, file, words));
  }
  const text = decode(bytes, words);
  if (typeof text !== 'string') return unreadable(file, text.message, text.position);
  const data = parseOrUndefined(text);
  // A file that is not valid JSON is told apart by what the JSON reader makes of it.
  // (Its listed files are checked once it reads as JSON: until then its own problems come first.)
  if (data === undefined ? isCatalogText(text) : isCatalogData(data)) {
    return catalogs ? checkCatalog(file, text, (data ?? {}) as { tutorials?: unknown }, words) : { file, ok: false, problems: [], text, kind: 'catalog' };
  }
  const problems = parseTutorial(text, { lang: words.lang }).problems.map((problem): FileProblem => ({ ...problem }));
  return { file, ok: problems.length === 0, problems, text };
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}

/**
 * Checks a catalog file and every tutorial file it lists (relative to the catalog). A listed
 * file that is missing or has problems is one `broken-tutorial` problem of the catalog, at its
 * `src`, which names the file to check on its own; web addresses are not fetched.
 */
async function checkCatalog(file: string, text: string, data: { tutorials?: unknown }, words: ReportWords): Promise<FileReport> {
  const problems: FileProblem[] = parseCatalog(text, { lang: words.lang }).problems.map((problem) => ({ ...problem }));
  // Every src that is a path, even in a catalog with other problems: they are fixed in one go.
  const srcs = (Array.isArray(data.tutorials) ? data.tutorials : []).map((entry: unknown) => {
    const src = (entry as { src?: unknown } | null)?.src;
    return typeof src === 'string' && src.trim() !== '' && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) ? src : undefined;
  });
  const reports = await Promise.all(srcs.map((src) => (src === undefined ? undefined : checkFile(join(dirname(file), src), words, false))));
  reports.forEach((report, i) => {
    const src = srcs[i]!;
    if (report?.kind === 'catalog') problems.push(broken(text, i, words.catalogEntry(i + 1, src, { kind: 'catalog' })));
    if (!report || report.ok || report.kind === 'catalog') return;
    const errors = report.problems.filter((p) => p.severity === 'error');
    const why: CatalogEntryTrouble =
      report.problems[0]?.code === 'unreadable-file'
        ? { kind: 'missing' }
        : errors.length > 0
          ? { kind: 'errors', count: errors.length, file: report.file }
          : { kind: 'warnings', count: report.problems.length, file: report.file };
    problems.push(broken(text, i, words.catalogEntry(i + 1, src, why), errors.length > 0 ? 'error' : 'warning'));
  });
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { file, ok: problems.length === 0, problems, text, kind: 'catalog' };
}

function broken(text: string, i: number, message: string, severity: 'error' | 'warning' = 'error'): FileProblem {
  return { path: `tutorials[${i}].src`, code: 'broken-tutorial', message, severity, ...locateInCatalog(text, ['tutorials', i, 'src']) };
}

function unreadable(file: string, message: string, position?: { line: number; column: number }): FileReport {
  const problem: FileProblem = { path: '', code: 'unreadable-file', message, severity: 'error', ...position };
  return { file, ok: false, problems: [problem] };
}

function whyUnreadable(error: unknown, file: string, words: ReportWords): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return words.notFound;
    case 'EISDIR':
      return words.isFolder(`${file.replace(/[\\/]+$/, '')}/*.json`);
    case 'EACCES':
    case 'EPERM':
      return words.notAllowed;
    default:
      return words.unreadable(code ?? String(error));
  }
}

/**
 * The file's text, or why it is not UTF-8. Vietnamese files saved in an old encoding (VNI,
 * TCVN3, Windows-1258) or as UTF-16 by Notepad would otherwise show up as baffling JSON errors.
 */
function decode(bytes: Buffer, words: ReportWords): string | { message: string; position?: { line: number; column: number } } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { message: words.utf16 };
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Decode again leniently to find where the first bad character is.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const before = lenient.slice(0, lenient.indexOf('\uFFFD'));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return {
      message: words.notUtf8,
      position: { line, column },
    };
  }
}
