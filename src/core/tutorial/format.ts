/**
 * The tutorial format (format 1) as plain data, without valibot: which fields each part has,
 * which are optional, and what each value must be. A citizen's page checks a tutorial with it
 * (`quick.ts`) and walks it (`walk.ts`) without downloading valibot, which only the validator
 * that words problems loads.
 *
 * It says the same as the valibot schema of `schema.ts` (the source of the TypeScript types and
 * of the JSON Schema): a test walks both side by side, field by field, and a property test
 * checks that the two accept the same data. The rules themselves (patterns, language codes,
 * time zones, option lists) are shared, in `rules.ts`.
 */
import { isRecord } from './data.js';
import { MAX_ID_LENGTH } from './limits.js';
import type { PathSegment } from './problems.js';
import {
  ADVANCE_EVENTS,
  CLOSING_TIME_PATTERN,
  HELP_CHANNEL_TYPES,
  ID_PATTERN,
  isLanguageTag,
  isTimeZone,
  TIME_PATTERN,
  WEEKDAYS,
  type Rule,
} from './rules.js';

/** A check of a string beyond its type, with the rule it words when it fails. */
export type StringRule = readonly [test: (value: string) => boolean, rule: Rule];

/** What a value of the format must be. @internal */
export type Shape =
  | { kind: 'object'; entries: Readonly<Record<string, Shape>> }
  | { kind: 'optional'; shape: Shape }
  | { kind: 'array'; item: Shape; atLeastOne?: boolean }
  /** A plain string in the tutorial's language, or translations keyed by language code. */
  | { kind: 'text' }
  /** An object keyed by language code (never a list), each value of `value`'s shape. */
  | { kind: 'by-language'; value: Shape }
  | { kind: 'string'; rules?: readonly StringRule[] }
  | { kind: 'number'; whole?: boolean; positive?: boolean }
  | { kind: 'boolean' }
  /** Exactly one of these values (the format version, a list of options). */
  | { kind: 'one-of'; options: readonly (string | number)[] }
  /** A step id, or null for "finish here". */
  | { kind: 'step-reference' };

/** The one shape of every text (identity matters: `walk.ts` finds texts by it). */
export const TEXT: Shape = { kind: 'text' };

// The builders, for this file and the catalog's (`core/catalog/format.ts`). @internal
export const optional = (shape: Shape): Shape => ({ kind: 'optional', shape });
export const object = (entries: Record<string, Shape>): Shape => ({ kind: 'object', entries });
export const string = (...rules: StringRule[]): Shape => ({ kind: 'string', rules });
const matches = (pattern: RegExp, rule: Rule): StringRule => [(s) => pattern.test(s), rule];
export const notEmpty = string([(s) => s.length > 0, 'not-empty']);
export const id = string(matches(ID_PATTERN, 'id'), [(s) => s.length <= MAX_ID_LENGTH, 'id-length']);
export const language = string([isLanguageTag, 'lang']);
const positiveWholeNumber: Shape = { kind: 'number', whole: true, positive: true };
export const oneOf = (options: readonly (string | number)[]): Shape => ({ kind: 'one-of', options });

/** When a help channel is open on some days of the week. */
const OPENING_HOURS = object({
  days: { kind: 'array', item: oneOf(WEEKDAYS), atLeastOne: true },
  opens: string(matches(TIME_PATTERN, 'time')),
  closes: string(matches(CLOSING_TIME_PATTERN, 'closing-time')),
});

/** How a citizen can get help from a person. @internal */
export const HELP = object({
  channels: {
    kind: 'array',
    item: object({
      type: oneOf(HELP_CHANNEL_TYPES),
      label: TEXT,
      value: notEmpty,
      map: optional(string()),
      hours: optional({ kind: 'array', item: OPENING_HOURS }),
    }),
  },
  timezone: optional(string([isTimeZone, 'timezone'])),
});

