/**
 * `parseCatalog()`: a catalog file's text in, every problem out with its line and column. Kept
 * apart from `validate.ts`: the JSON reader that places problems is loaded only for a file
 * with problems, as for tutorials.
 */
import { explained } from '../tutorial/found.js';
import { readJson } from '../tutorial/json.js';
import { MAX_FILE_LENGTH } from '../tutorial/limits.js';
import { locate } from '../tutorial/parse.js';
import { fileTooLarge } from '../tutorial/problem-list.js';
import type { PathSegment } from '../tutorial/problems.js';
import { check, toResult, type CatalogValidation } from './validate.js';

/**
 * Reads a catalog file's text (JSON) and validates it like {@link validateCatalog}; every
 * problem gets a 1-based `line` and `column`. Never throws for bad input.
 */
export function parseCatalog(text: string): CatalogValidation {
  if (text.length > MAX_FILE_LENGTH) return toResult({ found: [{ ...explained('too-large', [], fileTooLarge(text.length)), line: 1, column: 1 }] });
  const reading = readJson(text);
  if (reading.value === undefined) return toResult({ found: reading.problems });
  const checked = check(reading.value);
  const found = [...reading.problems, ...checked.found.map((p) => ({ ...p, ...locate(p, reading) }))];
  found.sort((a, b) => a.line! - b.line! || a.column! - b.column!);
  return toResult({ ...checked, found });
}

/** The 1-based line and column of `segments` (such as `['tutorials', 2, 'src']`) in a catalog's text. */
export function locateInCatalog(text: string, segments: PathSegment[]): { line: number; column: number } {
  return locate({ segments }, readJson(text));
}
