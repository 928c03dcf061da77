/**
 * The catalog file format (format 1) as a valibot schema: the one source of the TypeScript
 * types below, the shape check of `validateCatalog()` and the generated
 * `schema/catalog.schema.json` (`scripts/build-schema.mjs`, with the help of `schema-docs.ts`).
 *
 * A catalog lists tutorial files by category. Titles, summaries and minutes are not repeated
 * here: they are read from the tutorial files themselves, so they are written once.
 */
import * as v from 'valibot';
import { ID_PATTERN, isLanguageTag, LANGUAGE_TAG_PATTERN, TextSchema } from '../tutorial/schema.js';
import { MAX_ID_LENGTH } from '../tutorial/limits.js';

const notEmpty = () => v.pipe(v.string(), v.nonEmpty());
const idSchema = () => v.pipe(v.string(), v.regex(ID_PATTERN), v.maxLength(MAX_ID_LENGTH));

/** One group of guides, such as "Identity" or "Tax". */
export const CategorySchema = v.object({
  id: idSchema(),
  title: TextSchema,
});

/** One tutorial file of the catalog, in one category. */
export const CatalogEntrySchema = v.object({
  src: notEmpty(),
  category: idSchema(),
  keywords: v.optional(v.array(notEmpty())),
});

/** A whole catalog file, format 1. */
export const CatalogSchema = v.object({
  $schema: v.optional(v.string()),
  format: v.literal(1),
  lang: v.pipe(v.string(), v.regex(LANGUAGE_TAG_PATTERN), v.check(isLanguageTag)),
  categories: v.pipe(v.array(CategorySchema), v.minLength(1)),
  tutorials: v.pipe(v.array(CatalogEntrySchema), v.minLength(1)),
});

/** The parts of the format by name: the JSON Schema titles and the help's keys. */
export const CATALOG_PARTS = { Catalog: CatalogSchema, Category: CategorySchema, CatalogEntry: CatalogEntrySchema } as const;

/** A catalog file after validation. */
export type Catalog = v.InferOutput<typeof CatalogSchema>;
/** One category of a {@link Catalog}. */
export type CatalogCategory = v.InferOutput<typeof CategorySchema>;
/** One tutorial file listed in a {@link Catalog}. */
export type CatalogEntry = v.InferOutput<typeof CatalogEntrySchema>;
