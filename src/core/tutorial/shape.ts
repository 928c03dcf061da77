/**
 * Turns valibot's shape issues into problems an editor can act on: the right code, the place
 * named in words, what was expected in plain terms and, where it helps, a suggestion.
 */
import type * as v from 'valibot';
import { describeValue, placeOf, quote, subject, valueAt, type Place } from './places.js';
import { problem, type FoundProblem, type PathSegment } from './problems.js';
import { HELP_CHANNEL_TYPES, isLanguageTag, WEEKDAYS, ADVANCE_EVENTS, type Rule } from './schema.js';
import { closest, toId } from './suggest.js';

type Issue = v.BaseIssue<unknown>;

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

/** Converts every valibot issue into problems (a broken translation may give several). */
export function shapeProblems(issues: readonly Issue[], data: unknown): FoundProblem[] {
  return issues.flatMap((issue) => fromIssue(issue, [], data));
}

function fromIssue(issue: Issue, base: PathSegment[], data: unknown): FoundProblem[] {
  const path = issue.path ?? [];
  const segments = [...base, ...path.map((item) => item.key as PathSegment)];
  if (issue.type === 'union') {
    // A translations object with a bad part: report that part, not the whole text.
    const nested = (issue.issues ?? []).filter((sub) => (sub.path?.length ?? 0) > 0);
    if (nested.length > 0) return nested.flatMap((sub) => fromIssue(sub, segments, data));
  }
  const place = placeOf(segments, data);
  const key = segments[segments.length - 1];
  const atKey = path[path.length - 1]?.origin === 'key';
  if (issue.kind === 'validation') return [fromRule(issue.message as Rule, segments, place, issue.input, atKey)];

  if (issue.type === 'object' && issue.received === 'undefined' && typeof key === 'string') {
    // valibot takes a list for an object and misses every field; say it is a list instead.
    const parent = segments.slice(0, -1);
    const container = valueAt(data, parent);
    if (Array.isArray(container)) {
      const where = parent.length === 0 ? 'The file should hold the tutorial as' : `${subject(placeOf(parent, data))} should be`;
      return [problem('wrong-type', parent, `${where} ${EXPECTED['object']}, not ${describeValue(container)}.`)];
    }
    return [missing(segments, place, key)];
  }
  if (issue.type === 'literal') return [formatVersion(segments, issue.input)];
  if (issue.type === 'picklist') return [unknownOption(segments, place, issue.input)];
  const expected = key === 'next' ? 'the id of a step in double quotes, or null to finish there' : (Object.hasOwn(EXPECTED, issue.type) ? EXPECTED[issue.type] : issue.expected) ?? 'something else';
  const where = segments.length === 0 ? 'The file should hold the tutorial as' : `${subject(place)} should be`;
  return [problem('wrong-type', segments, `${where} ${expected}, not ${describeValue(issue.input)}.`)];
}

function missing(segments: PathSegment[], place: Place, key: string): FoundProblem {
  const parent = place.rest.slice(0, -1);
  if (key === 'alt' && parent[parent.length - 1] === 'image') {
    return problem('missing-alt', segments, `${place.owner} has an image without alt text. Describe the picture for people who cannot see it.`);
  }
  const owner = subject({ owner: place.owner, rest: parent });
  return problem('required', segments, `${owner} has no "${key}". ${(Object.hasOwn(ADD_HINT, key) ? ADD_HINT[key] : 'Add it.')}`);
}

function formatVersion(segments: PathSegment[], value: unknown): FoundProblem {
  const message =
    typeof value === 'number' && Number.isInteger(value) && value > 1
      ? `This file is written for format ${value}, but this version of guidepost reads format 1. Use a newer guidepost, or write "format": 1.`
      : `"format" should be the number 1, not ${describeValue(value)}.`;
  return problem('format-version', segments, message);
}

function unknownOption(segments: PathSegment[], place: Place, value: unknown): FoundProblem {
  const key = [...place.rest].reverse().find((s): s is string => typeof s === 'string');
  const options: readonly string[] = key === 'days' ? WEEKDAYS : key === 'event' ? ADVANCE_EVENTS : HELP_CHANNEL_TYPES;
  const text = typeof value === 'string' ? value : '';
  const guess = key === 'days' && WEEKDAYS.some((d) => d === text.slice(0, 2).toLowerCase()) ? text.slice(0, 2).toLowerCase() : closest(text, options);
  const hint = guess ? ` Did you mean "${guess}"?` : '';
  return problem(
    'invalid-value',
    segments,
    `${subject(place)} is ${quote(value)}, which guidepost does not know. Use one of ${options.map((o) => `"${o}"`).join(', ')}.${hint}`,
  );
}

function fromRule(rule: Rule, segments: PathSegment[], place: Place, value: unknown, atKey: boolean): FoundProblem {
  const field = subject(place);
  switch (rule) {
    case 'id': {
      const suggestion = typeof value === 'string' ? toId(value) : '';
      const hint = suggestion !== '' ? ` such as "${suggestion}"` : ' such as "install-app"';
      // The step's own (broken) id would only repeat itself in its name.
      const whose = typeof segments[1] === 'number' ? `Step ${segments[1] + 1}` : 'The tutorial';
      return problem('invalid-id', segments, `${whose} has the id ${quote(value)}, which is not allowed. Use only lowercase letters (a-z), digits and hyphens between them,${hint}.`);
    }
    case 'lang': {
      const canonical = canonicalTag(String(value));
      const hint = canonical ? ` Did you mean "${canonical}"?` : ' Use a language code such as "vi", "en" or "hmn".';
      if (atKey) {
        const text = subject({ owner: place.owner, rest: place.rest.slice(0, -1) });
        return problem('invalid-value', segments, `${text} has a translation under ${quote(value)}, which is not a language code.${hint}`, true);
      }
      return problem('invalid-value', segments, `${field} is ${quote(value)}, which is not a language code.${hint}`);
    }
    case 'timezone':
      return problem('invalid-value', segments, `${field} is ${quote(value)}, which is not a time zone guidepost knows. Use an IANA name such as "Asia/Ho_Chi_Minh".`);
    case 'time':
    case 'closing-time':
      return problem('invalid-value', segments, `${field} is ${quote(value)}, which is not a time. Write it as HH:MM on a 24-hour clock, such as "07:30" or "17:00"${rule === 'closing-time' ? ' ("24:00" for midnight)' : ''}.`);
    case 'positive':
      return problem('invalid-value', segments, `${field} is ${quote(value)}, but it must be a number above 0.`);
    case 'whole-number':
      return problem('invalid-value', segments, `${field} is ${quote(value)}, but it must be a whole number (1, 2, 3…).`);
    case 'at-least-one': {
      const owner = subject({ owner: place.owner, rest: place.rest.slice(0, -1) });
      return problem('required', segments, `${owner} has an empty "${String(place.rest[place.rest.length - 1])}" list. Add at least one item${place.rest[place.rest.length - 1] === 'choices' ? ', or remove "choices"' : ''}.`);
    }
    case 'not-empty':
      return problem('empty-text', segments, `${field} is empty. Fill it in.`);
    default:
      // Only if the schema gains a check without a rule of its own.
      return problem('invalid-value', segments, `${field} is ${quote(value)}, which is not allowed here.`);
  }
}

function canonicalTag(tag: string): string | undefined {
  try {
    const canonical = Intl.getCanonicalLocales(tag)[0];
    return canonical !== undefined && canonical !== tag && isLanguageTag(canonical) ? canonical : undefined;
  } catch {
    return undefined;
  }
}
