/**
 * Builds `schema/tutorial.schema.json` from the valibot schema (`schema.ts`) and the editor
 * help (`schema-docs.ts`), and refuses to when the two disagree: a field without help, or help
 * for a field the format does not have. Only `scripts/build-schema.mjs` and tests import this
 * file; browsers never load it.
 *
 * The converter (`toJsonSchema` of `@valibot/to-json-schema`, a development tool) is passed
 * in rather than imported, so nothing under `src/` depends on a development package.
 */
import type * as v from 'valibot';
import {
  AdvanceOnSchema,
  ChoiceSchema,
  HelpChannelSchema,
  HelpSchema,
  ImageSchema,
  LANGUAGE_TAG_PATTERN,
  OpeningHoursSchema,
  StepSchema,
  TextSchema,
  TutorialSchema,
} from './schema.js';
import { SCHEMA_DOCS, type FieldDocs, type SchemaDocs } from './schema-docs.js';

/** The parts of a valibot schema object the JSON Schema builder reads. @internal */
export interface SchemaNode {
  type: string;
  pipe?: readonly SchemaNode[];
  wrapped?: SchemaNode;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
}

/** The parts of the format (its objects) by name: the docs' keys and the JSON Schema titles. */
export const SCHEMA_PARTS = {
  Tutorial: TutorialSchema,
  Step: StepSchema,
  Image: ImageSchema,
  Choice: ChoiceSchema,
  AdvanceOn: AdvanceOnSchema,
  Help: HelpSchema,
  HelpChannel: HelpChannelSchema,
  OpeningHours: OpeningHoursSchema,
} as const;

/**
 * A file format to build a JSON Schema of: its parts by name (the first is the whole file),
 * the parts used as list items (named `$defs`; the others are written in place, where the
 * field's own description is), the schema's `$id` and title.
 */
export interface SchemaFormat {
  readonly parts: Readonly<Record<string, unknown>>;
  readonly definitions: readonly string[];
  readonly id: string;
  readonly title: string;
}

/** The tutorial format. */
export const TUTORIAL_FORMAT: SchemaFormat = {
  parts: SCHEMA_PARTS,
  definitions: ['Step', 'Choice', 'HelpChannel', 'OpeningHours'],
  id: 'https://unpkg.com/guidepost/schema/tutorial.schema.json',
  title: 'guidepost tutorial (format 1)',
};
const EXTENSION_KEYS = { '^x-': { description: 'Your own note or data; guidepost ignores fields starting with "x-".' } };

/** The conversion `toJsonSchema` of `@valibot/to-json-schema` does, as far as used here. */
export type ToJsonSchema = (
  schema: v.GenericSchema,
  config: { target: 'draft-07'; definitions: Record<string, v.GenericSchema>; ignoreActions: string[] },
) => object;

/** The outcome of {@link buildJsonSchema}: the JSON Schema, or why it cannot be built. */
export interface JsonSchemaBuild {
  /** The JSON Schema; only when there are no problems. */
  schema?: Record<string, unknown>;
  /** What is out of step between `schema.ts` and `schema-docs.ts`, one line each. */
  problems: string[];
}


type JsonNode = Record<string, unknown>;

const partNames = (format: SchemaFormat) => new Map<unknown, string>(Object.entries(format.parts).map(([name, part]) => [part, name]));
const TEXT: unknown = TextSchema;

/** A field's value without `optional` around it: the part, the text or the plain schema. */
function unwrapOptional(schema: SchemaNode): SchemaNode {
  let node = schema;
  while (node.type === 'optional' && node.wrapped) node = node.wrapped;
  return node;
}

/** The real shape under pipes (checks) and `optional`/`nullable`. */
function unwrap(schema: SchemaNode): SchemaNode {
  let node = schema;
  for (;;) {
    if (node.pipe) node = node.pipe[0]!;
    else if (node.wrapped) node = node.wrapped;
    else return node;
  }
}

function entriesOf(part: unknown): Record<string, SchemaNode> {
  return unwrap(part as SchemaNode).entries ?? {};
}

/**
 * Everything out of step between the format and its editor help: a part or field without a
 * description, help for a part or field the format does not have, an object that is not a
 * named part. Empty when they agree.
 */
export function schemaDocsProblems(docs: SchemaDocs = SCHEMA_DOCS, format: SchemaFormat = TUTORIAL_FORMAT): string[] {
  const problems: string[] = [];
  const names = partNames(format);
  const described = (text: unknown) => typeof text === 'string' && text.trim() !== '';
  if (!described(docs.text?.plain) || !described(docs.text?.translations)) {
    problems.push('text: both forms of a text (plain and translations) need a description.');
  }
  for (const [name, part] of Object.entries(format.parts)) {
    const partDocs = Object.hasOwn(docs.parts, name) ? docs.parts[name] : undefined;
    if (partDocs === undefined) {
      problems.push(`${name}: this part of the format has no entry in schema-docs.ts.`);
      continue;
    }
    if (!described(partDocs.description)) problems.push(`${name}: the part has no description.`);
    const entries = entriesOf(part);
    for (const [key, entry] of Object.entries(entries)) {
      const field = Object.hasOwn(partDocs.fields, key) ? partDocs.fields[key] : undefined;
      if (!described(field?.description)) problems.push(`${name}.${key}: the field has no description in schema-docs.ts.`);
      // A list's items count too: `steps` holds parts, and so must any new list of objects.
      const value = unwrapOptional(entry);
      const inner = unwrap(value);
      for (const candidate of [value, inner.type === 'array' && inner.item ? unwrapOptional(inner.item) : undefined]) {
        if (candidate && unwrap(candidate).type === 'object' && !names.has(candidate)) {
          problems.push(`${name}.${key}: an object that is not one of SCHEMA_PARTS, so it has no help of its own.`);
        }
      }
    }
    for (const key of Object.keys(partDocs.fields)) {
      if (!Object.hasOwn(entries, key)) problems.push(`${name}.${key}: schema-docs.ts describes a field the format does not have.`);
    }
  }
  for (const name of Object.keys(docs.parts)) {
    if (!Object.hasOwn(format.parts, name)) problems.push(`${name}: schema-docs.ts describes a part the format does not have.`);
  }
  return problems;
}

