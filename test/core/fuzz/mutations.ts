/** Random edits of a text, the kind a hurried editor (or a broken upload) makes. */
import * as fc from 'fast-check';

type Edit = { at: number; kind: 'insert' | 'delete' | 'replace' | 'repeat'; text: string; length: number };

const pieces = fc.constantFrom('{', '}', '[', ']', ',', ':', '"', "'", '\\', '\n', '\t', ' ', '/', '*', '-', '0', '1e9', 'x', 'null', 'true', '"x-a"', '\u0000', '\ufeff', 'ệ', '😀', '\ud800');

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom('insert', 'delete', 'replace', 'repeat'),
  text: fc.oneof(pieces, fc.string({ maxLength: 4 })),
  length: fc.integer({ min: 1, max: 40 }),
});

function apply(text: string, { at, kind, text: piece, length }: Edit): string {
  const i = Math.floor(at * text.length);
  switch (kind) {
    case 'insert':
      return text.slice(0, i) + piece + text.slice(i);
    case 'delete':
      return text.slice(0, i) + text.slice(i + length);
    case 'replace':
      return text.slice(0, i) + piece + text.slice(i + piece.length);
    case 'repeat':
      return text.slice(0, i + length) + text.slice(i, i + length) + text.slice(i + length);
  }
}

/** `texts` with one to five random edits. */
export function mutatedText(texts: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(texts, fc.array(edit, { minLength: 1, maxLength: 5 })).map(([text, edits]) => edits.reduce(apply, text));
}

type Parent = Record<string, unknown> | unknown[];
type TreeEdit = { at: number; from: number; kind: 'replace' | 'delete' | 'rename' | 'copy'; value: unknown; name: string };

/** Every place in `data` where a value sits: its parent and its key. */
export function placesOf(data: unknown): [Parent, string | number][] {
  const places: [Parent, string | number][] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        places.push([node, i]);
        visit(item);
      });
    } else if (typeof node === 'object' && node !== null) {
      for (const key of Object.keys(node)) {
        places.push([node as Record<string, unknown>, key]);
        visit((node as Record<string, unknown>)[key]);
      }
    }
  };
  visit(data);
  return places;
}

const treeEdit: fc.Arbitrary<TreeEdit> = fc.record({
  at: fc.double({ min: 0, max: 0.999, noNaN: true }),
  from: fc.double({ min: 0, max: 0.999, noNaN: true }),
  kind: fc.constantFrom('replace', 'delete', 'rename', 'copy'),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom('', ' ', null, [], {}, 'https://x.gov.vn', 'http://x', 'javascript:alert(1)', 'vi', 'en', 'mo', '25:00', 0, -1, 1.5),
    fc.constantFrom('a', 'http://a', '[a](javascript:', '{"vi": "').map((start) => start + 'b'.repeat(2_000)),
  ),
  name: fc.constantFrom('tilte', 'x-note', 'next', 'id', 'title', 'choices', 'en', 'vi', 'vi-VN', 'EN', '__proto__', 'alt', 'decorative'),
});

function editTree(data: unknown, { at, from, kind, value, name }: TreeEdit): unknown {
  const places = placesOf(data);
  if (places.length === 0) return data;
  const [parent, key] = places[Math.floor(at * places.length)]!;
  const source = places[Math.floor(from * places.length)]!;
  const record = parent as Record<string | number, unknown>;
  switch (kind) {
    case 'replace':
      record[key] = structuredClone(value);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete record[key];
      break;
    case 'rename':
      if (!Array.isArray(parent) && name !== '__proto__') {
        Object.defineProperty(parent, name, { value: record[key], enumerable: true, writable: true, configurable: true });
        if (name !== key) delete record[key];
      }
      break;
    case 'copy':
      record[key] = structuredClone((source[0] as Record<string | number, unknown>)[source[1]]);
      break;
  }
  return data;
}

/** JSON `texts` with one to four edits of their data (valid JSON again, a broken tutorial). */
export function mutatedJson(texts: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(texts, fc.array(treeEdit, { minLength: 1, maxLength: 4 }), fc.constantFrom(undefined, 2, '\t'))
    .map(([text, edits, indent]) => JSON.stringify(edits.reduce(editTree, JSON.parse(text) as unknown), null, indent));
}
