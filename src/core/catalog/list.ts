/**
 * What `<gp-catalog>` shows, decided without a DOM: the guides that loaded, grouped by
 * category in the catalog's order, filtered by what the citizen typed.
 */
import { resolveText } from '../text/index.js';
import type { Tutorial } from '../tutorial/types.js';
import type { Catalog, CatalogCategory, CatalogEntry } from './schema.js';
import { matchesSearch, searchableText, textVariants } from './search.js';

/** A guide of the catalog whose tutorial file loaded. */
export interface CatalogGuide {
  /** Its place in the catalog's `tutorials`. */
  readonly index: number;
  readonly entry: CatalogEntry;
  /** The tutorial file's address, resolved against the catalog's. */
  readonly src: string;
  readonly tutorial: Tutorial;
  /** Every text it is found by (see {@link guideSearchable}). */
  readonly searchable: string;
}

/** One category and its guides that a search found. */
export interface CatalogGroup {
  readonly category: CatalogCategory;
  readonly guides: readonly CatalogGuide[];
}

/**
 * The address of a catalog entry's file: relative to the catalog file, which is itself
 * relative to `base` (the page). Never throws: an address that cannot be resolved stays as written.
 */
export function resolveSrc(src: string, catalogSrc: string | undefined, base: string): string {
  try {
    return new URL(src, new URL(catalogSrc ?? '', base)).href;
  } catch {
    return src;
  }
}

/**
 * What a guide is found by: its title and summary in every language the file has, its
 * keywords, and its category's title.
 */
export function guideSearchable(tutorial: Tutorial, entry: CatalogEntry, category: CatalogCategory | undefined): string {
  return searchableText([
    ...textVariants(tutorial.title),
    ...textVariants(tutorial.summary),
    ...(entry.keywords ?? []),
    ...textVariants(category?.title),
  ]);
}

/** The guides `query` finds, by category in the catalog's order; categories with none are left out. */
export function groupGuides(catalog: Catalog, guides: readonly CatalogGuide[], query: string): CatalogGroup[] {
  const found = guides.filter((guide) => matchesSearch(guide.searchable, query)).sort((a, b) => a.index - b.index);
  return catalog.categories
    .map((category) => ({ category, guides: found.filter((guide) => guide.entry.category === category.id) }))
    .filter((group) => group.guides.length > 0);
}

/** A category's title in `lang`, falling back as tutorial texts do. */
export function categoryTitle(catalog: Catalog, category: CatalogCategory, lang: string): string {
  return resolveText(category.title, lang, catalog.lang);
}

/**
 * The address a portal's `url-template` gives for a guide: `{id}` becomes the tutorial's id and
 * `{src}` its file's address, each encoded for a URL (`guide.html?src={src}`).
 */
export function guideHref(template: string, id: string, src: string): string {
  return template.replace(/\{(id|src)\}/g, (_, name: string) => encodeURIComponent(name === 'id' ? id : src));
}
