/**
 * `validateTutorial()`: every problem of a tutorial at once, so an editor fixes a file in one
 * round instead of one error per run.
 */
import * as v from 'valibot';
import { checkStepGraph } from './graph.js';
import { normalizeData } from './normalize.js';
import type { FoundProblem, PathSegment, Problem, ValidationResult } from './problems.js';
import { TutorialSchema } from './schema.js';
import { shapeProblems } from './shape.js';
import { checkTexts } from './texts.js';
import { checkValues } from './values.js';
import type { Tutorial } from './types.js';
import { walkTutorial } from './walk.js';

/** Everything validation found, before it is made public. @internal */
export interface Findings {
  data: unknown;
  tutorial: Tutorial | undefined;
  problems: FoundProblem[];
}

/** Runs every check and returns the problems in file order. @internal */
export function findProblems(input: unknown): Findings {
  const data = normalizeData(input);
  const parsed = v.safeParse(TutorialSchema, data);
  const problems: FoundProblem[] = parsed.success ? [] : shapeProblems(parsed.issues, data);
  const walk = walkTutorial(data);
  problems.push(...walk.unknownFields, ...checkTexts(data, walk.texts), ...checkStepGraph(data), ...checkValues(data));
  return { data, tutorial: parsed.success ? parsed.output : undefined, problems: sortAndDedupe(problems, data) };
}

/**
 * Checks tutorial data (for example from `JSON.parse` or an import) against format 1 and
 * returns every problem at once: shape, unknown fields, ids and step links, reachability,
 * loops, translations, alt text, links and values. `ok` is true when no problem is an error;
 * then `tutorial` is the typed data with strings in Unicode NFC and `x-` fields removed.
 * Paths are relative to the tutorial; the whole file is `""`. Never throws for bad data.
 */
export function validateTutorial(data: unknown): ValidationResult {
  const { tutorial, problems } = findProblems(data);
  return toResult(tutorial, problems);
}

/** The public result: `ok`, the tutorial when ok, problems without internal fields. @internal */
export function toResult(tutorial: Tutorial | undefined, problems: readonly FoundProblem[]): ValidationResult {
  const ok = problems.every((p) => p.severity !== 'error');
  const result: ValidationResult = { ok, problems: problems.map(toPublic) };
  if (ok && tutorial !== undefined) result.tutorial = tutorial;
  return result;
}

function toPublic(found: FoundProblem): Problem {
  const { path, code, message, severity, line, column } = found;
  const result: Problem = { path, code, message, severity };
  if (line !== undefined && column !== undefined) {
    result.line = line;
    result.column = column;
  }
  return result;
}

/** Orders problems as their places appear in the data, and drops exact repeats. */
function sortAndDedupe(problems: FoundProblem[], data: unknown): FoundProblem[] {
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.path}\u0000${p.code}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const keys = new Map(unique.map((p) => [p, orderKey(p.segments, data)]));
  return unique.sort((a, b) => compareKeys(keys.get(a)!, keys.get(b)!));
}

function orderKey(segments: readonly PathSegment[], data: unknown): number[] {
  const key: number[] = [];
  let node = data;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      key.push(segment);
      node = Array.isArray(node) ? node[segment] : undefined;
    } else if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
      // A missing field (required, untranslated) sorts last in its object, where it would go.
      const index = Object.keys(node).indexOf(segment);
      key.push(index === -1 ? Number.MAX_SAFE_INTEGER : index);
      node = (node as Record<string, unknown>)[segment];
    } else {
      key.push(-1);
      node = undefined;
    }
  }
  return key;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}
