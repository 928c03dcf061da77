/**
 * One question at a time that the editor asks before going on (save with problems? reload or
 * overwrite?), answered by a button. A new question answers the open one with `'cancel'`.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Prompt } from './views/frame.js';

export class Question {
  /** The question shown now, if any. */
  current?: Prompt;
  private _resolve?: (answer: string) => void;

  constructor(private readonly _host: ReactiveControllerHost) {}

  /** Shows `prompt`; resolves with the answer chosen. */
  ask(prompt: Prompt): Promise<string> {
    this._resolve?.('cancel');
    this.current = prompt;
    this._host.requestUpdate();
    return new Promise((resolve) => (this._resolve = resolve));
  }

  /** The person chose `answer`. */
  answer(answer: string): void {
    const resolve = this._resolve;
    this.current = undefined;
    this._resolve = undefined;
    this._host.requestUpdate();
    resolve?.(answer);
  }
}