const STEP = object({
  id,
  title: TEXT,
  body: optional(TEXT),
  image: optional(
    object({
      src: notEmpty,
      alt: TEXT,
      decorative: optional({ kind: 'boolean' }),
      width: optional(positiveWholeNumber),
      height: optional(positiveWholeNumber),
    }),
  ),
  audio: optional({ kind: 'by-language', value: notEmpty }),
  tip: optional(TEXT),
  warning: optional(TEXT),
  choices: optional({ kind: 'array', item: object({ label: TEXT, next: { kind: 'step-reference' } }), atLeastOne: true }),
  next: optional({ kind: 'step-reference' }),
  target: optional(notEmpty),
  advanceOn: optional(object({ event: oneOf(ADVANCE_EVENTS) })),
  help: optional(HELP),
});

/** A whole tutorial file, format 1. @internal */
export const TUTORIAL = object({
  $schema: optional(string()),
  format: oneOf([1]),
  id,
  revision: positiveWholeNumber,
  lang: language,
  title: TEXT,
  summary: optional(TEXT),
  minutes: optional({ kind: 'number', positive: true }),
  requirements: optional({ kind: 'array', item: TEXT }),
  completion: optional(TEXT),
  help: optional(HELP),
  steps: { kind: 'array', item: STEP, atLeastOne: true },
});

/** Where a value departs from its shape, and what it should have been. @internal */
export interface Fault {
  segments: PathSegment[];
  /** What was expected, in a few plain words (for a portal developer's console). */
  expected: string;
}

/**
 * Every place where `value` departs from `shape`, at most `limit` of them (a flood stops
 * early). Empty when it has the shape. Never throws for data that `normalizeData` copied.
 * @internal
 */
export function faultsOf(shape: Shape, value: unknown, limit = Infinity): Fault[] {
  const faults: Fault[] = [];
  const fault = (segments: PathSegment[], expected: string) => {
    if (faults.length < limit) faults.push({ segments, expected });
  };
  const visit = (node: Shape, item: unknown, segments: PathSegment[]): void => {
    if (faults.length >= limit) return;
    switch (node.kind) {
      case 'optional':
        if (item !== undefined) visit(node.shape, item, segments);
        return;
      case 'object':
        if (!isRecord(item)) return fault(segments, 'an object');
        for (const [name, entry] of Object.entries(node.entries)) {
          const present = Object.hasOwn(item, name);
          if (present) visit(entry, item[name], [...segments, name]);
          else if (entry.kind !== 'optional') fault([...segments, name], 'a value (it is missing)');
        }
        return;
      case 'array':
        if (!Array.isArray(item)) return fault(segments, 'a list');
        if (node.atLeastOne && item.length === 0) fault(segments, 'at least one item');
        item.forEach((entry, i) => visit(node.item, entry, [...segments, i]));
        return;
      case 'text':
        if (typeof item === 'string') return;
        return visit({ kind: 'by-language', value: { kind: 'string' } }, item, segments);
      case 'by-language':
        if (!isRecord(item)) return fault(segments, 'an object keyed by language code');
        for (const [name, entry] of Object.entries(item)) {
          if (!isLanguageTag(name)) fault([...segments, name], 'a language code such as "vi" as the key');
          visit(node.value, entry, [...segments, name]);
        }
        return;
      case 'string':
        if (typeof item !== 'string') return fault(segments, 'a string');
        for (const [test, rule] of node.rules ?? []) if (!test(item)) fault(segments, `a string that follows the rule "${rule}"`);
        return;
      case 'number':
        if (typeof item !== 'number' || Number.isNaN(item)) return fault(segments, 'a number');
        if (node.whole && !Number.isInteger(item)) fault(segments, 'a whole number');
        if (node.positive && !(item > 0)) fault(segments, 'a number above 0');
        return;
      case 'boolean':
        if (typeof item !== 'boolean') fault(segments, 'true or false');
        return;
      case 'one-of':
        if (!node.options.includes(item as string | number)) fault(segments, `one of ${node.options.map((o) => JSON.stringify(o)).join(', ')}`);
        return;
      case 'step-reference':
        if (item !== null && typeof item !== 'string') fault(segments, 'a step id or null');
        return;
    }
  };
  visit(shape, value, []);
  return faults;
}
