/**
 * Walks the data alongside the format (`format.ts`, the same fields as the valibot schema), so
 * the checks that a schema cannot do (unknown fields with suggestions, every text of the file)
 * know the format from one description, without a hand-written list of fields here, and a
 * citizen's page walks a tutorial without valibot.
 */
import { isRecord } from './data.js';
import { found, type FoundProblem } from './found.js';
import { TEXT, TUTORIAL, type Shape } from './format.js';
import type { PathSegment } from './problems.js';

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

/** Finds every text and every unknown field of the (normalized) data in one pass. */
export function walkTutorial(data: unknown): WalkResult {
  const result: WalkResult = { texts: [], unknownFields: [] };
  visit(TUTORIAL, data, [], '', result);
  return result;
}

function visit(shape: Shape, value: unknown, segments: PathSegment[], field: string, result: WalkResult): void {
  const node = shape.kind === 'optional' ? shape.shape : shape;
  if (node === TEXT) {
    if (typeof value === 'string' || isRecord(value)) result.texts.push({ segments, value, field });
  } else if (node.kind === 'array' && Array.isArray(value)) {
    value.forEach((item, index) => visit(node.item, item, [...segments, index], field, result));
  } else if (node.kind === 'object' && isRecord(value)) {
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
