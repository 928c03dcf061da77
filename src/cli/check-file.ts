/**
 * Checks one tutorial file on disk. A file that cannot be read, or is not saved as UTF-8, is a
 * problem of that file like any other, so one bad file never stops the others being checked.
 */
import { readFile } from 'node:fs/promises';
import { parseTutorial, type Problem, type ProblemCode } from '../core/tutorial/index.js';

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

/** Reads and checks the file at `file`. Never throws. */
export async function checkFile(file: string): Promise<FileReport> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return unreadable(file, whyUnreadable(error, file));
  }
  const text = decode(bytes);
  if (typeof text !== 'string') return unreadable(file, text.message, text.position);
  const problems = parseTutorial(text).problems.map((problem): FileProblem => ({ ...problem }));
  return { file, ok: problems.length === 0, problems, text };
}

function unreadable(file: string, message: string, position?: { line: number; column: number }): FileReport {
  const problem: FileProblem = { path: '', code: 'unreadable-file', message, severity: 'error', ...position };
  return { file, ok: false, problems: [problem] };
}

function whyUnreadable(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'There is no file with this name. Check the spelling of the name and of its folder.';
    case 'EISDIR':
      return `This is a folder, not a file. To check every tutorial in it, write "${file.replace(/[\\/]+$/, '')}/*.json".`;
    case 'EACCES':
    case 'EPERM':
      return 'guidepost is not allowed to read this file. Ask whoever manages this computer to let you read it.';
    default:
      return `The file could not be read (${code ?? String(error)}).`;
  }
}

const SAVE_AS_UTF8 = 'Save it as UTF-8 (in VS Code: click the encoding in the status bar, then "Save with Encoding", then "UTF-8").';

/**
 * The file's text, or why it is not UTF-8. Vietnamese files saved in an old encoding (VNI,
 * TCVN3, Windows-1258) or as UTF-16 by Notepad would otherwise show up as baffling JSON errors.
 */
function decode(bytes: Buffer): string | { message: string; position?: { line: number; column: number } } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { message: `The file is saved as UTF-16, but tutorials must be UTF-8. ${SAVE_AS_UTF8}` };
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
      message: `The file is not saved as UTF-8 text, so its letters (such as Vietnamese letters with marks) cannot be read. ${SAVE_AS_UTF8}`,
      position: { line, column },
    };
  }
}
