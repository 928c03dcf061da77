/**
 * Reads a command's options and file names. A small parser of our own rather than
 * `util.parseArgs`, so that every mistake gets a message in plain words with a suggestion
 * ("Did you mean --json?") instead of Node's wording for programmers.
 */
import { closest } from '../core/tutorial/index.js';

/**
 * A mistake in how the command was typed (an unknown option, no file named, a pattern that
 * matches nothing). The command stops with exit code 2 and prints the message, never a stack.
 */
export class UsageError extends Error {
  /** The command whose help the message points to, or undefined for `guidepost` itself. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** One option a command accepts. */
export interface OptionSpec {
  /** The long name without dashes: `json` for `--json`. */
  name: string;
  /** A one-letter alias without the dash: `h` for `-h`. */
  short?: string;
  /** What the value looks like in messages (`<number>`); absent for an on/off flag. */
  value?: string;
  /** An example value for messages: `--port 8080`. */
  example?: string;
}

/** Options by long name (`true` for a flag, the text for an option with a value) and the rest. */
export interface ParsedArgs {
  options: Map<string, string | true>;
  positionals: string[];
}

/**
 * Splits `args` into options and positionals. Accepts `--name value`, `--name=value`, `-h`,
 * and `--` to end the options (for a file whose name starts with a dash). The last of a
 * repeated option wins. Throws `UsageError` for an unknown option or a missing value.
 */
export function parseArgs(args: readonly string[], specs: readonly OptionSpec[], command: string): ParsedArgs {
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const written = equals === -1 ? arg : arg.slice(0, equals);
    const spec = findSpec(written, specs);
    if (spec === undefined) throw new UsageError(unknownOption(written, specs, command), command);
    if (spec.value === undefined) {
      if (equals !== -1) throw new UsageError(`--${spec.name} does not take a value: write just --${spec.name}.`, command);
      options.set(spec.name, true);
      continue;
    }
    let value: string | undefined;
    if (equals !== -1) value = arg.slice(equals + 1);
    else if (i + 1 < args.length && !args[i + 1]!.startsWith('-')) value = args[(i += 1)];
    if (value === undefined || value === '') {
      throw new UsageError(`--${spec.name} needs a value${spec.example ? `, for example --${spec.name} ${spec.example}` : ''}.`, command);
    }
    options.set(spec.name, value);
  }
  return { options, positionals };
}

function findSpec(written: string, specs: readonly OptionSpec[]): OptionSpec | undefined {
  if (written.startsWith('--')) return specs.find((s) => s.name === written.slice(2));
  if (written.length === 2) return specs.find((s) => s.short === written.slice(1));
  return undefined;
}

function unknownOption(written: string, specs: readonly OptionSpec[], command: string): string {
  const names = specs.map((s) => `--${s.name}`);
  const guess = closest(written.startsWith('--') ? written : `-${written}`, names);
  const hint = guess ? ` Did you mean ${guess}?` : '';
  const known = names.length > 0 ? ` The options of "guidepost ${command}" are ${names.join(', ')}.` : '';
  return `Unknown option ${written}.${hint}${known}`;
}

/** The value of `--lang`, in its canonical spelling (`vi`, `en-GB`), or undefined when not given. */
export function languageOption(value: string | true | undefined, command: string): string | undefined {
  if (value === undefined || value === true) return undefined;
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    throw new UsageError(`--lang ${value} is not a language code. Use one such as vi or en, for example --lang en.`, command);
  }
}
