/**
 * The quick check a citizen's page runs (format.ts, quick.ts: no valibot) against the full
 * check of the validator (valibot): on edited example files and on any value put anywhere in
 * a tutorial, the format's description accepts exactly what the valibot schema accepts, and
 * when the quick check answers, it finds what the full check finds.
 */
import * as fc from 'fast-check';
import * as v from 'valibot';
import { CATALOG } from '../../../src/core/catalog/format.js';
import { CatalogSchema } from '../../../src/core/catalog/schema.js';
import { checkTutorialData } from '../../../src/core/tutorial/check.js';
import { faultsOf, HELP, TUTORIAL } from '../../../src/core/tutorial/format.js';
import { normalizeData } from '../../../src/core/tutorial/normalize.js';
import { quickCheckTutorial } from '../../../src/core/tutorial/quick.js';
import { HelpSchema, TutorialSchema } from '../../../src/core/tutorial/schema.js';
import { check, type FuzzProperty } from './define.js';
import { mutatedJson, placesOf } from './mutations.js';

const places = (found: readonly { code: string; path: string; severity: string }[]) => found.map((p) => `${p.severity} ${p.code} ${p.path}`).join(' | ');

/** Checks one value of data: the two descriptions of the format agree, and so do the two checks. */
export function agree(data: unknown): void {
  let copy: unknown;
  try {
    copy = normalizeData(data);
  } catch {
    return; // A cycle: both checks throw the same TypeError (tested elsewhere).
  }
  const shapes: [string, Parameters<typeof faultsOf>[0], v.GenericSchema][] = [
    ['tutorial', TUTORIAL, TutorialSchema],
    ['help', HELP, HelpSchema],
    ['catalog', CATALOG, CatalogSchema],
  ];
  for (const [name, shape, schema] of shapes) {
    const fits = faultsOf(shape, copy, 1).length === 0;
    const parsed = v.safeParse(schema, copy);
    // valibot passes over the keys "__proto__", "constructor" and "prototype" of a record
    // (translations); the description refuses them as language codes, which only sends such a
    // file to the full check. Anything else must be the same answer.
    const allowed = !fits && parsed.success && hasObjectKey(copy);
    check(fits === parsed.success || allowed, () => `${name}: the format's description says ${fits ? 'fits' : 'does not fit'}, valibot says ${parsed.success ? 'fits' : `${parsed.issues[0]?.message} at ${JSON.stringify(parsed.issues[0]?.path?.map((p) => p.key))}`}`);
  }
  const quick = quickCheckTutorial(data);
  if (!quick) return;
  const full = checkTutorialData(data);
  check(places(quick.found) === places(full.found), () => `quick: ${places(quick.found)}\nfull: ${places(full.found)}`);
  check(quick.ok === full.ok, 'ok differs');
  check(JSON.stringify(sorted(quick.tutorial)) === JSON.stringify(sorted(full.tutorial)), 'the tutorials differ');
}

function hasObjectKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasObjectKey);
  if (typeof value !== 'object' || value === null) return false;
  return Object.keys(value).some((key) => ['__proto__', 'constructor', 'prototype'].includes(key) || hasObjectKey((value as Record<string, unknown>)[key]));
}

/** Data with the keys of every object in one order (valibot orders a part's fields its own way). */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Record<string, unknown>)[key])]));
}

const anything = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('', 'vi', 'en', 'vi-VN', 'EN', 'xx-', 'mo', 'xx', '07:30', '24:00', '25:00', 'Asia/Ho_Chi_Minh', 'Mars/Base', 'a-b', 'A', null, 0, 1, -1, 1.5, NaN, Infinity, [], {}, { vi: '' }, { vi: 'x', EN: 'y' }, { vi: 1 }, [{ vi: 'x' }], { __proto__: null, vi: 'x' }, undefined),
);

/** Replaces the value at a random place of `data` (a fresh copy) by `value`, or adds it as a field. */
function putSomewhere(data: unknown, where: number, name: string, value: unknown): unknown {
  const list = placesOf(data);
  const [parent, key] = list[Math.floor(where * list.length)]!;
  const record = parent as Record<string | number, unknown>;
  if (name === '' || Array.isArray(parent)) record[key] = value;
  else Object.defineProperty(parent, name, { value, enumerable: true, writable: true, configurable: true });
  return data;
}

export const quickCheck: FuzzProperty = {
  name: "a citizen's page's quick check (no valibot) agrees with the validator's full check",
  runs: 1_000,
  build: ({ examples }) =>
    fc.property(
      fc.oneof(
        fc.constantFrom(...examples).map((text) => ({ text })),
        mutatedJson(fc.constantFrom(...examples)).map((text) => ({ text })),
        fc
          .tuple(fc.constantFrom(...examples), fc.double({ min: 0, max: 0.999, noNaN: true }), fc.constantFrom('', 'title', 'vi', 'hours', 'decorative', 'x-note', 'constructor'), anything)
          .map(([text, where, name, value]) => ({ text, where, name, value })),
      ),
      (c: { text: string; where?: number; name?: string; value?: unknown }) => {
        const data = JSON.parse(c.text) as unknown;
        agree(c.where === undefined ? data : putSomewhere(data, c.where, c.name!, c.value));
      },
    ),
};
