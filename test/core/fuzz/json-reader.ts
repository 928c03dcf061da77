/** The JSON reader against `JSON.parse`: the same data for valid JSON, a problem for the rest. */
import * as fc from 'fast-check';
import { readJson } from '../../../src/core/tutorial/json.js';
import { check, type FuzzProperty } from './define.js';
import { mutatedText } from './mutations.js';

const jsonText = fc
  .tuple(fc.jsonValue({ maxDepth: 6, stringUnit: 'binary' }), fc.constantFrom(undefined, 0, 1, 2, '\t'))
  .map(([value, indent]) => JSON.stringify(value, null, indent));

export const jsonReader: FuzzProperty = {
  name: 'the JSON reader reads what JSON.parse reads, and reports a problem for what it refuses',
  runs: 1_000,
  build: () =>
    fc.property(fc.oneof(jsonText, mutatedText(jsonText)), (text) => {
      const reading = readJson(text);
      let parsed: { value: unknown } | undefined;
      try {
        // A leading byte order mark is allowed on purpose (Windows editors add one).
        parsed = { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
      } catch {
        parsed = undefined;
      }
      if (parsed === undefined) {
        check(reading.problems.some((p) => p.severity === 'error'), 'JSON.parse refuses the text, the reader has no error');
        return;
      }
      const syntax = reading.problems.filter((p) => p.code !== 'duplicate-field' && p.code !== 'too-deep');
      check(syntax.length === 0, () => `valid JSON, yet: ${syntax[0]?.message}`);
      check(JSON.stringify(reading.value) === JSON.stringify(parsed.value), 'the reader and JSON.parse read different data');
    }),
};
