/**
 * `checkTutorialData()`: every check of `validateTutorial()`, without the words. Elements use
 * it so that a page with a good tutorial never downloads the messages (`words.ts`); they load
 * the words only when there is a problem to explain.
 */
import * as v from 'valibot';
import { found as foundProblem, type FoundProblem } from './found.js';
import { checkStepGraph } from './graph.js';
import { normalizeData, type Oversize } from './normalize.js';
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
  /** True when translations were no longer checked, past `MAX_FOUND` problems. */
  incomplete: boolean;
}

/**
 * Runs every check of `validateTutorial()` on tutorial data and returns the problems without
 * messages: the same codes, paths and severities, in the same order. Never throws for bad
 * data. @internal
 */
export function checkTutorialData(data: unknown): TutorialCheck {
  const findings = findProblems(data);
  // Problems with the same place, code and facts would have the same message.
  const found = sortAndDedupe(findings.found, findings.data, problemKey);
  const ok = found.every((p) => p.severity !== 'error');
  const result: TutorialCheck = { ok, found, data: findings.data };
  if (ok && findings.tutorial !== undefined) result.tutorial = findings.tutorial;
  return result;
}

/** Runs every check; the problems come in the order the checks found them. @internal */
export function findProblems(input: unknown): Findings {
  const oversize: Oversize = { tooDeep: [], tooMany: false };
  const data = normalizeData(input, oversize);
  if (oversize.tooMany) return { data, tutorial: undefined, found: [foundProblem('too-large', [], { kind: 'too-many-values' })], incomplete: false };
  const parsed = v.safeParse(TutorialSchema, data);
  const found: FoundProblem[] = oversize.tooDeep.map((segments) => foundProblem('too-deep', segments, { kind: 'too-deep' }));
  if (!parsed.success) append(found, shapeProblems(parsed.issues, data));
  const walk = walkTutorial(data);
  const texts = checkTexts(data, walk.texts);
  for (const list of [walk.unknownFields, texts.problems, checkStepGraph(data), checkValues(data)]) append(found, list);
  return { data, tutorial: parsed.success ? parsed.output : undefined, found, incomplete: texts.incomplete };
}

/** `target.push(...items)` without spreading a long list onto the call stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/**
 * What makes two found problems the same problem (and so the same message): place, code and
 * facts. Never throws (a BigInt has no JSON) and stays short for a huge value.
 */
export function problemKey(problem: FoundProblem): string {
  const facts = Object.entries(problem.params).map(([name, value]) => `${name}=${factKey(value)}`);
  return `${problem.path}\u0000${problem.code}\u0000${facts.join('\u0000')}`;
}

function factKey(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 200 ? value.slice(0, 200) : value);
  if (Array.isArray(value)) return `[${value.length}:${value.slice(0, 20).map((item) => (typeof item === 'object' && item !== null ? typeof item : String(item))).join(',')}]`;
  if (typeof value === 'object' && value !== null) return 'object';
  return `${typeof value}:${String(value)}`;
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
  const positions = new Map<object, Map<string, number>>();
  const keys = new Map(unique.map((p) => [p, orderKey(p.segments, data, positions)]));
  return unique.sort((a, b) => compareKeys(keys.get(a)!, keys.get(b)!));
}

/** Where a key is in its object, from a map made once per object (objects may have many keys). */
function keyIndex(node: object, key: string, positions: Map<object, Map<string, number>>): number {
  let map = positions.get(node);
  if (!map) {
    map = new Map(Object.keys(node).map((name, index) => [name, index]));
    positions.set(node, map);
  }
  return map.get(key) ?? -1;
}

function orderKey(segments: readonly PathSegment[], data: unknown, positions: Map<object, Map<string, number>>): number[] {
  const key: number[] = [];
  let node = data;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      key.push(segment);
      node = Array.isArray(node) ? node[segment] : undefined;
    } else if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
      // A missing field (required, untranslated) sorts last in its object, where it would go.
      const index = keyIndex(node, segment, positions);
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
