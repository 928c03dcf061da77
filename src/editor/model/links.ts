/**
 * Where a step goes: "Then" (the next step in order, a chosen step, or finish here) and its
 * choices, each going to a step picked from the list.
 */
import type { Draft, DraftChoice, DraftStep } from './types.js';

/** "Then" as the editor offers it: in order, finish here, or a step id. */
export type Then = { kind: 'order' } | { kind: 'finish' } | { kind: 'step'; id: string };

const changeStep = (draft: Draft, index: number, change: (step: DraftStep) => DraftStep): Draft => {
  const step = draft.steps[index];
  if (step === undefined) return draft;
  const steps = [...draft.steps];
  steps[index] = change(step);
  return { ...draft, steps };
};

const without = <T extends object>(object: T, key: string): T => {
  const copy = { ...object } as Record<string, unknown>;
  delete copy[key];
  return copy as T;
};

/** What happens after step `index` when it has no choices. */
export function thenOf(step: DraftStep): Then {
  if (step.next === null) return { kind: 'finish' };
  if (typeof step.next === 'string') return { kind: 'step', id: step.next };
  return { kind: 'order' };
}

/** Sets what happens after step `index`. */
export function setThen(draft: Draft, index: number, then: Then): Draft {
  return changeStep(draft, index, (step) => {
    if (then.kind === 'order') return without(step, 'next');
    return { ...step, next: then.kind === 'finish' ? null : then.id };
  });
}

/**
 * A new choice on step `index`, going to the next step in order (or finishing on the last
 * step). A step with choices has no "Then": each choice says where it goes.
 */
export function addChoice(draft: Draft, index: number): { draft: Draft; choice: number } {
  const following = draft.steps[index + 1]?.id ?? null;
  const step = draft.steps[index];
  const choices = Array.isArray(step?.choices) ? step.choices : [];
  const next = step && typeof step.next !== 'undefined' && choices.length === 0 ? step.next : following;
  const changed = changeStep(draft, index, (s) => ({ ...without(s, 'next'), choices: [...choices, { label: '', next }] }));
  return { draft: changed, choice: choices.length };
}

/** Step `index` without choice `choice`; with no choice left, the step goes on in order. */
export function deleteChoice(draft: Draft, index: number, choice: number): Draft {
  return changeStep(draft, index, (step) => {
    const choices = (step.choices ?? []).filter((_, c) => c !== choice);
    return choices.length === 0 ? without(step, 'choices') : { ...step, choices };
  });
}

/** Makes choice `choice` of step `index` go to step `next` (`null`: finish here). */
export function setChoiceNext(draft: Draft, index: number, choice: number, next: string | null): Draft {
  return changeStep(draft, index, (step) => {
    const choices = [...(step.choices ?? [])];
    if (choices[choice] === undefined) return step;
    choices[choice] = { ...choices[choice], next } as DraftChoice;
    return { ...step, choices };
  });
}
