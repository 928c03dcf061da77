/**
 * Walks the data alongside the valibot schema, so the checks that valibot cannot do (unknown
 * fields with suggestions, every text of the file) know the format from the same source of
 * truth, without a hand-written list of fields.
 */
import { fieldName, placeOf } from './places.js';
import { problem, type FoundProblem, type PathSegment } from './problems.js';
import { TextSchema, TutorialSchema } from './schema.js';
import { closest } from './suggest.js';

/** The parts of a valibot schema object the walk reads. */
interface SchemaNode {
  type: string;
  pipe?: readonly SchemaNode[];
  wrapped?: SchemaNode;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
}

/** A text a citizen reads, found in the file, with where it is. */
export interface FoundText {
  segments: PathSegment[];
  /** A string, or a translations object (anything else is a shape problem already). */
  value: unknown;
  /** The field name: `title`, `body`, `alt`…; `requirements` for an item of that list. */
  field: string;
}

/** What one walk of a tutorial finds. */
export interface WalkResult {
  texts: FoundText[];
  unknownFields: FoundProblem[];
}

const TEXT = TextSchema as unknown as SchemaNode;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Finds every text and every unknown field of the (normalized) data in one pass. */
export function walkTutorial(data: unknown): WalkResult {
  const result: WalkResult = { texts: [], unknownFields: [] };
  visit(TutorialSchema as unknown as SchemaNode, data, [], '', result, data);
  return result;
}

function visit(schema: SchemaNode, value: unknown, segments: PathSegment[], field: string, result: WalkResult, root: unknown): void {
  let node = schema;
  // Unwrap `pipe` (descriptions, checks), `optional` and `nullable` down to the real shape.
  for (;;) {
    if (node === TEXT) {
      if (typeof value === 'string' || isRecord(value)) result.texts.push({ segments, value, field });
      return;
    }
    if (node.pipe) node = node.pipe[0]!;
    else if (node.wrapped) node = node.wrapped;
    else break;
  }
  if (node.type === 'array' && node.item && Array.isArray(value)) {
    value.forEach((item, index) => visit(node.item!, item, [...segments, index], field, result, root));
  } else if (node.type === 'object' && node.entries && isRecord(value)) {
    const entries = node.entries;
    for (const key of Object.keys(value)) {
      // hasOwn: a JSON key such as "__proto__" or "constructor" must not find Object's own.
      const entry = Object.hasOwn(entries, key) ? entries[key] : undefined;
      if (entry) visit(entry, value[key], [...segments, key], key, result, root);
      else result.unknownFields.push(unknownField([...segments, key], Object.keys(entries), root));
    }
  }
}

function unknownField(segments: PathSegment[], known: string[], root: unknown): FoundProblem {
  const key = String(segments[segments.length - 1]);
  const place = placeOf(segments, root);
  const parent = place.rest.slice(0, -1);
  const owner = place.owner !== '' ? place.owner : parent.length > 0 ? fieldName(parent) : 'The tutorial';
  const inside = place.owner !== '' && parent.length > 0 ? ` in ${fieldName(parent)}` : '';
  const guess = closest(key, known);
  const hint = guess
    ? ` Did you mean "${guess}"?`
    : ` Remove it, or start its name with "x-" to keep it as a note (fields starting with "x-" are ignored).`;
  return problem('unknown-field', segments, `${owner} has a field "${key}"${inside} that guidepost does not know.${hint}`, true);
}
