/**
 * `validateCatalog()` and `parseCatalog()`: every problem of a catalog file at once, in plain
 * words for the content editor who keeps the list of guides, with the same `Problem` shape
 * (path, code, message, severity, line and column) as a tutorial's.
 */
import { judgeHref } from '../markdown/href.js';
import { closest } from '../tutorial/suggest.js';
import type { ExplainedProblem } from '../tutorial/found.js';
import { normalizeData, type Oversize } from '../tutorial/normalize.js';
import { formatPath, type PathSegment, type Problem, type ProblemCode } from '../tutorial/problems.js';
import { faultsOf } from '../tutorial/format.js';
import { ID_PATTERN, isLanguageTag } from '../tutorial/rules.js';
import { CATALOG } from './format.js';
import type { Catalog } from './schema.js';
import { ENGLISH_CATALOG, type CatalogOwner, type CatalogWords } from './words.js';

/**
 * The kind of a catalog problem: a tutorial's problem codes, plus
 * - `unknown-category`: a tutorial's `category` is not the id of one of `categories`;
 * - `duplicate-tutorial`: the same `src` listed twice;
 * - `empty-category` (warning): a category no tutorial is in, so it would show with no guide;
 * - `broken-tutorial`: (only from `guidepost validate`) a listed file is missing or not a valid
 *   tutorial.
 */
export type CatalogProblemCode = ProblemCode | 'unknown-category' | 'duplicate-tutorial' | 'empty-category' | 'broken-tutorial';

/** One thing wrong with a catalog file. */
export interface CatalogProblem extends Omit<Problem, 'code'> {
  code: CatalogProblemCode;
}

/** The outcome of {@link validateCatalog} or {@link parseCatalog}. */
export interface CatalogValidation {
  /** True when no problem is an error (warnings are allowed). */
  ok: boolean;
  /** The typed catalog, strings in NFC and `x-` fields removed; only when `ok`. */
  catalog?: Catalog;
  /** Every problem found, in the order of the file. */
  problems: CatalogProblem[];
}

/** @internal */
export type Found = Omit<ExplainedProblem, 'code'> & { code: CatalogProblemCode };
type Data = Record<string, unknown>;

const FIELDS = {
  catalog: ['$schema', 'format', 'lang', 'categories', 'tutorials'],
  category: ['id', 'title'],
  tutorial: ['src', 'category', 'keywords'],
} as const;

/**
 * Whether `data` looks like a catalog rather than a tutorial: an object with a `tutorials` or
 * `categories` list and no `steps`. `guidepost validate` uses it to pick the right checks.
 */
export function isCatalogData(data: unknown): boolean {
  if (!isObject(data)) return false;
  return !('steps' in data) && (Array.isArray(data['tutorials']) || Array.isArray(data['categories']));
}

/**
 * Checks catalog data (for example from `JSON.parse`) against format 1 and returns every
 * problem at once: its shape, unknown fields (with the likely intended name), category ids
 * and the categories tutorials are in, the same file listed twice. Never throws for bad data.
 * Whether each `src` is a valid tutorial is checked where the files can be read: by
 * `guidepost validate` and, in the browser, by `<gp-catalog>` as it loads them.
 */
export function validateCatalog(data: unknown): CatalogValidation {
  return toResult(check(data));
}

/** @internal */
export function toResult({ found, catalog }: { found: readonly Found[]; catalog?: Catalog }): CatalogValidation {
  const problems = found.map(({ path, code, message, severity, line, column }): CatalogProblem =>
    line === undefined ? { path, code, message, severity } : { path, code, message, severity, line, column: column! },
  );
  const ok = problems.every((p) => p.severity !== 'error');
  return ok && catalog ? { ok, catalog, problems } : { ok, problems };
}

