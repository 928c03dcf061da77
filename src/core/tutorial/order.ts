/**
 * How found problems are put in order and told apart: the order of their places in the file,
 * and no two with the same place, code and facts. Shared by the full check (`check.ts`) and
 * the quick one (`quick.ts`), so both list the same problems the same way. A citizen's page loads
 * it only for a tutorial with problems: a good one has nothing to order.
 */
import type { FoundProblem } from './found.js';
import type { PathSegment } from './problems.js';

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
