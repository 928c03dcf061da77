/**
 * Prepares data for validation: a deep copy (the caller's object is never changed), every
 * string and key in Unicode NFC, and `x-` fields dropped.
 *
 * NFC matters for Vietnamese: the same letter "ệ" can arrive precomposed or as "e" plus two
 * combining marks (typed on a Mac, pasted from a PDF). Without one form, equal ids and
 * language codes would compare unequal and text would render with misplaced diacritics.
 */
import { MAX_DEPTH, MAX_VALUES } from './limits.js';
import type { PathSegment } from './problems.js';

/** What the copy found beyond the limits. */
export interface Oversize {
  /** The paths of lists and objects more than {@link MAX_DEPTH} levels deep (copied empty). */
  tooDeep: PathSegment[][];
  /** The data has more than {@link MAX_VALUES} values; the copy stopped there. */
  tooMany: boolean;
}

/**
 * A deep, NFC-normalized copy of JSON-like data, without `x-` fields. A list or object more
 * than {@link MAX_DEPTH} levels deep is copied empty and its path noted in `oversize`: no
 * check looks that deep, and copying it would exhaust the call stack. Past
 * {@link MAX_VALUES} values the copy stops (and gives undefined), so a flood is rejected fast.
 */
export function normalizeData(value: unknown, oversize: Oversize = { tooDeep: [], tooMany: false }): unknown {
  const copier = new Copier(oversize);
  try {
    return copier.copy(value);
  } catch (error) {
    if (error !== TOO_MANY) throw error;
    oversize.tooMany = true;
    return undefined;
  }
}

const TOO_MANY = Symbol('too many values');
/** A field whose getter throws: left out, so it is reported as missing. */
const UNREADABLE = Symbol('unreadable');

/**
 * Reads a part of data from a program, which may not be plain JSON: a getter that throws or a
 * revoked Proxy reads as `fallback` (a missing field, an empty list), never as a throw.
 */
function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

// Plain ASCII is always NFC; skipping it keeps large tutorials fast.
const ASCII = /^[\x00-\x7f]*$/;

class Copier {
  private readonly ancestors = new Set<object>();
  private readonly segments: PathSegment[] = [];
  private count = 0;

  constructor(private readonly oversize: Oversize) {}

  copy(value: unknown): unknown {
    this.count += 1;
    if (this.count > MAX_VALUES) throw TOO_MANY;
    if (typeof value === 'string') return ASCII.test(value) ? value : value.normalize('NFC');
    if (typeof value !== 'object' || value === null) return value;
    const { ancestors, segments } = this;
    if (ancestors.size >= MAX_DEPTH) {
      this.oversize.tooDeep.push([...segments]);
      return Array.isArray(value) ? [] : {};
    }
    if (ancestors.has(value)) {
      // A programming mistake, not something an editor can cause: JSON has no cycles.
      throw new TypeError('validateTutorial: the data refers to itself (a cycle); a tutorial must be plain JSON data.');
    }
    ancestors.add(value);
    let result: unknown;
    if (attempt(() => Array.isArray(value), false)) {
      const source = value as unknown[];
      const list: unknown[] = [];
      const length = attempt(() => source.length, 0);
      for (let i = 0; i < length; i += 1) {
        segments.push(i);
        list.push(this.copy(attempt(() => source[i], undefined)));
        segments.pop();
      }
      result = list;
    } else {
      const source = value as Record<string, unknown>;
      const object: Record<string, unknown> = {};
      for (const key of attempt(() => Object.keys(source), [])) {
        const name = ASCII.test(key) ? key : key.normalize('NFC');
        if (name.startsWith('x-')) continue;
        const read = attempt(() => source[key], UNREADABLE);
        if (read === UNREADABLE) continue;
        segments.push(name);
        const item = this.copy(read);
        segments.pop();
        // A JSON key "__proto__" must stay a plain (unknown) field, not set the prototype.
        if (name === '__proto__') Object.defineProperty(object, name, { value: item, enumerable: true, writable: true, configurable: true });
        else object[name] = item;
      }
      result = object;
    }
    ancestors.delete(value);
    return result;
  }
}
