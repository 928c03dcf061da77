/**
 * Turns valibot's shape issues into found problems with the right code and place, and the
 * facts `shape-words.ts` needs to say what was expected in plain terms.
 */
import type * as v from 'valibot';
import { valueAt } from './data.js';
import { found, type FoundProblem } from './found.js';
import type { PathSegment, ProblemCode } from './problems.js';
import type { Rule } from './schema.js';

type Issue = v.BaseIssue<unknown>;

/** The code of a problem found by each schema rule. */
const RULE_CODES: Partial<Record<Rule, ProblemCode>> = { id: 'invalid-id', 'id-length': 'invalid-id', 'at-least-one': 'required', 'not-empty': 'empty-text' };

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
  const key = segments[segments.length - 1];
  if (issue.kind === 'validation') {
    const rule = issue.message as Rule;
    // Only a language code can be wrong as a key (of translations); point at the key then.
    const atKey = rule === 'lang' && path[path.length - 1]?.origin === 'key';
    return [found(RULE_CODES[rule] ?? 'invalid-value', segments, { kind: 'rule', rule, value: issue.input }, atKey)];
  }

  if (issue.type === 'object' && issue.received === 'undefined' && typeof key === 'string') {
    // valibot takes a list for an object and misses every field; say it is a list instead.
    const parent = segments.slice(0, -1);
    const container = valueAt(data, parent);
    if (Array.isArray(container)) return [found('wrong-type', parent, { kind: 'list-for-object', value: container })];
    if (key === 'alt' && segments[segments.length - 2] === 'image') return [found('missing-alt', segments, { kind: 'missing-alt' })];
    return [found('required', segments, { kind: 'missing-field' })];
  }
  if (issue.type === 'literal') return [found('format-version', segments, { kind: 'format-version', value: issue.input })];
  if (issue.type === 'picklist') return [found('invalid-value', segments, { kind: 'unknown-option', value: issue.input })];
  return [found('wrong-type', segments, { kind: 'wrong-type', type: issue.type, expected: issue.expected, value: issue.input })];
}

