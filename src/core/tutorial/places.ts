/**
 * Names the place a problem is at in words an editor recognises ("Step 4 (register)",
 * "Help channel 1 (phone) of step 2 (call)") instead of a 0-based JSON path.
 */
import { isRecord, valueAt } from './data.js';
import type { PathSegment } from './problems.js';

/** Where a problem is: the thing it belongs to, and the field path inside that thing. */
export interface Place {
  /** "Step 4 (register)", "Choice 2 of step 1 (has-card)", "" for the tutorial itself. */
  owner: string;
  /** The rest of the path inside the owner, such as `['image', 'alt']`. */
  rest: PathSegment[];
}

/** "step 4 (register)": the 1-based number and, when it has a usable one, the id. */
export function stepName(index: number, step: unknown): string {
  const id = isRecord(step) ? step['id'] : undefined;
  return typeof id === 'string' && id.trim() !== '' ? `step ${index + 1} (${clip(id)})` : `step ${index + 1}`;
}

/**
 * Cuts what an editor wrote to `max` characters for a message (`get-card-fi…`): a name or
 * address of thousands of characters would bury the message itself.
 */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Capitalises the first letter, for a name that starts a sentence. */
export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The names of the things a path can belong to, in one language: each returns the name as it
 * stands inside a sentence (lowercase); `placeOf` capitalises it. `owner` is the thing it
 * belongs to ("" for the tutorial itself).
 */
export interface PlaceNames {
  step(index: number, step: unknown): string;
  choice(index: number, owner: string): string;
  requirement(index: number): string;
  channel(index: number, type: string | undefined, owner: string): string;
  hours(index: number, owner: string): string;
}

/** The English names: "step 4 (register)", "help channel 1 (phone) of step 2 (call)". */
export const ENGLISH_PLACES: PlaceNames = {
  step: stepName,
  choice: (index, owner) => `choice ${index + 1} of ${owner}`,
  requirement: (index) => `requirement ${index + 1}`,
  channel: (index, type, owner) => {
    const name = `help channel ${index + 1}${type === undefined ? '' : ` (${clip(type, 20)})`}`;
    return owner === '' ? name : `${name} of ${owner}`;
  },
  hours: (index, owner) => `opening hours ${index + 1} of ${owner}`,
};

/** Finds the thing a path belongs to, with the words to name it. */
export function placeOf(segments: readonly PathSegment[], data: unknown, names: PlaceNames = ENGLISH_PLACES): Place {
  let owner = '';
  let i = 0;
  const at = (k: number) => segments[k];
  if (at(0) === 'steps' && typeof at(1) === 'number') {
    owner = names.step(at(1) as number, valueAt(data, segments.slice(0, 2)));
    i = 2;
    if (at(2) === 'choices' && typeof at(3) === 'number') {
      owner = names.choice(at(3) as number, owner);
      i = 4;
    }
  } else if (at(0) === 'requirements' && typeof at(1) === 'number') {
    owner = names.requirement(at(1) as number);
    i = 2;
  }
  if (at(i) === 'help' && at(i + 1) === 'channels' && typeof at(i + 2) === 'number') {
    const channel = valueAt(data, segments.slice(0, i + 3));
    const type = isRecord(channel) && typeof channel['type'] === 'string' ? channel['type'] : undefined;
    owner = names.channel(at(i + 2) as number, type, owner);
    i += 3;
    if (at(i) === 'hours' && typeof at(i + 1) === 'number') {
      owner = names.hours(at(i + 1) as number, owner);
      i += 2;
    }
  }
  return { owner: capital(owner), rest: segments.slice(i) };
}

/**
 * Names a field path inside its owner: `"alt" in "image"`, `"days" (item 3)`; the empty
 * path is named by `whole`.
 */
export function fieldName(rest: readonly PathSegment[], whole = 'it'): string {
  const parts: string[] = [];
  for (const segment of rest) {
    if (typeof segment === 'number') {
      if (parts.length === 0) parts.push(`item ${segment + 1}`);
      else parts[parts.length - 1] += ` (item ${segment + 1})`;
    } else parts.push(`"${clip(segment)}"`);
  }
  return parts.length === 0 ? whole : parts.reverse().join(' in ');
}

/**
 * Names the place as the subject of a sentence: `Step 4 (register): "title"`, `Requirement 2`,
 * `"lang"`, or `The tutorial` for the whole file.
 */
export function subject(place: Place): string {
  if (place.rest.length === 0) return place.owner === '' ? 'The tutorial' : place.owner;
  return `${lead(place)}${fieldName(place.rest)}`;
}

/** Starts a sentence about a place: `Step 4 (register): ` or nothing for the tutorial. */
export function lead(place: Place): string {
  return place.owner === '' ? '' : `${place.owner}: `;
}

export { describeValue } from './describe.js';

/**
 * Quotes a value as the editor wrote it: `"25:00"`, `-5`, `null`, cut to 60 characters. Never
 * throws and never reads far into a huge or deep value: data from a program may hold what JSON
 * cannot (a BigInt, a function) or lists nested thousands of levels deep.
 */
export function quote(value: unknown): string {
  const text = render(value, 61);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** JSON-like text of `value`, stopping once it is `budget` characters long. */
function render(value: unknown, budget: number): string {
  if (budget <= 0) return '';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > budget ? value.slice(0, budget) : value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : String(value);
    case 'bigint':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return value.toString();
    case 'function':
      return 'a function';
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length && text.length < budget; i += 1) text += `${i > 0 ? ',' : ''}${render(value[i], budget - text.length)}`;
    return `${text}]`;
  }
  let text = '{';
  for (const key in value as object) {
    if (text.length >= budget) break;
    if (!Object.hasOwn(value as object, key)) continue;
    text += `${text.length > 1 ? ',' : ''}${JSON.stringify(key.slice(0, budget))}:${render((value as Record<string, unknown>)[key], budget - text.length)}`;
  }
  return `${text}}`;
}
