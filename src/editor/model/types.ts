/**
 * The tutorial as the editor holds it while someone writes it: the file's own shape (format 1),
 * but any part may still be missing or wrong, because a tutorial being written is unfinished
 * almost all the time. Drafts are never changed in place: every operation returns a new one,
 * which is what makes undo, redo and "unsaved work" cheap and exact.
 */
import type { Text } from '../../index.js';

/** A JSON object of the draft; fields the editor does not know are kept as they are. */
export type DraftRecord = { readonly [key: string]: unknown };

/** One choice of a step: a label and the step it goes to (`null`: finish here). */
export interface DraftChoice extends DraftRecord {
  readonly label?: Text;
  readonly next?: string | null;
}

/** One step being written. */
export interface DraftStep extends DraftRecord {
  readonly id: string;
  readonly title?: Text;
  readonly body?: Text;
  readonly tip?: Text;
  readonly warning?: Text;
  readonly image?: DraftRecord & { readonly src?: string; readonly alt?: Text; readonly decorative?: boolean };
  readonly choices?: readonly DraftChoice[];
  readonly next?: string | null;
  readonly target?: string;
  readonly advanceOn?: { readonly event: string };
}

/** A tutorial being written. */
export interface Draft extends DraftRecord {
  readonly format: 1;
  readonly id: string;
  readonly revision: number;
  readonly lang: string;
  readonly title?: Text;
  readonly summary?: Text;
  readonly minutes?: number;
  readonly requirements?: readonly Text[];
  readonly steps: readonly DraftStep[];
}

/** A place in a draft: object keys and array indexes, as in `steps[2].title`. */
export type DraftPath = readonly (string | number)[];
