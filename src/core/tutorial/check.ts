/**
 * `checkTutorialData()`: every check of `validateTutorial()`, without the words. Elements use
 * it so that a page with a good tutorial never downloads the messages (`words.ts`); they load
 * the words only when there is a problem to explain.
 */
import * as v from 'valibot';
import type { FoundProblem } from './found.js';
import { checkStepGraph } from './graph.js';
import { normalizeData } from './normalize.js';
import type { PathSegment } from './problems.js';
import { TutorialSchema } from './schema.js';
import { shapeProblems } from './shape.js';
import { checkTexts } from './texts.js';
import type { Tutorial } from './types.js';
import { checkValues } from './values.js';
import { walkTutorial } from './walk.js';

/** What the checks found, before anything is worded. @internal */
export interface TutorialCheck {
  /** True when no problem is an error (missing translations are warnings). */
  ok: boolean;
  /** The typed tutorial (NFC, without `x-` fields); only when `ok`. */
  tutorial?: Tutorial;
  /** Every problem, in file order, as `validateTutorial()` finds them: codes, paths, facts. */
  found: FoundProblem[];
  /** The normalized data the problems were found in; their words name places from it. */
  data: unknown;
}

/** Everything the checks found, in the order they found it. @internal */
export interface Findings {
  data: unknown;
  tutorial: Tutorial | undefined;
  found: FoundProblem[];
}

/**
 * Runs every check of `validateTutorial()` on tutorial data and returns the problems without
 * messages: the same codes, paths and severities, in the same order. Never throws for bad
 * data. @internal
 */
export function checkTutorialData(data: unknown): TutorialCheck {
  const findings = findProblems(data);
  // Problems with the same place, code and facts would have the same message.
  const found = sortAndDedupe(findings.found, findings.data, (p) => `${p.path}\u0000${p.code}\u0000${JSON.stringify(p.params)}`);
  const ok = found.every((p) => p.severity !== 'error');
  const result: TutorialCheck = { ok, found, data: findings.data };
  if (ok && findings.tutorial !== undefined) result.tutorial = findings.tutorial;
  return result;
}

/** Runs every check; the problems come in the order the checks found them. @internal */
export function findProblems(input: unknown): Findings {
  const data = normalizeData(input);
  const parsed = v.safeParse(TutorialSchema, data);
  const found: FoundProblem[] = parsed.success ? [] : shapeProblems(parsed.issues, data);
  const walk = walkTutorial(data);
  found.push(...walk.unknownFields, ...checkTexts(data, walk.texts), ...checkStepGraph(data), ...checkValues(data));
  return { data, tutorial: parsed.success ? parsed.output : undefined, found };
}

/** Orders problems as their places appear in the data, and drops repeats (same `keyOf`). @internal */
export function sortAndDedupe<T extends { segments: readonly PathSegment[] }>(problems: T[], data: unknown, keyOf: (problem: T) => string): T[] {
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = keyOf(p);
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
