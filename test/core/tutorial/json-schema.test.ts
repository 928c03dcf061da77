import { expect } from '@open-wc/testing';
import { toJsonSchema } from '@valibot/to-json-schema';
import jsonSchema from '../../../schema/tutorial.schema.json';
import { buildJsonSchema, schemaDocsProblems, SCHEMA_PARTS } from '../../../src/core/tutorial/json-schema.js';
import { SCHEMA_DOCS, type PartDocs, type SchemaDocs } from '../../../src/core/tutorial/schema-docs.js';

/** The docs with one part changed. */
function withPart(name: string, change: (part: PartDocs) => PartDocs | undefined): SchemaDocs {
  const parts: Record<string, PartDocs> = { ...SCHEMA_DOCS.parts };
  const changed = change(parts[name]!);
  if (changed) parts[name] = changed;
  else delete parts[name];
  return { ...SCHEMA_DOCS, parts };
}

/** The fields of a part without `key`. */
function without(part: PartDocs, key: string): PartDocs {
  const fields = { ...part.fields };
  delete fields[key];
  return { ...part, fields };
}

describe('buildJsonSchema', () => {
  it('rebuilds schema/tutorial.schema.json exactly, keys in the same order', () => {
    const { schema, problems } = buildJsonSchema(toJsonSchema);
    expect(problems).to.deep.equal([]);
    expect(JSON.stringify(schema, null, 2)).to.equal(JSON.stringify(jsonSchema, null, 2));
  });

  it('fails, with no schema, when a field has no description', () => {
    const docs = withPart('Step', (part) => without(part, 'target'));
    expect(buildJsonSchema(toJsonSchema, docs)).to.deep.equal({
      problems: ['Step.target: the field has no description in schema-docs.ts.'],
    });
  });

  it('fails when a description is empty', () => {
    const docs = withPart('OpeningHours', (part) => ({ ...part, fields: { ...part.fields, opens: { description: ' ' } } }));
    expect(buildJsonSchema(toJsonSchema, docs).problems).to.deep.equal(['OpeningHours.opens: the field has no description in schema-docs.ts.']);
  });

  it('fails when the docs describe a field or a part the format does not have', () => {
    const docs = withPart('Image', (part) => ({ ...part, fields: { ...part.fields, caption: { description: 'A caption.' } } }));
    expect(buildJsonSchema(toJsonSchema, docs).problems).to.deep.equal(['Image.caption: schema-docs.ts describes a field the format does not have.']);
    const extra: SchemaDocs = { ...SCHEMA_DOCS, parts: { ...SCHEMA_DOCS.parts, Video: { description: 'A video.', fields: {} } } };
    expect(schemaDocsProblems(extra)).to.deep.equal(['Video: schema-docs.ts describes a part the format does not have.']);
  });

  it('fails when a part of the format has no docs or no description', () => {
    expect(schemaDocsProblems(withPart('AdvanceOn', () => undefined))).to.deep.equal(['AdvanceOn: this part of the format has no entry in schema-docs.ts.']);
    expect(schemaDocsProblems(withPart('Choice', (part) => ({ ...part, description: '' })))).to.deep.equal(['Choice: the part has no description.']);
    expect(schemaDocsProblems({ ...SCHEMA_DOCS, text: { ...SCHEMA_DOCS.text, plain: '' } })).to.deep.equal([
      'text: both forms of a text (plain and translations) need a description.',
    ]);
  });

  it('leaves the editor help out of the schema the validator runs', () => {
    const kinds = new Set<string>();
    const visit = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      const schema = node as { type?: string; kind?: string };
      if (schema.kind) kinds.add(`${schema.kind}:${schema.type}`);
      for (const value of Object.values(node)) if (typeof value === 'object') visit(value);
    };
    Object.values(SCHEMA_PARTS).forEach(visit);
    expect([...kinds].filter((k) => k.startsWith('metadata:'))).to.deep.equal([]);
    expect(kinds.has('validation:regex')).to.equal(true);
  });
});