/** @internal */
export function check(input: unknown, w: CatalogWords = ENGLISH_CATALOG): { found: Found[]; catalog?: Catalog } {
  const oversize: Oversize = { tooDeep: [], tooMany: false };
  const data = normalizeData(input, oversize);
  const c = new Checker(w);
  if (oversize.tooMany || data === undefined) {
    c.add('too-large', [], w.tooLarge());
    return { found: c.found };
  }
  if (!isObject(data)) {
    c.add('wrong-type', [], w.notObject(data));
    return { found: c.found };
  }
  c.fields(data, [], FIELDS.catalog, { of: 'catalog' });
  if (!('format' in data)) c.add('required', ['format'], w.noFormat(), true);
  else if (data['format'] !== 1) c.add('format-version', ['format'], w.formatVersion(data['format']));
  if (!('lang' in data)) c.add('required', ['lang'], w.noLang(), true);
  else if (typeof data['lang'] !== 'string' || !isLanguageTag(data['lang'])) c.add('invalid-value', ['lang'], w.badLang(data['lang']));
  const categories = c.list(data, 'categories', w.noCategories());
  const ids = new Map<string, number>();
  categories.forEach((category, i) => {
    const at = ['categories', i];
    const n = i + 1;
    if (!isObject(category)) return c.add('wrong-type', at, w.categoryNotObject(n, category));
    c.fields(category, at, FIELDS.category, { of: 'category', i: n });
    const id = category['id'];
    if (!('id' in category)) c.add('required', at, w.categoryNoId(n));
    else if (typeof id !== 'string' || !ID_PATTERN.test(id)) c.add('invalid-id', [...at, 'id'], w.categoryBadId(n, id));
    else if (ids.has(id)) c.add('duplicate-id', [...at, 'id'], w.categoryDuplicateId(n, id, ids.get(id)! + 1));
    else ids.set(id, i);
    if (!('title' in category)) c.add('required', at, w.categoryNoTitle(n));
    else c.text(category['title'], [...at, 'title'], n);
  });
  const tutorials = c.list(data, 'tutorials', w.noTutorials());
  const srcs = new Map<string, number>();
  const used = new Set<string>();
  tutorials.forEach((entry, i) => {
    const at = ['tutorials', i];
    const n = i + 1;
    if (!isObject(entry)) return c.add('wrong-type', at, w.tutorialNotObject(n, entry));
    c.fields(entry, at, FIELDS.tutorial, { of: 'tutorial', i: n });
    const src = entry['src'];
    if (!('src' in entry)) c.add('required', at, w.noSrc(n));
    else if (typeof src !== 'string' || src.trim() === '') c.add(typeof src === 'string' ? 'empty-text' : 'wrong-type', [...at, 'src'], w.srcWrong(n, src));
    else if (!safeSrc(src)) c.add('unsafe-link', [...at, 'src'], w.srcUnsafe(n, src));
    else if (srcs.has(src)) c.add('duplicate-tutorial', [...at, 'src'], w.srcDuplicate(n, src, srcs.get(src)! + 1));
    else srcs.set(src, i);
    const category = entry['category'];
    if (!('category' in entry)) c.add('required', at, w.noCategory(n));
    else if (typeof category !== 'string') c.add('wrong-type', [...at, 'category'], w.categoryWrongType(n, category));
    else if (!ids.has(category)) c.add('unknown-category', [...at, 'category'], w.unknownCategory(n, category, closest(category, ids.keys()), [...ids.keys()]));
    else used.add(category);
    if ('keywords' in entry) {
      const keywords = entry['keywords'];
      if (!Array.isArray(keywords)) c.add('wrong-type', [...at, 'keywords'], w.keywordsWrongType(n, keywords));
      else keywords.forEach((word, k) => {
        if (typeof word !== 'string') c.add('wrong-type', [...at, 'keywords', k], w.keywordWrongType(n, k + 1, word));
        else if (word.trim() === '') c.add('empty-text', [...at, 'keywords', k], w.keywordEmpty(n, k + 1));
      });
    }
  });
  for (const [id, i] of ids) {
    if (!used.has(id) && tutorials.length > 0) c.add('empty-category', ['categories', i], w.emptyCategory(id), false, 'warning');
  }
  // The checks above word every shape problem; this one makes sure none was missed.
  const fits = faultsOf(CATALOG, data, 1).length === 0;
  const errors = c.found.some((p) => p.severity === 'error');
  if (!errors && !fits) c.add('invalid-value', [], w.doesNotFit());
  // With no unknown field (x- fields are dropped by the copy), the copy is the typed catalog.
  return errors || !fits ? { found: c.found } : { found: c.found, catalog: data as Catalog };
}

/** A path on the portal's own site, or an https: address; nothing else. */
function safeSrc(src: string): boolean {
  const verdict = judgeHref(src);
  return (verdict === 'relative' && !src.trim().startsWith('//')) || (verdict === 'safe' && /^https:/i.test(src.trim()));
}

class Checker {
  readonly found: Found[] = [];

  constructor(private readonly w: CatalogWords) {}

  add(code: CatalogProblemCode, segments: PathSegment[], message: string, atKey = false, severity: 'error' | 'warning' = 'error'): void {
    const problem: Found = { path: formatPath(segments), code, message, severity, segments };
    if (atKey) problem.atKey = true;
    this.found.push(problem);
  }

  fields(data: Data, at: PathSegment[], known: readonly string[], owner: CatalogOwner): void {
    for (const key of Object.keys(data)) {
      if (known.includes(key) || key.startsWith('x-')) continue;
      this.add('unknown-field', [...at, key], this.w.unknownField(owner, key, closest(key, known), known), true);
    }
  }

  list(data: Data, key: 'categories' | 'tutorials', missing: string): unknown[] {
    const value = data[key];
    if (!(key in data)) this.add('required', [key], missing, true);
    else if (!Array.isArray(value)) this.add('wrong-type', [key], this.w.listWrongType(key, value));
    else if (value.length === 0) this.add('required', [key], missing);
    else return value;
    return [];
  }

  /** A category's title (category `n`, counted from 1). */
  text(value: unknown, at: PathSegment[], n: number): void {
    const w = this.w;
    if (typeof value === 'string') {
      if (value.trim() === '') this.add('empty-text', at, w.titleEmpty(n));
      return;
    }
    if (!isObject(value)) return this.add('wrong-type', at, w.titleWrongType(n, value));
    const entries = Object.entries(value);
    if (entries.length === 0) this.add('empty-text', at, w.titleNoTranslation(n));
    for (const [lang, text] of entries) {
      if (!isLanguageTag(lang)) this.add('invalid-value', [...at, lang], w.titleBadLang(n, lang), true);
      else if (typeof text !== 'string') this.add('wrong-type', [...at, lang], w.titleLangWrongType(n, lang, text));
      else if (text.trim() === '') this.add('empty-text', [...at, lang], w.titleLangEmpty(n, lang));
    }
  }
}

function isObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

