/**
 * `guidepost edit <file>`: the editor for content editors, served on this computer for one
 * tutorial file. It creates the file when it does not exist, saves it atomically in the
 * format's own layout, and prints the file's problems after every save.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newDraft, serializeDraft } from '../editor/model/index.js';
import { parseArgs, UsageError } from './args.js';
import { checkFile } from './check-file.js';
import { readText, writeAtomically } from './edit-files.js';
import { createEditServer } from './edit-server.js';
import { editHelp } from './help.js';
import { formatCount } from './report.js';
import { closeServer, portOption, printProblems, startServer, stopped, type Serving } from './serve.js';
import type { Terminal } from './terminal.js';

const SERVING: Serving = { command: 'edit', what: 'the editor', defaultPort: 8092 };

/** Runs `guidepost edit`; resolves with the exit code once stopped with Ctrl+C. */
export async function edit(args: readonly string[], terminal: Terminal): Promise<number> {
  const { options, positionals } = parseArgs(
    args,
    [
      { name: 'port', value: '<number>', example: '8092' },
      { name: 'lang', value: '<vi|en>', example: 'en' },
      { name: 'help', short: 'h' },
    ],
    'edit',
  );
  if (options.has('help')) {
    terminal.out(editHelp);
    return 0;
  }
  const file = oneFile(positionals);
  const port = portOption(options.get('port'), SERVING);
  const lang = langOption(options.get('lang'));
  const bundleDir = fileURLToPath(new URL('../editor-app/', import.meta.url));
  if (!existsSync(resolve(bundleDir, 'guidepost-editor.js'))) {
    throw new UsageError(`The editor bundle is missing (${bundleDir}). If you are working on guidepost itself, run "npm run build" first.`, 'edit');
  }
  const path = resolve(file);
  const { style } = terminal;
  let created = false;
  if ((await readText(path)) === undefined) {
    const schema = relative(dirname(path), fileURLToPath(new URL('../../schema/tutorial.schema.json', import.meta.url))).split(sep).join('/');
    await writeAtomically(path, serializeDraft({ $schema: schema, ...newDraft(lang) }));
    created = true;
  }

  const server = createEditServer({
    root: dirname(path),
    file: path,
    fileName: basename(path),
    bundleDir,
    lang,
    token: randomBytes(16).toString('hex'),
    onSaved: () => {
      void checkFile(file).then((report) => {
        const time = new Date().toTimeString().slice(0, 8);
        terminal.out(`\n${style.dim(time)}  Saved ${file}: ${formatCount(report)}.`);
        printProblems(report, terminal);
      });
    },
  });
  const actualPort = await startServer(server, port, SERVING);

  const stop = stopped();
  const report = await checkFile(file);
  terminal.out(created ? `Created ${style.bold(file)}: a new, empty tutorial.` : `Editing ${style.bold(file)}: ${formatCount(report)}.`);
  if (!created) printProblems(report, terminal);
  terminal.out(`\nOpen this address in your browser: ${style.bold(style.cyan(`http://127.0.0.1:${actualPort}/`))}`);
  terminal.out('Save in the page writes the file. Press Ctrl+C to stop.');

  await stop;
  await closeServer(server);
  terminal.out('\nEditor stopped.');
  return 0;
}

function oneFile(positionals: readonly string[]): string {
  if (positionals.length === 0) throw new UsageError('Name the tutorial file to edit, for example: guidepost edit my-tutorial.json', 'edit');
  if (positionals.length > 1) throw new UsageError(`The editor opens one file at a time, but ${positionals.length} were named.`, 'edit');
  const file = positionals[0]!;
  if (!file.toLowerCase().endsWith('.json')) throw new UsageError(`"${file}" is not a .json file. Tutorials are JSON files, for example my-tutorial.json.`, 'edit');
  let stats;
  try {
    stats = statSync(file);
  } catch {
    stats = undefined;
  }
  if (stats?.isDirectory()) throw new UsageError(`"${file}" is a folder. Name one tutorial file in it.`, 'edit');
  if (!existsSync(dirname(resolve(file)))) throw new UsageError(`There is no folder "${dirname(file)}" to create the file in. Check its spelling.`, 'edit');
  return file;
}

function langOption(value: string | true | undefined): 'vi' | 'en' {
  if (value === undefined || value === true) return 'vi';
  if (value === 'vi' || value === 'en') return value;
  throw new UsageError(`--lang ${value}: the editor speaks vi (Tiếng Việt) or en (English), for example --lang en.`, 'edit');
}
