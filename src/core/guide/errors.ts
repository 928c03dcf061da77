/**
 * What a program did wrong when driving a guide. These are programming mistakes (a button
 * that should not have been offered), never something a citizen caused; a guide that throws
 * one has not changed its state.
 */

/**
 * Why a guide refused a call:
 * - `no-steps`: the tutorial has no steps (validate tutorials before guiding through them);
 * - `not-started`: `next()` or `back()` before `start()`, `resume()` or `restart()`;
 * - `already-started`: `start()` twice (use `restart()` to begin again);
 * - `finished`: `next()`, `back()` or `goTo()` after the last step was finished;
 * - `choice-required`: `next()` without a choice on a step that has choices;
 * - `invalid-choice`: a choice index that is not one of the step's choices, or one given for a
 *   step without choices;
 * - `unknown-step`: a step id the tutorial does not have;
 * - `no-previous-step`: `back()` on the first step of the path;
 * - `not-resumable`: `resume()` when `state.resumable` is false.
 */
export type GuideErrorCode =
  | 'no-steps'
  | 'not-started'
  | 'already-started'
  | 'finished'
  | 'choice-required'
  | 'invalid-choice'
  | 'unknown-step'
  | 'no-previous-step'
  | 'not-resumable';

/** Thrown when a guide is driven in a way it cannot follow; `code` says which way. */
export class GuideError extends Error {
  /** Which mistake this is, for code that handles one kind of mistake differently. */
  readonly code: GuideErrorCode;

  constructor(code: GuideErrorCode, message: string) {
    super(message);
    this.name = 'GuideError';
    this.code = code;
  }
}
