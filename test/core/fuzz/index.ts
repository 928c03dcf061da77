/** Every property of the fuzzing, in the order the runners run them. */
import type { FuzzProperty } from './define.js';
import { guideModel } from './guide-model.js';
import { jsonReader } from './json-reader.js';
import { languages } from './languages.js';
import { parseExamples } from './parse-examples.js';
import { quickCheck } from './quick-check.js';
import { references } from './references.js';
import { search } from './search.js';
import { suggestions } from './suggestions.js';
import { validateValues } from './validate-values.js';

export type { FuzzContext, FuzzProperty } from './define.js';
export const properties: readonly FuzzProperty[] = [jsonReader, parseExamples, quickCheck, validateValues, guideModel, references, suggestions, languages, search];
