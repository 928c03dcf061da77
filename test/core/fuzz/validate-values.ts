/** `validateTutorial` on any value at all, and on tutorials with any part replaced by one. */
import * as fc from 'fast-check';
import { validateTutorial } from '../../../src/core/tutorial/index.js';
import { check, checkResult, type FuzzProperty } from './define.js';
import { placesOf } from './mutations.js';

const anything = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
});

/** Data from a program that no JSON gives: reading it throws. */
function hostile(kind: number): unknown {
  const fail = () => {
    throw new Error('hostile');
  };
  switch (kind) {
    case 0: {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    }
    case 1:
      return Object.defineProperty({ id: 'a' }, 'title', { enumerable: true, get: fail });
    case 2:
      return new Proxy([], { get: fail });
    default:
      return new Proxy({}, { ownKeys: fail });
  }
}

/** A valid tutorial, to break one part of. */
const base = () => ({
  format: 1,
  id: 'renew-card',
  revision: 1,
  lang: 'vi',
  title: { vi: 'Gia hạn thẻ', en: 'Renew a card' },
  help: { channels: [{ type: 'phone', label: 'Hotline', value: '1900 1234', hours: [{ days: ['mo'], opens: '07:30', closes: '17:00' }] }] },
  steps: [
    { id: 'start', title: { vi: 'Bắt đầu', en: 'Start' }, choices: [{ label: { vi: 'Có', en: 'Yes' }, next: 'photo' }, { label: 'Không', next: null }] },
    { id: 'photo', title: 'Ảnh', image: { src: 'a.png', alt: { vi: 'Ảnh', en: 'Photo' } }, target: '#a', advanceOn: { event: 'click' } },
  ],
});

/** Replaces the value at a random place of `data` (a fresh copy) by `value`. */
function replaceSomewhere(data: Record<string, unknown>, where: number, value: unknown): unknown {
  const places = placesOf(data);
  const [parent, key] = places[Math.floor(where * places.length)]!;
  (parent as Record<string | number, unknown>)[key] = value;
  return data;
}

// Hostile parts are made inside the property: fast-check itself cannot copy a revoked Proxy.
type Part = { value: unknown } | { hostile: number };
const long = fc.oneof(fc.string({ minLength: 1_000, maxLength: 3_000 }), fc.constantFrom('https://', 'http://', 'x-', '').map((start) => start + 'a.'.repeat(1_500)));
const part: fc.Arbitrary<Part> = fc.oneof(
  { weight: 4, arbitrary: anything.map((value) => ({ value })) },
  { weight: 1, arbitrary: long.map((value) => ({ value })) },
  { weight: 1, arbitrary: fc.nat({ max: 3 }).map((kind) => ({ hostile: kind })) },
);
const make = (p: Part) => ('hostile' in p ? hostile(p.hostile) : p.value);
// The case is a description (printed on failure), built into data inside the property.
const input = fc.oneof(
  part.map((p) => ({ p })),
  fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), part).map(([where, p]) => ({ where, p })),
);
const build = ({ p, where }: { p: Part; where?: number }) => (where === undefined ? make(p) : replaceSomewhere(base(), where, make(p)));

export const validateValues: FuzzProperty = {
  name: 'validateTutorial never throws on any value and always gives the same answer',
  runs: 1_000,
  build: () =>
    fc.property(input, (described) => {
      const data = build(described);
      const first = validateTutorial(data);
      checkResult(first);
      const again = validateTutorial(data);
      check(JSON.stringify(first.problems) === JSON.stringify(again.problems) && first.ok === again.ok, 'two answers for one value');
    }),
};
