/** Reading the (normalized, possibly malformed) data a check is given. */
import type { PathSegment } from './problems.js';

/** Whether a value is a JSON object (not a list, not null). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the value at `segments` in `data`, or undefined. */
export function valueAt(data: unknown, segments: readonly PathSegment[]): unknown {
  let node = data;
  for (const segment of segments) {
    if (typeof segment === 'number') node = Array.isArray(node) ? node[segment] : undefined;
    else node = isRecord(node) ? node[segment] : undefined;
  }
  return node;
}
