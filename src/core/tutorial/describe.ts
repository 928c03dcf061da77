/** Small words for messages about a value, shared by the tutorial's and the catalog's checks. */

/** A short, readable picture of a JSON value for a message: `a number (5)`, `a text ("x")`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list [ … ]';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `a text ("${value.slice(0, 37)}…")` : `a text ("${value}")`;
    case 'number':
      return `a number (${value})`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object { … }';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof value}`;
  }
}
