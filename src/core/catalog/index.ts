/**
 * Catalogs: a portal's list of guides by category, its format and validation, and finding a
 * guide the way a citizen types (without Vietnamese marks). No DOM; `<gp-catalog>` shows it.
 *
 * @packageDocumentation
 */
export { CatalogSchema, CategorySchema, CatalogEntrySchema, CATALOG_PARTS } from './schema.js';
export type { Catalog, CatalogCategory, CatalogEntry } from './schema.js';
export { isCatalogData, validateCatalog } from './validate.js';
export { isCatalogText, locateInCatalog, parseCatalog } from './parse.js';
export type { ParseCatalogOptions } from './parse.js';
export type { CatalogProblem, CatalogProblemCode, CatalogValidation } from './validate.js';
export { matchesSearch, searchableText, searchWords, textVariants } from './search.js';
export { categoryTitle, groupGuides, guideHref, guideSearchable, resolveSrc } from './list.js';
export type { CatalogGroup, CatalogGuide } from './list.js';
export { checkCatalog, loadCatalog } from './load.js';
export type { CatalogLoadResult } from './load.js';
