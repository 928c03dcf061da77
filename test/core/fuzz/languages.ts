/**
 * Vietnamese messages are only words: on random broken tutorials (and random JSON slips), the
 * problems and the advice have the same codes, paths, severities and places in both languages.
 */
import * as fc from 'fast-check';
import { lintTutorial } from '../../../src/core/lint/index.js';
import { parseTutorial, validateTutorial, type Problem } from '../../../src/core/tutorial/index.js';
import { check, checkResult, type FuzzProperty } from './define.js';
import { mutatedJson, mutatedText } from './mutations.js';

const facts = (problems: readonly Pick<Problem, 'path' | 'code' | 'severity' | 'line' | 'column'>[]) =>
  JSON.stringify(problems.map(({ path, code, severity, line, column }) => [path, code, severity, line, column]));

function same(en: readonly (Problem | { path: string; code: string; severity: string; message: string })[], vi: typeof en, what: string): void {
  check(facts(en as Problem[]) === facts(vi as Problem[]), () => `${what}: en ${facts(en as Problem[])}\nvi ${facts(vi as Problem[])}`);
  en.forEach((p, i) => check(p.message !== vi[i]!.message, () => `${what}: the same message in both languages: ${p.message}`));
}

export const languages: FuzzProperty = {
  name: 'validateTutorial, parseTutorial and lintTutorial find the same codes and paths in English and Vietnamese',
  runs: 300,
  build: ({ examples }) =>
    fc.property(fc.oneof(mutatedJson(fc.constantFrom(...examples)), mutatedText(fc.constantFrom(...examples))), (text) => {
      const parsedVi = parseTutorial(text, { lang: 'vi' });
      checkResult(parsedVi, text);
      same(parseTutorial(text).problems, parsedVi.problems, 'parseTutorial');
      let data: unknown;
      try {
        data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      } catch {
        return;
      }
      const validatedVi = validateTutorial(data, { lang: 'vi' });
      checkResult(validatedVi);
      const validated = validateTutorial(data);
      same(validated.problems, validatedVi.problems, 'validateTutorial');
      check(validated.ok === validatedVi.ok, 'ok differs');
      same(lintTutorial(data, { abbreviations: ['OTP'] }), lintTutorial(data, { abbreviations: ['OTP'], lang: 'vi' }), 'lintTutorial');
    }),
};