/**
 * Converts the format to the JSON Schema editors use: the valibot schema for the structure,
 * `schema-docs.ts` for titles, descriptions and examples, every object closed to unknown
 * fields except `x-` ones. Returns problems instead when the docs and the format disagree, or
 * when any property of the result would have no description.
 */
export function buildJsonSchema(convert: ToJsonSchema, docs: SchemaDocs = SCHEMA_DOCS, format: SchemaFormat = TUTORIAL_FORMAT): JsonSchemaBuild {
  const problems = schemaDocsProblems(docs, format);
  if (problems.length > 0) return { problems };
  const part = (name: string) => format.parts[name] as v.GenericSchema;
  const root = part(Object.keys(format.parts)[0]!);
  const definitions = Object.fromEntries(format.definitions.map((name) => [name, part(name)]));
  const names = partNames(format);
  const converted = convert(root, {
    target: 'draft-07',
    definitions,
    // `check` actions (real language tags, known time zones) have no JSON Schema form; the
    // validator still applies them.
    ignoreActions: ['check'],
  }) as JsonNode;
  annotate(converted, root as unknown as SchemaNode, undefined, docs, names);
  const defs = (converted['$defs'] ?? {}) as Record<string, JsonNode>;
  for (const name of format.definitions) annotate(defs[name]!, part(name) as unknown as SchemaNode, undefined, docs, names);

  const undescribed: string[] = [];
  refine(converted, '', undescribed);
  if (undescribed.length > 0) {
    return { problems: undescribed.map((path) => `${path}: this property of the JSON Schema has no description.`) };
  }
  const { $schema, $defs, ...rest } = converted;
  return { schema: { $schema, $id: format.id, ...rest, title: format.title, $defs }, problems: [] };
}

/** Writes the docs into the converted node of `schema`; `field` is the help of the field it is. */
function annotate(node: JsonNode, schema: SchemaNode, field: FieldDocs | undefined, docs: SchemaDocs, names: Map<unknown, string>): void {
  // A definition used in place is a bare `$ref`, annotated where it is defined.
  if (typeof node['$ref'] === 'string') return;
  const value = unwrapOptional(schema);
  const part = names.get(value);
  if (part !== undefined) {
    const partDocs = docs.parts[part]!;
    node['title'] = part;
    describe(node, field ?? partDocs);
    const properties = (node['properties'] ?? {}) as Record<string, JsonNode>;
    for (const [key, entry] of Object.entries(entriesOf(value))) {
      if (properties[key]) annotate(properties[key], entry, partDocs.fields[key], docs, names);
    }
    return;
  }
  if (value === TEXT) {
    const [plain, translations] = (node['anyOf'] ?? []) as JsonNode[];
    if (plain) plain['description'] = docs.text.plain;
    if (translations) translations['description'] = docs.text.translations;
  } else {
    const inner = unwrap(value);
    if (inner.type === 'array' && inner.item && typeof node['items'] === 'object') annotate(node['items'] as JsonNode, inner.item, undefined, docs, names);
  }
  if (field) describe(node, field);
}

function describe(node: JsonNode, help: { description: string; examples?: readonly unknown[] }): void {
  node['description'] = help.description;
  if (help.examples) node['examples'] = structuredClone(help.examples);
}

const languageKeys = `^(?:${LANGUAGE_TAG_PATTERN.source.slice(1, -1)}|x-.*)$`;

/** Closes every object to unknown fields except `x-…`, and lists properties without a description. */
function refine(node: unknown, path: string, undescribed: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => refine(item, `${path}[${i}]`, undescribed));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const object = node as JsonNode;
  if (object['type'] === 'object' && object['properties']) {
    object['additionalProperties'] = false;
    object['patternProperties'] = EXTENSION_KEYS;
    if (Array.isArray(object['required']) && object['required'].length === 0) delete object['required'];
    for (const [key, property] of Object.entries(object['properties'] as Record<string, JsonNode>)) {
      if (typeof property['description'] !== 'string' && typeof property['$ref'] !== 'string') undescribed.push(`${path}.${key}`);
    }
  } else if (object['type'] === 'object' && object['propertyNames']) {
    // A translations object: language codes as keys, and `x-` notes like everywhere else.
    object['propertyNames'] = { pattern: languageKeys };
    object['patternProperties'] = { '^x-': {} };
  }
  for (const [key, value] of Object.entries(object)) refine(value, `${path}.${key}`, undescribed);
}
