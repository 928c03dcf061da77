/**
 * `guidepost validate <files…>`: checks tutorial files and lists every problem with its place.
 */
import { resolve } from 'node:path';
import { parseArgs, UsageError } from './args.js';
import { checkFile, type FileReport } from './check-file.js';
import { checkImages } from './check-images.js';
import { expandPattern, isPattern } from './glob.js';
import { validateHelp } from './help.js';
import { abbreviationList, adviseFiles, formatAdvice, formatAdviceSummary } from './lint-report.js';
import { formatJson, formatProblems, formatSummary, summarize } from './report.js';
import { reportWords } from './report-words.js';
import type { Terminal } from './terminal.js';

/** Runs `guidepost validate` with the arguments after the command name; returns the exit code. */
export async function validate(args: readonly string[], terminal: Terminal): Promise<number> {
  const { options, positionals } = parseArgs(
    args,
    [
      { name: 'json' },
      { name: 'lint' },
      { name: 'abbreviations', value: '<list>', example: 'VNeID,OTP,QR' },
      { name: 'lang', value: '<vi|en>', example: 'vi' },
      { name: 'help', short: 'h' },
    ],
    'validate',
  );
  if (options.has('help')) {
    terminal.out(validateHelp);
    return 0;
  }
  if (positionals.length === 0) {
    throw new UsageError('Name at least one tutorial file to check, for example: guidepost validate my-tutorial.json', 'validate');
  }
  const words = reportWords(langOption(options.get('lang')));
  const files = await filesToCheck(positionals);
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await checkImages(await checkFile(file, words), words));

  const advice = options.has('lint') ? adviseFiles(reports, abbreviationList(options.get('abbreviations')), words) : undefined;
  if (options.has('json')) {
    const data = JSON.parse(formatJson(reports)) as { files: Record<string, unknown>[] };
    if (advice) data.files.forEach((file, i) => (file.advice = advice[i]));
    terminal.out(advice ? JSON.stringify(data, null, 2) : formatJson(reports));
  } else {
    const lines = formatProblems(reports, terminal.style, words);
    if (lines.length > 0) terminal.out(`${lines.join('\n')}\n`);
    if (advice) {
      const adviceLines = formatAdvice(reports, advice, terminal.style, words);
      if (adviceLines.length > 0) terminal.out(`${adviceLines.join('\n')}\n`);
    }
    terminal.out(formatSummary(summarize(reports), terminal.style, words));
    if (advice) terminal.out(formatAdviceSummary(advice, words));
  }
  return reports.every((report) => report.ok) ? 0 : 1;
}

/** `--lang vi` or `--lang en` (the default): the language of the messages. */
function langOption(value: string | true | undefined): 'vi' | 'en' {
  if (value === undefined) return 'en';
  if (value === 'vi' || value === 'en') return value;
  throw new UsageError(`--lang ${String(value)}: problems are written in vi (Tiếng Việt) or en (English), for example --lang vi.`, 'validate');
}

/**
 * The files the arguments name, in order, each once. A plain name is kept even when it does
 * not exist (checking it reports that); a pattern that matches nothing is a usage error,
 * because it is almost always a wrong folder or a typo and "0 files checked" would hide it.
 */
async function filesToCheck(args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    const matches = isPattern(arg) ? await expandPattern(arg) : [arg];
    if (matches.length === 0) {
      throw new UsageError(`No file matches "${arg}". Check the folder name and the pattern; "guidepost validate --help" explains patterns.`, 'validate');
    }
    for (const file of matches) {
      const key = resolve(file);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(file);
    }
  }
  return files;
}
