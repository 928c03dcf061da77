import { expect } from '@open-wc/testing';
import { CATALOG } from '../../../src/core/catalog/format.js';
import { CatalogSchema } from '../../../src/core/catalog/schema.js';
import { faultsOf, HELP, TEXT, TUTORIAL, type Shape } from '../../../src/core/tutorial/format.js';
import { quickCheckTutorial } from '../../../src/core/tutorial/quick.js';
import { HelpSchema, TextSchema, TutorialSchema } from '../../../src/core/tutorial/schema.js';
import { agree } from '../fuzz/quick-check.js';
import { placesOf } from '../fuzz/mutations.js';
import { bilingual } from './tutorials.js';

// The format is described twice: as a valibot schema (schema.ts: the types, the JSON Schema,
// the validator) and as plain data (format.ts: what a citizen's page checks, without
// valibot). These tests hold the two together.

type Node = { type: string; pipe?: Node[]; wrapped?: Node; entries?: Record<string, Node>; item?: Node; value?: Node; options?: unknown[]; literal?: unknown };

/** The valibot schema and the description, read side by side: same parts, fields, optional fields and options. */
function sameShape(schema: Node, shape: Shape, at: string): void {
  let node = schema;
  if (node.type === 'optional') {
    expect(shape.kind, `${at} is optional in the schema`).to.equal('optional');
    node = node.wrapped!;
    shape = (shape as { shape: Shape }).shape;
  } else expect(shape.kind, `${at} is required in the schema`).to.not.equal('optional');
  if ((node as unknown) === TextSchema) return void expect(shape, `${at} is a text`).to.equal(TEXT);
  while (node.pipe && node.pipe[0] !== node) node = node.pipe[0]!;
  switch (node.type) {
    case 'object':
      expect(shape.kind, at).to.equal('object');
      if (shape.kind !== 'object') return;
      expect(Object.keys(shape.entries), `the fields of ${at}`).to.deep.equal(Object.keys(node.entries!));
      for (const [name, entry] of Object.entries(node.entries!)) sameShape(entry, shape.entries[name]!, `${at}.${name}`);
      return;
    case 'array':
      expect(shape.kind, at).to.equal('array');
      if (shape.kind === 'array') sameShape(node.item!, shape.item, `${at}[]`);
      return;
    case 'record':
      expect(shape.kind, at).to.equal('by-language');
      if (shape.kind === 'by-language') sameShape(node.value!, shape.value, `${at}{}`);
      return;
    case 'picklist':
      expect(shape, at).to.deep.equal({ kind: 'one-of', options: node.options });
      return;
    case 'literal':
      expect(shape, at).to.deep.equal({ kind: 'one-of', options: [node.literal] });
      return;
    case 'nullable':
      expect(shape.kind, `${at} is a step id or null`).to.equal('step-reference');
      return;
    default:
      expect(shape.kind, at).to.equal(node.type);
  }
}

describe('the format without valibot (format.ts)', () => {
  it('has the parts, fields, optional fields and options of the valibot schema', () => {
    sameShape(TutorialSchema as unknown as Node, TUTORIAL, 'tutorial');
    sameShape(HelpSchema as unknown as Node, HELP, 'help');
    sameShape(CatalogSchema as unknown as Node, CATALOG, 'catalog');
  });

  // Every field of the format, each replaced by values near and far from what it must be (and
  // removed): the two descriptions accept the same, and the quick check finds what the full one finds.
  const edges: unknown[] = [
    undefined, null, true, false, 0, -1, 1, 2, 1.5, NaN, Infinity, '', ' ', 'a', 'a-b', 'A', 'vi', 'en', 'vi-VN', 'EN', 'xx-',
    'mo', '07:30', '24:00', '25:00', 'Asia/Ho_Chi_Minh', 'Mars/Base', 'x'.repeat(101), 'https://a.gov.vn', 'javascript:alert(1)',
    [], [1], [''], ['mo'], [{}], {}, { vi: '' }, { vi: 'x' }, { vi: 1 }, { EN: 'x' }, { event: 'click' },
  ];
  const everyField = () => {
    const data = bilingual();
    const both = (text: string) => ({ vi: text, en: text });
    Object.assign(data, { $schema: 'x.json', summary: both('S'), minutes: 5, requirements: [both('R')], completion: both('C') });
    data.help = { timezone: 'Asia/Ho_Chi_Minh', channels: [{ type: 'desk', label: both('Desk'), value: '1 Street', map: 'https://map.example', hours: [{ days: ['mo'], opens: '07:30', closes: '24:00' }] }] };
    data.steps[0] = {
      ...data.steps[0],
      image: { src: 'a.png', alt: both('A'), decorative: false, width: 10, height: 10 },
      audio: { vi: 'a.mp3' },
      tip: both('T'),
      warning: both('W'),
      target: '#a',
      advanceOn: { event: 'click' },
      help: data.help,
    };
    return data;
  };

  it('the fixture with every field passes both checks with no problem', () => {
    const quick = quickCheckTutorial(everyField());
    expect(quick?.found.map((p) => p.code)).to.deep.equal([]);
    expect(faultsOf(TUTORIAL, everyField())).to.deep.equal([]);
  });

  it('agrees with valibot and the full check on every field replaced by each edge value, and removed', () => {
    const count = placesOf(everyField()).length;
    let checked = 0;
    for (let i = 0; i < count; i++) {
      for (const value of [...edges, 'remove']) {
        const data = everyField();
        const [parent, key] = placesOf(data)[i]!;
        if (value === 'remove') {
          if (Array.isArray(parent)) parent.splice(key as number, 1);
          else delete (parent as Record<string, unknown>)[key];
        } else (parent as Record<string | number, unknown>)[key] = value;
        agree(data);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(3_000);
  });

  it('words help given in code with its path and what was expected', () => {
    expect(faultsOf(HELP, { channels: [{ type: 'fax', label: 'x', value: '' }] })).to.deep.equal([
      { segments: ['channels', 0, 'type'], expected: 'one of "phone", "sms", "email", "chat", "link", "desk"' },
      { segments: ['channels', 0, 'value'], expected: 'a string that follows the rule "not-empty"' },
    ]);
  });
});
