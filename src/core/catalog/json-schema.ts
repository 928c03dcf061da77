/**
 * Builds `schema/catalog.schema.json` from the valibot schema (`schema.ts`) and the editor
 * help below, as the tutorial's schema is built (`../tutorial/json-schema.ts`, which refuses
 * to build when a field has no help). Only `scripts/build-schema.mjs` and tests import this
 * file; browsers never load it.
 */
import { buildJsonSchema, type JsonSchemaBuild, type SchemaFormat, type ToJsonSchema } from '../tutorial/json-schema.js';
import type { SchemaDocs } from '../tutorial/schema-docs.js';
import { CATALOG_PARTS } from './schema.js';

/** The catalog format: parts by name, the whole file first. */
export const CATALOG_FORMAT: SchemaFormat = {
  parts: CATALOG_PARTS,
  definitions: ['Category', 'CatalogEntry'],
  id: 'https://unpkg.com/guidepost/schema/catalog.schema.json',
  title: 'guidepost catalog (format 1)',
};

/** The editor help of the catalog format, by part and field. */
export const CATALOG_DOCS: SchemaDocs = {
  text: {
    plain: 'Text in the language of the catalog ("lang").',
    translations: 'Translations, one per language code, for example { "vi": "Thuế", "en": "Tax" }.',
  },
  parts: {
    Catalog: {
      description:
        'A guidepost catalog: the guides of a portal by category, for <gp-catalog>. Titles, summaries and minutes are read from the tutorial files, so they are written once.',
      fields: {
        $schema: {
          description: 'Where your editor finds this schema, for completion and hover help. guidepost ignores it.',
          examples: ['../node_modules/guidepost/schema/catalog.schema.json'],
        },
        format: { description: 'The version of the catalog file format: 1.' },
        lang: { description: 'The language the category titles are written in, as a language code.', examples: ['vi'] },
        categories: { description: 'The groups the guides are shown in, in this order. Each tutorial names one by its id.' },
        tutorials: { description: 'The tutorial files listed, in this order within their category.' },
      },
    },
    Category: {
      description: 'One group of guides, such as identity papers or tax.',
      fields: {
        id: { description: 'A short name for the category: lowercase letters (a-z), digits and hyphens. Tutorials name it in "category".', examples: ['identity'] },
        title: { description: 'The heading citizens see above the category\'s guides.', examples: [{ vi: 'Định danh điện tử', en: 'Electronic identity' }] },
      },
    },
    CatalogEntry: {
      description: 'One tutorial file of the catalog.',
      fields: {
        src: { description: 'The address of the tutorial file, relative to this catalog file (or an https: address).', examples: ['vneid-level-2.json'] },
        category: { description: 'The id of the category the guide is listed under.', examples: ['identity'] },
        keywords: {
          description:
            'More words citizens may search for, in any language; the title, summary and category are searched already. Marks and case do not matter.',
          examples: [['kích hoạt', 'căn cước', 'CCCD']],
        },
      },
    },
  },
};

/** The catalog's JSON Schema, or why it cannot be built. */
export function buildCatalogJsonSchema(convert: ToJsonSchema, docs: SchemaDocs = CATALOG_DOCS): JsonSchemaBuild {
  return buildJsonSchema(convert, docs, CATALOG_FORMAT);
}
