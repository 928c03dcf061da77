/**
 * Prepares data for validation: a deep copy (the caller's object is never changed), every
 * string and key in Unicode NFC, and `x-` fields dropped.
 *
 * NFC matters for Vietnamese: the same letter "ệ" can arrive precomposed or as "e" plus two
 * combining marks (typed on a Mac, pasted from a PDF). Without one form, equal ids and
 * language codes would compare unequal and text would render with misplaced diacritics.
 */

/** A deep, NFC-normalized copy of JSON-like data, without `x-` fields. */
export function normalizeData(value: unknown): unknown {
  return copy(value, new Set());
}

// Plain ASCII is always NFC; skipping it keeps large tutorials fast.
const ASCII = /^[\x00-\x7f]*$/;

function copy(value: unknown, ancestors: Set<object>): unknown {
  if (typeof value === 'string') return ASCII.test(value) ? value : value.normalize('NFC');
  if (typeof value !== 'object' || value === null) return value;
  if (ancestors.has(value)) {
    // A programming mistake, not something an editor can cause: JSON has no cycles.
    throw new TypeError('validateTutorial: the data refers to itself (a cycle); a tutorial must be plain JSON data.');
  }
  ancestors.add(value);
  let result: unknown;
  if (Array.isArray(value)) {
    const list = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i += 1) list[i] = copy(value[i], ancestors);
    result = list;
  } else {
    const source = value as Record<string, unknown>;
    const object: Record<string, unknown> = {};
    for (const key of Object.keys(source)) {
      const name = ASCII.test(key) ? key : key.normalize('NFC');
      if (name.startsWith('x-')) continue;
      const item = copy(source[key], ancestors);
      // A JSON key "__proto__" must stay a plain (unknown) field, not set the prototype.
      if (name === '__proto__') Object.defineProperty(object, name, { value: item, enumerable: true, writable: true, configurable: true });
      else object[name] = item;
    }
    result = object;
  }
  ancestors.delete(value);
  return result;
}
