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
import type { Terminal } from './terminal.js';

/** Runs `guidepost validate` with the arguments after the command name; returns the exit code. */
export async function validate(args: readonly string[], terminal: Terminal): Promise<number> {
  const { options, positionals } = parseArgs(
    args,
    [{ name: 'json' }, { name: 'lint' }, { name: 'abbreviations', value: '<list>', example: 'VNeID,OTP,QR' }, { name: 'help', short: 'h' }],
    'validate',
  );
  if (options.has('help')) {
    terminal.out(validateHelp);
    return 0;
  }
  if (positionals.length === 0) {
    throw new UsageError('Name at least one tutorial file to check, for example: guidepost validate my-tutorial.json', 'validate');
  }
  const files = await filesToCheck(positionals);
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await checkImages(await checkFile(file)));

  const advice = options.has('lint') ? adviseFiles(reports, abbreviationList(options.get('abbreviations'))) : undefined;
  if (options.has('json')) {
    const data = JSON.parse(formatJson(reports)) as { files: Record<string, unknown>[] };
    if (advice) data.files.forEach((file, i) => (file.advice = advice[i]));
    terminal.out(advice ? JSON.stringify(data, null, 2) : formatJson(reports));
  } else {
    const lines = formatProblems(reports, terminal.style);
    if (lines.length > 0) terminal.out(`${lines.join('\n')}\n`);
    if (advice) {
      const adviceLines = formatAdvice(reports, advice, terminal.style);
      if (adviceLines.length > 0) terminal.out(`${adviceLines.join('\n')}\n`);
    }
    terminal.out(formatSummary(summarize(reports), terminal.style));
    if (advice) terminal.out(formatAdviceSummary(advice));
  }
  return reports.every((report) => report.ok) ? 0 : 1;
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
