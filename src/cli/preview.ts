/**
 * `guidepost preview <file>`: shows the tutorial in the browser through the real
 * `<gp-tutorial>` of the CDN build, reloads the page on every save, and prints the file's
 * problems in the terminal at the start and after every save.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageOption, parseArgs, UsageError } from './args.js';
import { checkFile } from './check-file.js';
import { previewHelp } from './help.js';
import { createPreviewServer, LiveReload } from './preview-server.js';
import { formatCount } from './report.js';
import { closeServer, portOption, printProblems, startServer, stopped, type Serving } from './serve.js';
import type { Terminal } from './terminal.js';
import { watchFile } from './watch-file.js';

const SERVING: Serving = { command: 'preview', what: 'the preview', defaultPort: 8090 };

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
  const port = portOption(options.get('port'), SERVING);
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
  const actualPort = await startServer(server, port, SERVING);

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
  await closeServer(server);
  terminal.out('\nPreview stopped.');
  return 0;
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
