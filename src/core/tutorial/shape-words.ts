/**
 * Words for the shape problems `shape.ts` finds: the place named in words, what was expected
 * in plain terms and, where it helps, a suggestion.
 */
import type { FoundProblem, ProblemParams } from './found.js';
import { MAX_ID_LENGTH } from './limits.js';
import { describeValue, placeOf, quote, subject } from './places.js';
import { ADVANCE_EVENTS, HELP_CHANNEL_TYPES, isLanguageTag, WEEKDAYS } from './schema.js';
import { closest, toId } from './suggest.js';

export type ShapeParams = Extract<ProblemParams, { kind: 'list-for-object' | 'missing-field' | 'format-version' | 'unknown-option' | 'wrong-type' | 'rule' }>;

const EXPECTED: Record<string, string> = {
  string: 'a text in double quotes',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list in square brackets [ ]',
  object: 'an object in curly brackets { }',
  union: 'a text in double quotes, or translations like { "vi": "…", "en": "…" }',
  record: 'translations like { "vi": "…", "en": "…" }',
};

/** What to add for a missing field, by field name. */
const ADD_HINT: Record<string, string> = {
  format: 'Add "format": 1.',
  id: 'Add a short name made of lowercase letters, digits and hyphens, such as "install-app".',
  revision: 'Add "revision": 1, and raise it when the steps change.',
  lang: 'Add the language code of the texts, such as "vi".',
  title: 'Add the heading the citizen sees.',
  steps: 'Add the list of steps.',
  label: 'Add the text the citizen sees on it.',
  next: 'Write the id of the step it leads to, or null to finish the tutorial.',
  src: 'Say where the picture is, such as "img/step-1.png".',
  type: `Add one of ${HELP_CHANNEL_TYPES.map((t) => `"${t}"`).join(', ')}.`,
  value: 'Add the phone number, address or link.',
  channels: 'Add the list of ways to reach a person.',
  days: 'Add the days, such as ["mo", "tu", "we", "th", "fr"].',
  opens: 'Add the opening time, such as "07:30".',
  closes: 'Add the closing time, such as "17:00".',
  event: 'Add "change", "input" or "click".',
};

/** The message of a shape problem. */
export function describeShape(problem: FoundProblem, params: ShapeParams, data: unknown): string {
  const segments = problem.segments;
  const place = placeOf(segments, data);
  const key = segments[segments.length - 1];
  const where = () => (segments.length === 0 ? 'The file should hold the tutorial as' : `${subject(place)} should be`);
  switch (params.kind) {
    case 'list-for-object':
      return `${where()} ${EXPECTED['object']}, not ${describeValue(params.value)}.`;
    case 'missing-field': {
      const owner = subject({ owner: place.owner, rest: place.rest.slice(0, -1) });
      const name = String(key);
      return `${owner} has no "${name}". ${Object.hasOwn(ADD_HINT, name) ? ADD_HINT[name] : 'Add it.'}`;
    }
    case 'format-version': {
      const value = params.value;
      return typeof value === 'number' && Number.isInteger(value) && value > 1
        ? `This file is written for format ${value}, but this version of guidepost reads format 1. Use a newer guidepost, or write "format": 1.`
        : `"format" should be the number 1, not ${describeValue(value)}.`;
    }
    case 'unknown-option': {
      const field = [...place.rest].reverse().find((s): s is string => typeof s === 'string');
      const options: readonly string[] = field === 'days' ? WEEKDAYS : field === 'event' ? ADVANCE_EVENTS : HELP_CHANNEL_TYPES;
      const text = typeof params.value === 'string' ? params.value : '';
      const start = text.slice(0, 2).toLowerCase();
      const guess = field === 'days' && WEEKDAYS.some((d) => d === start) ? start : closest(text, options);
      const hint = guess ? ` Did you mean "${guess}"?` : '';
      return `${subject(place)} is ${quote(params.value)}, which guidepost does not know. Use one of ${options.map((o) => `"${o}"`).join(', ')}.${hint}`;
    }
    case 'wrong-type': {
      const expected = key === 'next' ? 'the id of a step in double quotes, or null to finish there' : (Object.hasOwn(EXPECTED, params.type) ? EXPECTED[params.type] : params.expected) ?? 'something else';
      return `${where()} ${expected}, not ${describeValue(params.value)}.`;
    }
    case 'rule':
      return describeRule(problem, params, data);
  }
}

function describeRule(problem: FoundProblem, { rule, value }: Extract<ProblemParams, { kind: 'rule' }>, data: unknown): string {
  const segments = problem.segments;
  const place = placeOf(segments, data);
  const field = subject(place);
  switch (rule) {
    case 'id': {
      const suggestion = typeof value === 'string' && value.length <= MAX_ID_LENGTH * 2 ? toId(value) : '';
      const hint = suggestion !== '' && suggestion.length <= MAX_ID_LENGTH ? ` such as "${suggestion}"` : ' such as "install-app"';
      // The step's own (broken) id would only repeat itself in its name.
      const whose = typeof segments[1] === 'number' ? `Step ${segments[1] + 1}` : 'The tutorial';
      return `${whose} has the id ${quote(value)}, which is not allowed. Use only lowercase letters (a-z), digits and hyphens between them,${hint}.`;
    }
    case 'id-length': {
      const whose = typeof segments[1] === 'number' ? `Step ${segments[1] + 1}` : 'The tutorial';
      const length = typeof value === 'string' ? value.length : 0;
      return `${whose} has an id of ${length.toLocaleString('en-US')} characters, which is too long. Use a short id of at most ${MAX_ID_LENGTH} characters, such as "install-app".`;
    }
    case 'lang': {
      const canonical = canonicalTag(String(value));
      const hint = canonical ? ` Did you mean "${canonical}"?` : ' Use a language code such as "vi", "en" or "hmn".';
      if (problem.atKey) {
        const text = subject({ owner: place.owner, rest: place.rest.slice(0, -1) });
        return `${text} has a translation under ${quote(value)}, which is not a language code.${hint}`;
      }
      return `${field} is ${quote(value)}, which is not a language code.${hint}`;
    }
    case 'timezone':
      return `${field} is ${quote(value)}, which is not a time zone guidepost knows. Use an IANA name such as "Asia/Ho_Chi_Minh".`;
    case 'time':
    case 'closing-time':
      return `${field} is ${quote(value)}, which is not a time. Write it as HH:MM on a 24-hour clock, such as "07:30" or "17:00"${rule === 'closing-time' ? ' ("24:00" for midnight)' : ''}.`;
    case 'positive':
      return `${field} is ${quote(value)}, but it must be a number above 0.`;
    case 'whole-number':
      return `${field} is ${quote(value)}, but it must be a whole number (1, 2, 3…).`;
    case 'at-least-one': {
      const owner = subject({ owner: place.owner, rest: place.rest.slice(0, -1) });
      const list = place.rest[place.rest.length - 1];
      return `${owner} has an empty "${String(list)}" list. Add at least one item${list === 'choices' ? ', or remove "choices"' : ''}.`;
    }
    case 'not-empty':
      return `${field} is empty. Fill it in.`;
    default:
      // Only if the schema gains a check without a rule of its own.
      return `${field} is ${quote(value)}, which is not allowed here.`;
  }
}

/** A language code written the usual way ("en-US" for "en-us"), when it differs. */
export function canonicalTag(tag: string): string | undefined {
  try {
    const canonical = Intl.getCanonicalLocales(tag)[0];
    return canonical !== undefined && canonical !== tag && isLanguageTag(canonical) ? canonical : undefined;
  } catch {
    return undefined;
  }
}
