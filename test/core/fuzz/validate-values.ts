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

const input = fc.oneof(anything, fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), anything).map(([where, value]) => replaceSomewhere(base(), where, value)));

export const validateValues: FuzzProperty = {
  name: 'validateTutorial never throws on any value and always gives the same answer',
  runs: 1_000,
  build: () =>
    fc.property(input, (data) => {
      const first = validateTutorial(data);
      checkResult(first);
      const again = validateTutorial(data);
      check(JSON.stringify(first.problems) === JSON.stringify(again.problems) && first.ok === again.ok, 'two answers for one value');
    }),
};
