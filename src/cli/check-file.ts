/**
 * Checks one tutorial file on disk. A file that cannot be read, or is not saved as UTF-8, is a
 * problem of that file like any other, so one bad file never stops the others being checked.
 */
import { readFile } from 'node:fs/promises';
import { parseTutorial, type Problem, type ProblemCode } from '../core/tutorial/index.js';
import { ENGLISH_REPORT, type ReportWords } from './report-words.js';

/**
 * A problem's kind: those of `parseTutorial()`, plus the command's own: `unreadable-file`, and
 * `missing-image` (a step picture's relative path names no file next to the tutorial).
 */
export type FileProblemCode = ProblemCode | 'unreadable-file' | 'missing-image';

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
}

/** Reads and checks the file at `file`, worded in `words`' language. Never throws. */
export async function checkFile(file: string, words: ReportWords = ENGLISH_REPORT): Promise<FileReport> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return unreadable(file, whyUnreadable(error, file, words));
  }
  const text = decode(bytes, words);
  if (typeof text !== 'string') return unreadable(file, text.message, text.position);
  const problems = parseTutorial(text, { lang: words.lang }).problems.map((problem): FileProblem => ({ ...problem }));
  return { file, ok: problems.length === 0, problems, text };
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
