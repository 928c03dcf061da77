/**
 * Where the command writes, and whether it may use colour. Colour is only a help: every line
 * says the same thing without it (words like "warning:", not a colour alone).
 */

/** Wraps text in terminal colour codes, or leaves it as it is when colour is off. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

/** The command's two outputs: results on `out`, messages about the command itself on `err`. */
export interface Terminal {
  out(text: string): void;
  err(text: string): void;
  style: Style;
}

/**
 * Colour only for a person at a terminal: never in a pipe or a file, never when `NO_COLOR` is
 * set to anything (https://no-color.org), and `FORCE_COLOR=0` also turns it off.
 */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** A `Style` that colours when `on`, and returns the text unchanged otherwise. */
export function createStyle(on: boolean): Style {
  const wrap = (open: number, close: number) => (text: string) => (on ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
  };
}

/** The terminal of this process: `process.stdout` and `process.stderr`. */
export function processTerminal(): Terminal {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    style: createStyle(wantsColour(process.stdout, process.env)),
  };
}
