/**
 * Walks the data alongside the valibot schema, so the checks that valibot cannot do (unknown
 * fields with suggestions, every text of the file) know the format from the same source of
 * truth, without a hand-written list of fields.
 */
import { isRecord } from './data.js';
import { found, type FoundProblem } from './found.js';
import type { PathSegment } from './problems.js';
import { TextSchema, TutorialSchema } from './schema.js';

/** The parts of a valibot schema object the walk (and the JSON Schema builder) reads. @internal */
export interface SchemaNode {
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

/** Finds every text and every unknown field of the (normalized) data in one pass. */
export function walkTutorial(data: unknown): WalkResult {
  const result: WalkResult = { texts: [], unknownFields: [] };
  visit(TutorialSchema as unknown as SchemaNode, data, [], '', result);
  return result;
}

function visit(schema: SchemaNode, value: unknown, segments: PathSegment[], field: string, result: WalkResult): void {
  let node = schema;
  // Unwrap `pipe` (checks), `optional` and `nullable` down to the real shape.
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
    value.forEach((item, index) => visit(node.item!, item, [...segments, index], field, result));
  } else if (node.type === 'object' && node.entries && isRecord(value)) {
    const entries = node.entries;
    let known: string[] | undefined;
    for (const key of Object.keys(value)) {
      // hasOwn: a JSON key such as "__proto__" or "constructor" must not find Object's own.
      const entry = Object.hasOwn(entries, key) ? entries[key] : undefined;
      if (entry) visit(entry, value[key], [...segments, key], key, result);
      else {
        // The known names, for the "Did you mean …?" the wording may add.
        known ??= Object.keys(entries);
        result.unknownFields.push(found('unknown-field', [...segments, key], { kind: 'unknown-field', known }, true));
      }
    }
  }
}
