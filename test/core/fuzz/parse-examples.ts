/** `parseTutorial` on the example files with random edits. */
import * as fc from 'fast-check';
import { parseTutorial, validateTutorial, type Problem } from '../../../src/core/tutorial/index.js';
import { MAX_PROBLEMS } from '../../../src/core/tutorial/limits.js';
import { check, checkResult, type FuzzProperty } from './define.js';
import { mutatedJson, mutatedText } from './mutations.js';

const words = (problems: readonly Problem[]) =>
  problems
    .filter((p) => p.code !== 'duplicate-field')
    .map((p) => `${p.path} ${p.code} ${p.severity} ${p.message}`)
    .sort();

export const parseExamples: FuzzProperty = {
  name: 'parseTutorial never throws on edited example files, places every problem in the file, and agrees with validateTutorial',
  runs: 1_000,
  build: ({ examples }) =>
    fc.property(fc.oneof(mutatedText(fc.constantFrom(...examples)), mutatedJson(fc.constantFrom(...examples)), mutatedText(mutatedJson(fc.constantFrom(...examples)))), (text) => {
      const result = parseTutorial(text);
      checkResult(result, text);
      let data: unknown;
      try {
        data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      } catch {
        return;
      }
      const validated = validateTutorial(data);
      const capped = result.problems.length > MAX_PROBLEMS || validated.problems.length > MAX_PROBLEMS;
      if (capped || result.problems.some((p) => p.code === 'duplicate-field')) return;
      check(JSON.stringify(words(result.problems)) === JSON.stringify(words(validated.problems)), () => `parse: ${words(result.problems).join(' | ')}\nvalidate: ${words(validated.problems).join(' | ')}`);
      check(result.ok === validated.ok, 'ok differs');
    }),
};
