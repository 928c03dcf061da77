/** What every part of the editor's view is given: the draft, its problems, and how to change it. */
import type { Problem } from '../../index.js';
import type { EditorKey, EditorTranslate } from '../i18n.js';
import type { Draft, DraftPath } from '../model/index.js';

/** A problem or a piece of advice, as the editor lists it. */
export interface EditorProblem extends Problem {
  /** The field it is shown beside, if the editor has one for it. */
  field?: string;
  /** Advice from `lintTutorial` (never an error). */
  advice?: boolean;
}

/** The view's window onto the element. */
export interface ViewContext {
  readonly t: EditorTranslate;
  /** The editor's own language. */
  readonly lang: 'vi' | 'en';
  readonly draft: Draft;
  /** The tutorial's languages, its own first. */
  readonly languages: readonly string[];
  /** The step being edited, or -1. */
  readonly selected: number;
  /** Problems beside the field `key`. */
  problemsAt(key: string): readonly EditorProblem[];
  /** Replaces the draft; edits with the same `group` (typing in one field) undo as one. */
  edit(change: (draft: Draft) => Draft, group?: string): void;
  /** Ends the typing group of the field that lost focus. */
  seal(): void;
  /** Sets one language of the text at `path`. */
  setText(path: DraftPath, lang: string, value: string): void;
}

/**
 * A translation with `{{number}}` and `{{title}}` filled in many times, for lists of 200
 * steps: i18next is asked once, the rest is string replacement (i18next's interpolation per
 * item was the slowest part of typing in a long tutorial).
 */
export function stepLabel(t: EditorTranslate, key: EditorKey): (number: number, title: string) => string {
  const pattern = t(key, { number: '\u0001', title: '\u0002', id: '\u0002' });
  return (number, title) => pattern.replace('\u0001', String(number)).replace('\u0002', () => title);
}
