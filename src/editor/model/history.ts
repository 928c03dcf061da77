/**
 * Undo and redo over immutable drafts. Typing in one field is one change, not one per key:
 * edits with the same `group` (a field's path) made one after another merge into one step.
 */

/** The past, the present and the undone future of a value. */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The group of the last change, while typing continues in the same field. */
  readonly group?: string;
}

/** How many changes are kept to undo. */
export const HISTORY_LIMIT = 200;

/** A history that starts at `value`. */
export function startHistory<T>(value: T): History<T> {
  return { past: [], present: value, future: [] };
}

/** `value` becomes the present; with the same `group` as the last change, the two are one step. */
export function record<T>(history: History<T>, value: T, group?: string): History<T> {
  if (value === history.present) return history;
  if (group !== undefined && group === history.group) return { ...history, present: value, future: [] };
  const past = [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: value, future: [], group };
}

/** Ends the current group, so the next change in the same field is a step of its own. */
export function seal<T>(history: History<T>): History<T> {
  return history.group === undefined ? history : { ...history, group: undefined };
}

/** One step back, or the same history when there is nothing to undo. */
export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (history.past.length === 0) return history;
  return { past: history.past.slice(0, -1), present: previous as T, future: [history.present, ...history.future] };
}

/** One step forward again, or the same history when nothing was undone. */
export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history;
  const [next, ...future] = history.future;
  return { past: [...history.past, history.present], present: next as T, future };
}
