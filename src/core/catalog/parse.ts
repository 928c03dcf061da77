/**
 * `parseCatalog()`: a catalog file's text in, every problem out with its line and column. Kept
 * apart from `validate.ts`: the JSON reader that places problems is loaded only for a file
 * with problems, as for tutorials.
 */
import { explained } from '../tutorial/found.js';
import { readJson } from '../tutorial/json.js';
import { MAX_FILE_LENGTH } from '../tutorial/limits.js';
import { locate } from '../tutorial/parse.js';
import { wordsFor } from '../tutorial/message-words.js';
import type { PathSegment } from '../tutorial/problems.js';
import { check, isCatalogData, toResult, type CatalogValidation } from './validate.js';
import { ENGLISH_CATALOG } from './words.js';
import { VIETNAMESE_CATALOG } from './words-vi.js';

/** What {@link parseCatalog} is asked. */
export interface ParseCatalogOptions {
  /** The language of the messages: `'vi'` (or `vi-VN`…) for Vietnamese, English otherwise. */
  lang?: string;
}

/**
 * Reads a catalog file's text (JSON) and validates it like {@link validateCatalog}; every
 * problem gets a 1-based `line` and `column`. Never throws for bad input. Messages are in
 * English; `{ lang: 'vi' }` words them in Vietnamese (the codes and places stay the same).
 */
export function parseCatalog(text: string, options: ParseCatalogOptions = {}): CatalogValidation {
  const words = wordsFor(options.lang);
  if (text.length > MAX_FILE_LENGTH) return toResult({ found: [{ ...explained('too-large', [], words.fileTooLarge(text.length)), line: 1, column: 1 }] });
  const reading = readJson(text, words.json, words.tooManyValues);
  if (reading.value === undefined) return toResult({ found: reading.problems });
  const checked = check(reading.value, options.lang !== undefined && /^vi(?:-|$)/i.test(options.lang) ? VIETNAMESE_CATALOG : ENGLISH_CATALOG);
  const found = [...reading.problems, ...checked.found.map((p) => ({ ...p, ...locate(p, reading) }))];
  found.sort((a, b) => a.line! - b.line! || a.column! - b.column!);
  return toResult({ ...checked, found });
}

/**
 * Whether `text` is meant as a catalog rather than a tutorial, even when it is not valid JSON:
 * the JSON reader's best reading of it has a catalog's `tutorials` or `categories` and no
 * `steps`. So `guidepost validate` reports a catalog with a missing comma as a catalog, not as
 * a tutorial with no id, no title and two unknown fields.
 */
export function isCatalogText(text: string): boolean {
  return text.length <= MAX_FILE_LENGTH && isCatalogData(readJson(text).value);
}

/** The 1-based line and column of `segments` (such as `['tutorials', 2, 'src']`) in a catalog's text. */
export function locateInCatalog(text: string, segments: PathSegment[]): { line: number; column: number } {
  return locate({ segments }, readJson(text));
}
