/**
 * The catalog format (format 1) as plain data for the shape check of `validateCatalog()`,
 * so `<gp-catalog>` checks a catalog without loading valibot. It says the same as the valibot
 * schema of `schema.ts` (the source of the types and of the JSON Schema); a test walks both
 * side by side, and a property test checks that they accept the same data.
 */
import { id, language, notEmpty, object, oneOf, optional, string, TEXT, type Shape } from '../tutorial/format.js';

/** A whole catalog file, format 1. @internal */
export const CATALOG: Shape = object({
  $schema: optional(string()),
  format: oneOf([1]),
  lang: language,
  categories: { kind: 'array', item: object({ id, title: TEXT }), atLeastOne: true },
  tutorials: { kind: 'array', item: object({ src: notEmpty, category: id, keywords: optional({ kind: 'array', item: notEmpty }) }), atLeastOne: true },
});
