/** Reading and immutably writing a value at a path of a draft. */
import type { DraftPath } from './types.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `path` in `data`, or undefined. */
export function getIn(data: unknown, path: DraftPath): unknown {
  let node = data;
  for (const key of path) {
    if (typeof key === 'number') node = Array.isArray(node) ? node[key] : undefined;
    else node = isObject(node) ? node[key] : undefined;
  }
  return node;
}

/**
 * A copy of `data` with `value` at `path`; only the objects along the path are copied. An
 * `undefined` value removes the key (an optional field left empty is not written at all).
 * Missing objects along the path are created.
 */
export function setIn<T>(data: T, path: DraftPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  if (typeof key === 'number') {
    const list = Array.isArray(data) ? [...(data as unknown[])] : [];
    list[key] = setIn(list[key], rest, value);
    return list as T;
  }
  const object: Record<string, unknown> = isObject(data) ? { ...data } : {};
  const inner = setIn(object[key!], rest, value);
  if (inner === undefined) delete object[key!];
  else object[key!] = inner;
  return object as T;
}

/** Writes a path as the validator does: `steps[2].choices[0].label.en`. */
export function formatDraftPath(path: DraftPath): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? key : `.${key}`;
  }
  return text;
}

/** Reads a validator path (`steps[2].title.en`) back into keys and indexes. */
export function parseDraftPath(text: string): (string | number)[] {
  const path: (string | number)[] = [];
  const pattern = /\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|\.?([^.[\]]+)/g;
  for (const match of text.matchAll(pattern)) {
    if (match[1] !== undefined) path.push(Number(match[1]));
    else if (match[2] !== undefined) path.push(JSON.parse(`"${match[2]}"`) as string);
    else if (match[3] !== undefined) path.push(match[3]);
  }
  return path;
}
