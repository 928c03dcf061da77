/**
 * A tutorial on paper: the steps in one fixed order with their numbers, and where each step
 * leads, so the printed page can say "If … go to step 5." No DOM, no words: the words are
 * chosen by whoever prints the result.
 */
import { encodeReference, referenceStepLimit } from '../help/index.js';
import { hasChoices, mapSteps, plainNext, possibleNexts } from '../guide/route.js';
import type { Step, Text, Tutorial } from '../tutorial/types.js';

/**
 * Where a printed step leads:
 * - `choice`: one of its choices; `to` is the step number it goes to, or `null` when that
 *   choice finishes the guide;
 * - `go-to`: Next leads to step `to`, which is not the one printed after it;
 * - `end`: the guide ends after this step;
 * - `continue`: Next leads to the step printed right after it (nothing needs saying).
 */
export type PaperExit =
  | { kind: 'choice'; label: Text; to: number | null }
  | { kind: 'go-to'; to: number }
  | { kind: 'end' }
  | { kind: 'continue' };

/** One step as printed: its number, the step, where it leads, and its reference code. */
export interface PaperStep {
  number: number;
  step: Step;
  exits: PaperExit[];
  /** The code a citizen reads to a helper (`445M-301V`); absent past the code's step limit. */
  reference?: string;
}

/**
 * The step ids in the order they are printed and numbered: the order a citizen meets them,
 * first choice first. From the first step, follow Next, and at a step with choices follow
 * the first choice to its end; then come back to the nearest step with a choice not yet
 * followed and follow its next choice, and so on (a depth-first walk that takes choices in
 * their order). A step already numbered keeps its number. Steps that no walk reaches come
 * last, in the order of the file.
 */
export function paperOrder(tutorial: Tutorial): string[] {
  const map = mapSteps(tutorial);
  const order: string[] = [];
  const seen = new Set<string>();
  const first = tutorial.steps[0];
  // An explicit stack instead of recursion, so a tutorial of a thousand steps cannot overflow it.
  const stack = first ? [first.id] : [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    const step = map.byId.get(id);
    if (!step || seen.has(id)) continue;
    seen.add(id);
    order.push(id);
    const nexts = possibleNexts(map, step).filter((next): next is string => next !== null);
    for (let i = nexts.length - 1; i >= 0; i -= 1) if (!seen.has(nexts[i]!)) stack.push(nexts[i]!);
  }
  for (const step of map.byId.values()) if (!seen.has(step.id)) order.push(step.id);
  return order;
}

/** Every step of `tutorial` as printed, in {@link paperOrder}, numbered from 1. */
export function paperSteps(tutorial: Tutorial): PaperStep[] {
  const map = mapSteps(tutorial);
  const order = paperOrder(tutorial);
  const numberOf = new Map(order.map((id, i) => [id, i + 1]));
  return order.map((id, i) => {
    const step = map.byId.get(id)!;
    const number = i + 1;
    const target = (next: string | null) => (next === null ? null : (numberOf.get(next) ?? null));
    let exits: PaperExit[];
    if (hasChoices(step)) {
      exits = step.choices.map((choice) => ({ kind: 'choice', label: choice.label, to: target(choice.next) }));
    } else {
      const to = target(plainNext(map, step));
      exits = [to === null ? { kind: 'end' } : to === number + 1 ? { kind: 'continue' } : { kind: 'go-to', to }];
    }
    const position = map.position.get(id)!;
    const reference =
      position < referenceStepLimit
        ? encodeReference({ tutorialId: tutorial.id, revision: tutorial.revision, stepId: id }, tutorial)
        : undefined;
    return reference === undefined ? { number, step, exits } : { number, step, exits, reference };
  });
}
