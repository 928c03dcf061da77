// Builders for validator tests: fresh, mutable copies of the shared fixtures.
import minimalFile from '../../fixtures/valid-minimal.json';
import bilingualFile from '../../fixtures/valid-bilingual.json';
import { validateTutorial, type Problem } from '../../../src/core/tutorial/index.js';

/** Loose JSON, so a test can break any field. */
export type Json = any;

/** A fresh copy of test/fixtures/valid-minimal.json (lang en, one step). */
export const minimal = (): Json => structuredClone(minimalFile);

/** A fresh copy of test/fixtures/valid-bilingual.json (vi + en, four steps, choices, help). */
export const bilingual = (): Json => structuredClone(bilingualFile);

/** A tutorial (lang en) with the given steps. */
export const withSteps = (steps: Json[]): Json => ({ ...minimal(), steps });

/** The problems of `data` as `{ code, path, message }`, severity left out unless asked. */
export function problemsOf(data: unknown): Pick<Problem, 'code' | 'path' | 'message'>[] {
  return validateTutorial(data).problems.map(({ code, path, message }) => ({ code, path, message }));
}

/** The problems of `data` with the given code. */
export function problemsWith(data: unknown, code: Problem['code']): Pick<Problem, 'code' | 'path' | 'message'>[] {
  return problemsOf(data).filter((p) => p.code === code);
}
