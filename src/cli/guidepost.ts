/**
 * The `guidepost` command (`dist/cli/guidepost.js`, the package's bin): `validate`,
 * `preview`, `edit` and `handbook`. Every failure is caught here, at the edge, and said in words: a content editor
 * who mistypes a command must never be shown a stack trace.
 */
import { readFileSync } from 'node:fs';
import { closest } from '../core/tutorial/index.js';
import { UsageError } from './args.js';
import { edit } from './edit.js';
import { handbook } from './handbook.js';
import { mainHelp } from './help.js';
import { newTutorial } from './new.js';
import { preview } from './preview.js';
import { processTerminal, type Terminal } from './terminal.js';
import { validate } from './validate.js';

type Command = (args: readonly string[], terminal: Terminal) => Promise<number>;

const commands: Record<string, Command> = { validate, preview, edit, new: newTutorial, handbook };

/** Runs the command line `args` (without `node` and the script); resolves with the exit code. */
export async function run(args: readonly string[], terminal: Terminal): Promise<number> {
  const [first, ...rest] = args;
  if (first === undefined) {
    terminal.err(mainHelp(version()));
    return 2;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const command = rest[0] === undefined ? undefined : commands[rest[0]];
    if (first === 'help' && command) return command(['--help'], terminal);
    terminal.out(mainHelp(version()));
    return 0;
  }
  if (first === '--version' || first === '-v') {
    terminal.out(version());
    return 0;
  }
  if (first.startsWith('-')) {
    throw new UsageError(`Unknown option ${first}. Name a command first, for example: guidepost validate my-tutorial.json`);
  }
  const command = Object.hasOwn(commands, first) ? commands[first] : undefined;
  if (command === undefined) {
    const guess = closest(first, Object.keys(commands));
    throw new UsageError(`There is no command "${first}".${guess ? ` Did you mean "${guess}"?` : ''} The commands are validate, preview, edit, new and handbook.`);
  }
  return command(rest, terminal);
}

/** The version in the package.json next to `dist/`. */
function version(): string {
  try {
    const data = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof data.version === 'string' ? data.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

function explain(error: unknown): string[] {
  if (error instanceof UsageError) {
    const help = error.command === undefined ? 'guidepost --help' : `guidepost ${error.command} --help`;
    return [`guidepost: ${error.message}`, `Run "${help}" to see how to use it.`];
  }
  const message = error instanceof Error ? error.message : String(error);
  return [`guidepost: something went wrong that should not have: ${message}`, 'This is a mistake in guidepost, not in your files. Please report it with the command you ran.'];
}

async function main(): Promise<void> {
  const terminal = processTerminal();
  const fail = (error: unknown) => {
    for (const line of explain(error)) terminal.err(line);
    process.exit(2);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  // `guidepost validate … | head` closes the pipe early: stop quietly, nothing went wrong.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    else fail(error);
  });
  try {
    process.exitCode = await run(process.argv.slice(2), terminal);
  } catch (error) {
    for (const line of explain(error)) terminal.err(line);
    process.exitCode = 2;
  }
}

await main();
