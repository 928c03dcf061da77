/**
 * `validateCatalog()` and `parseCatalog()`: every problem of a catalog file at once, in plain
 * words for the content editor who keeps the list of guides, with the same `Problem` shape
 * (path, code, message, severity, line and column) as a tutorial's.
 */
import { judgeHref } from '../markdown/href.js';
import { closest } from '../tutorial/suggest.js';
import type { ExplainedProblem } from '../tutorial/found.js';
import { normalizeData, type Oversize } from '../tutorial/normalize.js';
import { describeValue } from '../tutorial/describe.js';
import { formatPath, type PathSegment, type Problem, type ProblemCode } from '../tutorial/problems.js';
import { faultsOf } from '../tutorial/format.js';
import { ID_PATTERN, isLanguageTag } from '../tutorial/rules.js';
import { CATALOG } from './format.js';
import type { Catalog } from './schema.js';

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
export function check(input: unknown): { found: Found[]; catalog?: Catalog } {
  const oversize: Oversize = { tooDeep: [], tooMany: false };
  const data = normalizeData(input, oversize);
  const c = new Checker();
  if (oversize.tooMany || data === undefined) {
    c.add('too-large', [], 'The catalog is far larger than any list of guides; guidepost does not read it.');
    return { found: c.found };
  }
  if (!isObject(data)) {
    c.add('wrong-type', [], `A catalog is an object in curly brackets { } with "format", "lang", "categories" and "tutorials", not ${describeValue(data)}.`);
    return { found: c.found };
  }
  c.fields(data, [], FIELDS.catalog, 'The catalog');
  if (!('format' in data)) c.add('required', ['format'], 'The catalog has no "format". Add "format": 1 at the top.', true);
  else if (data['format'] !== 1) c.add('format-version', ['format'], `"format" is ${describeValue(data['format'])}, but this version of guidepost reads catalogs of format 1. Write "format": 1.`);
  if (!('lang' in data)) c.add('required', ['lang'], 'The catalog has no "lang": add the language its category titles are written in, such as "lang": "vi".', true);
  else if (typeof data['lang'] !== 'string' || !isLanguageTag(data['lang'])) {
    c.add('invalid-value', ['lang'], `"lang" should be a language code such as "vi" or "en", not ${describeValue(data['lang'])}.`);
  }
  const categories = c.list(data, 'categories', 'category', 'The catalog has no "categories": add at least one, such as { "id": "identity", "title": "Giấy tờ tuỳ thân" }.');
  const ids = new Map<string, number>();
  categories.forEach((category, i) => {
    const at = ['categories', i];
    const name = `Category ${i + 1}`;
    if (!isObject(category)) return c.add('wrong-type', at, `${name} should be an object { "id": …, "title": … }, not ${describeValue(category)}.`);
    c.fields(category, at, FIELDS.category, name);
    const id = category['id'];
    if (!('id' in category)) c.add('required', at, `${name} has no "id". Add one made of a–z, 0–9 and hyphens, such as "identity".`);
    else if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      c.add('invalid-id', [...at, 'id'], `${name}'s "id" should be made of a–z, 0–9 and single hyphens, such as "public-services", not ${describeValue(id)}.`);
    } else if (ids.has(id)) c.add('duplicate-id', [...at, 'id'], `${name} has the id "${id}", like category ${ids.get(id)! + 1}. Give each category its own id.`);
    else ids.set(id, i);
    if (!('title' in category)) c.add('required', at, `${name} has no "title": the heading citizens see above its guides.`);
    else c.text(category['title'], [...at, 'title'], `${name}'s title`);
  });
  const tutorials = c.list(data, 'tutorials', 'tutorial', 'The catalog lists no "tutorials": add at least one, such as { "src": "vneid-level-2.json", "category": "identity" }.');
  const srcs = new Map<string, number>();
  const used = new Set<string>();
  tutorials.forEach((entry, i) => {
    const at = ['tutorials', i];
    const name = `Tutorial ${i + 1}`;
    if (!isObject(entry)) return c.add('wrong-type', at, `${name} should be an object { "src": …, "category": … }, not ${describeValue(entry)}.`);
    c.fields(entry, at, FIELDS.tutorial, name);
    const src = entry['src'];
    if (!('src' in entry)) c.add('required', at, `${name} has no "src": the address of its tutorial file, such as "vneid-level-2.json".`);
    else if (typeof src !== 'string' || src.trim() === '') c.add(typeof src === 'string' ? 'empty-text' : 'wrong-type', [...at, 'src'], `${name}'s "src" should be the address of a tutorial file, not ${describeValue(src)}.`);
    else if (!safeSrc(src)) c.add('unsafe-link', [...at, 'src'], `${name}'s "src" ${JSON.stringify(src)} should be a path on the portal's own site (such as "guides/vneid.json") or an https: address.`);
    else if (srcs.has(src)) c.add('duplicate-tutorial', [...at, 'src'], `${name} lists ${JSON.stringify(src)}, like tutorial ${srcs.get(src)! + 1}. List each guide once.`);
    else srcs.set(src, i);
    const category = entry['category'];
    if (!('category' in entry)) c.add('required', at, `${name} has no "category": the id of the category it is listed under.`);
    else if (typeof category !== 'string') c.add('wrong-type', [...at, 'category'], `${name}'s "category" should be a category id in quotes, not ${describeValue(category)}.`);
    else if (!ids.has(category)) {
      const near = closest(category, ids.keys());
      const hint = near ? ` Did you mean "${near}"?` : ids.size ? ` The categories are: ${[...ids.keys()].map((id) => `"${id}"`).join(', ')}.` : '';
      c.add('unknown-category', [...at, 'category'], `${name} is in the category "${category}", which the catalog does not have.${hint}`);
    } else used.add(category);
    if ('keywords' in entry) {
      const keywords = entry['keywords'];
      if (!Array.isArray(keywords)) c.add('wrong-type', [...at, 'keywords'], `${name}'s "keywords" should be a list of words in [ ], such as ["kích hoạt", "căn cước"], not ${describeValue(keywords)}.`);
      else keywords.forEach((word, k) => {
        if (typeof word !== 'string') c.add('wrong-type', [...at, 'keywords', k], `${name}'s keyword ${k + 1} should be a word in quotes, not ${describeValue(word)}.`);
        else if (word.trim() === '') c.add('empty-text', [...at, 'keywords', k], `${name}'s keyword ${k + 1} is empty. Remove it or write a word.`);
      });
    }
  });
  for (const [id, i] of ids) {
    if (!used.has(id) && tutorials.length > 0) c.add('empty-category', ['categories', i], `No tutorial is in the category "${id}", so it would show with no guide. Add one, or remove the category.`, false, 'warning');
  }
  // The checks above word every shape problem; this one makes sure none was missed.
  const fits = faultsOf(CATALOG, data, 1).length === 0;
  const errors = c.found.some((p) => p.severity === 'error');
  if (!errors && !fits) c.add('invalid-value', [], 'The catalog does not fit format 1.');
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

  add(code: CatalogProblemCode, segments: PathSegment[], message: string, atKey = false, severity: 'error' | 'warning' = 'error'): void {
    const problem: Found = { path: formatPath(segments), code, message, severity, segments };
    if (atKey) problem.atKey = true;
    this.found.push(problem);
  }

  fields(data: Data, at: PathSegment[], known: readonly string[], name: string): void {
    for (const key of Object.keys(data)) {
      if (known.includes(key) || key.startsWith('x-')) continue;
      const near = closest(key, known);
      const hint = near ? ` Did you mean "${near}"?` : ` ${name} may have: ${known.map((k) => `"${k}"`).join(', ')}; your own notes go in fields starting with "x-".`;
      this.add('unknown-field', [...at, key], `${name} has a field "${key}" that guidepost does not know.${hint}`, true);
    }
  }

  list(data: Data, key: 'categories' | 'tutorials', item: string, missing: string): unknown[] {
    const value = data[key];
    if (!(key in data)) this.add('required', [key], missing, true);
    else if (!Array.isArray(value)) this.add('wrong-type', [key], `"${key}" should be a list in [ ], one ${item} in { } each, not ${describeValue(value)}.`);
    else if (value.length === 0) this.add('required', [key], missing);
    else return value;
    return [];
  }

  text(value: unknown, at: PathSegment[], name: string): void {
    if (typeof value === 'string') {
      if (value.trim() === '') this.add('empty-text', at, `${name} is empty. Write the words citizens see.`);
      return;
    }
    if (!isObject(value)) return this.add('wrong-type', at, `${name} should be a text in quotes, or translations such as { "vi": "…", "en": "…" }, not ${describeValue(value)}.`);
    const entries = Object.entries(value);
    if (entries.length === 0) this.add('empty-text', at, `${name} has no translation. Write at least one, such as { "vi": "…" }.`);
    for (const [lang, text] of entries) {
      if (!isLanguageTag(lang)) this.add('invalid-value', [...at, lang], `${name} has "${lang}", which is not a language code such as "vi" or "en".`, true);
      else if (typeof text !== 'string') this.add('wrong-type', [...at, lang], `${name} in "${lang}" should be a text in quotes, not ${describeValue(text)}.`);
      else if (text.trim() === '') this.add('empty-text', [...at, lang], `${name} in "${lang}" is empty. Write it, or remove "${lang}".`);
    }
  }
}

function isObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

