/**
 * `guidepost preview <file>`: shows the tutorial in the browser through the real
 * `<gp-tutorial>` of the CDN build, reloads the page on every save, and prints the file's
 * problems in the terminal at the start and after every save.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageOption, parseArgs, UsageError } from './args.js';
import { checkFile, type FileReport } from './check-file.js';
import { previewHelp } from './help.js';
import { createPreviewServer, listen, LiveReload } from './preview-server.js';
import { formatCount, formatProblems } from './report.js';
import type { Terminal } from './terminal.js';
import { watchFile } from './watch-file.js';

const DEFAULT_PORT = 8090;

/**
 * Runs `guidepost preview` with the arguments after the command name. Resolves with the exit
 * code once the preview is stopped with Ctrl+C.
 */
export async function preview(args: readonly string[], terminal: Terminal): Promise<number> {
  const { options, positionals } = parseArgs(
    args,
    [
      { name: 'port', value: '<number>', example: '8090' },
      { name: 'lang', value: '<language>', example: 'en' },
      { name: 'help', short: 'h' },
    ],
    'preview',
  );
  if (options.has('help')) {
    terminal.out(previewHelp);
    return 0;
  }
  const file = oneFile(positionals);
  const port = portOption(options.get('port'));
  const lang = languageOption(options.get('lang'), 'preview');
  const bundle = fileURLToPath(new URL('../cdn/guidepost.js', import.meta.url));
  if (!existsSync(bundle)) {
    throw new UsageError(`The browser bundle is missing (${bundle}). If you are working on guidepost itself, run "npm run build" first.`, 'preview');
  }

  const { style } = terminal;
  const path = resolve(file);
  const live = new LiveReload();
  const server = createPreviewServer(
    {
      root: dirname(path),
      fileName: basename(path),
      bundleDir: dirname(bundle),
      lang,
      onMissing: (missing) => terminal.out(style.yellow(`The page asked for "${missing}", but there is no such file next to ${file}.`)),
    },
    live,
  );
  let actualPort: number;
  try {
    actualPort = await listen(server, port ?? DEFAULT_PORT, port === undefined);
  } catch (error) {
    throw new UsageError(cannotListen(error, port ?? DEFAULT_PORT), 'preview');
  }

  // Listen for Ctrl+C before printing the address: whoever reads it may stop us at once.
  const stop = stopped();
  let last = await checkFile(file);
  terminal.out(`Previewing ${style.bold(file)}: ${formatCount(last)}.`);
  printProblems(last, terminal);
  terminal.out(`\nOpen this address in your browser: ${style.bold(style.cyan(`http://127.0.0.1:${actualPort}/`))}`);
  terminal.out('The page reloads every time you save the file. Press Ctrl+C to stop.');

  const watcher = watchFile(path, () => {
    void checkFile(file).then((report) => {
      // Editors often write a file twice per save; only a real change reloads the page.
      if (report.text !== undefined && report.text === last.text) return;
      last = report;
      const time = new Date().toTimeString().slice(0, 8);
      terminal.out(`\n${style.dim(time)}  ${file} changed: ${formatCount(report)}.`);
      printProblems(report, terminal);
      live.changed();
    });
  });

  await stop;
  watcher.close();
  live.close();
  await new Promise<void>((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
  terminal.out('\nPreview stopped.');
  return 0;
}

function printProblems(report: FileReport, terminal: Terminal): void {
  const lines = formatProblems([report], terminal.style);
  if (lines.length > 0) terminal.out(lines.join('\n'));
}

function oneFile(positionals: readonly string[]): string {
  if (positionals.length === 0) {
    throw new UsageError('Name the tutorial file to preview, for example: guidepost preview my-tutorial.json', 'preview');
  }
  if (positionals.length > 1) {
    throw new UsageError(`The preview shows one file at a time, but ${positionals.length} were named. Start one preview per file, each with its own --port.`, 'preview');
  }
  const file = positionals[0]!;
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new UsageError(`There is no file "${file}". Check the spelling of the name and of its folder.`, 'preview');
  }
  if (!isFile) throw new UsageError(`"${file}" is a folder. Name one tutorial file in it, for example ${file.replace(/[\\/]+$/, '')}/my-tutorial.json`, 'preview');
  return file;
}

function portOption(value: string | true | undefined): number | undefined {
  if (value === undefined || value === true) return undefined;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new UsageError(`--port ${value} is not a port. Use a whole number up to 65535, for example --port 8090, or --port 0 for any free port.`, 'preview');
  }
  return port;
}

function cannotListen(error: unknown, port: number): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return `Port ${port} is already in use, perhaps by another preview. Choose another port, for example --port ${port + 1}, or --port 0 for any free one.`;
  }
  if (code === 'EACCES') return `Port ${port} needs administrator rights on this computer. Choose a port from 1024 to 65535, or --port 0.`;
  return `The preview could not start on port ${port} (${code ?? String(error)}).`;
}

/** Resolves on Ctrl+C (SIGINT) or SIGTERM, which then no longer end the process abruptly. */
function stopped(): Promise<void> {
  return new Promise((done) => {
    const finish = () => {
      process.off('SIGINT', finish);
      process.off('SIGTERM', finish);
      done();
    };
    process.on('SIGINT', finish);
    process.on('SIGTERM', finish);
  });
}
