/**
 * The shape of a property the fuzzing runs. Each property lives in its own file and is run by
 * two runners on the same definitions: `npm test` (test/node/fuzz.test.mjs: a fixed seed,
 * `runs` cases) and `npm run fuzz` (scripts/fuzz.mjs: a random seed, 100 times the cases).
 */
import type * as fc from 'fast-check';
import type { ValidationResult } from '../../../src/core/tutorial/index.js';
import { MAX_PROBLEMS } from '../../../src/core/tutorial/limits.js';

/** What a property may use that depends on where it runs: the example files' text. */
export interface FuzzContext {
  examples: readonly string[];
}

export interface FuzzProperty {
  name: string;
  /** Cases in `npm test`; `npm run fuzz` runs 100 times as many. */
  runs: number;
  build(context: FuzzContext): fc.IRawProperty<any, boolean>;
}

/** Throws with `message` unless `condition` holds (fast-check reports the throw). */
export function check(condition: boolean, message: string | (() => string)): asserts condition {
  if (!condition) throw new Error(typeof message === 'string' ? message : message());
}

/**
 * What every validation result promises: at most 100 problems plus one `too-many-problems`
 * last, `ok` exactly when no problem is an error, a tutorial only when ok, and with `text`,
 * lines and columns inside the file, in order.
 */
export function checkResult(result: ValidationResult, text?: string): void {
  const { problems } = result;
  check(problems.length <= MAX_PROBLEMS + 1, `${problems.length} problems listed`);
  problems.forEach((p, i) => {
    check(p.code !== 'too-many-problems' || i === problems.length - 1, 'too-many-problems is not last');
    check(typeof p.message === 'string' && p.message.length > 0 && p.message.length < 1_000, `bad message at ${i}`);
    const severities = p.code === 'missing-translation' ? ['warning'] : p.code === 'too-many-problems' ? ['error', 'warning'] : ['error'];
    check(severities.includes(p.severity), `${p.code} is a ${p.severity}`);
  });
  if (problems.length === MAX_PROBLEMS + 1) check(problems[MAX_PROBLEMS]!.code === 'too-many-problems', '101 problems without a summary');
  check(result.ok === problems.every((p) => p.severity !== 'error'), 'ok disagrees with the severities');
  check((result.tutorial !== undefined) === result.ok, 'a tutorial without ok, or ok without a tutorial');
  if (text === undefined) return;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split('\n');
  let previous = [0, 0];
  for (const p of problems) {
    check(p.line !== undefined && p.column !== undefined, `no line/column for ${p.code}`);
    check(p.line >= 1 && p.line <= lines.length, `line ${p.line} outside 1..${lines.length}`);
    check(p.column >= 1 && p.column <= lines[p.line - 1]!.length + 1, `column ${p.column} outside line ${p.line}`);
    check(p.line > previous[0]! || (p.line === previous[0] && p.column >= previous[1]!), 'problems out of file order');
    previous = [p.line, p.column];
  }
}
