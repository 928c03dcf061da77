/**
 * The shape of a tutorial as a graph of steps: where Next leads, what lies ahead by default,
 * and whether a saved path is still a walk the tutorial allows.
 */
import type { Step, Tutorial } from '../tutorial/types.js';
import { GuideError } from './errors.js';

/** The steps of one tutorial, findable by id, with their place in the list. */
export interface StepMap {
  readonly steps: readonly Step[];
  readonly byId: ReadonlyMap<string, Step>;
  readonly position: ReadonlyMap<string, number>;
}

/** Indexes `tutorial.steps` by id; with duplicate ids (an invalid file) the first one wins. */
export function mapSteps(tutorial: Tutorial): StepMap {
  const byId = new Map<string, Step>();
  const position = new Map<string, number>();
  tutorial.steps.forEach((step, index) => {
    if (byId.has(step.id)) return;
    byId.set(step.id, step);
    position.set(step.id, index);
  });
  return { steps: tutorial.steps, byId, position };
}

/** Whether Next on `step` needs the citizen to pick one of its choices. */
export function hasChoices(step: Step): step is Step & { choices: NonNullable<Step['choices']> } {
  return step.choices !== undefined && step.choices.length > 0;
}

/**
 * Where Next leads from a step without choices: its `next` (a step id, or `null` to finish),
 * else the following step in the list, else `null` (the last step finishes).
 */
export function plainNext(map: StepMap, step: Step): string | null {
  if (step.next !== undefined) return step.next;
  return map.steps[(map.position.get(step.id) ?? map.steps.length) + 1]?.id ?? null;
}

/**
 * Where `next(choiceIndex)` leads from `step` (`null`: it finishes), or the `GuideError` for a
 * choice index that does not fit the step. Changes nothing, so a refused call changes nothing.
 */
export function nextTarget(map: StepMap, step: Step, choiceIndex: number | undefined): string | null {
  if (!hasChoices(step)) {
    if (choiceIndex !== undefined) {
      throw new GuideError('invalid-choice', `Step "${step.id}" has no choices, so next() takes no choice index.`);
    }
    return plainNext(map, step);
  }
  if (choiceIndex === undefined) {
    throw new GuideError('choice-required', `Step "${step.id}" has choices; pass the index of the one picked to next().`);
  }
  if (!Number.isInteger(choiceIndex) || choiceIndex < 0 || choiceIndex >= step.choices.length) {
    throw new GuideError(
      'invalid-choice',
      `Step "${step.id}" has ${step.choices.length} choices (0 to ${step.choices.length - 1}); ${choiceIndex} is not one of them.`,
    );
  }
  return step.choices[choiceIndex]!.next;
}

/** Every place Next can lead from `step`: each choice's target, or the one plain next. */
export function possibleNexts(map: StepMap, step: Step): (string | null)[] {
  return hasChoices(step) ? step.choices.map((choice) => choice.next) : [plainNext(map, step)];
}

/**
 * The step ids that follow `fromId` by default, not counting `fromId` and stopping before any
 * step in `visited` (going there would cut the path short, not lengthen it). A step with
 * choices follows its first choice, or the first one that does not lead back onto the route;
 * a choice that finishes ends the route there. So the count is exact for a citizen who takes
 * the first answer each time, and an editor who puts the most common answer first makes it
 * exact for most citizens.
 */
export function upcoming(map: StepMap, fromId: string, visited: ReadonlySet<string>): string[] {
  const seen = new Set(visited);
  seen.add(fromId);
  const route: string[] = [];
  let step = map.byId.get(fromId);
  while (step) {
    const next = defaultNext(map, step, seen);
    if (next === null || seen.has(next)) break;
    step = map.byId.get(next);
    if (!step) break;
    seen.add(next);
    route.push(next);
  }
  return route;
}

function defaultNext(map: StepMap, step: Step, seen: ReadonlySet<string>): string | null {
  if (!hasChoices(step)) return plainNext(map, step);
  const first = step.choices.find((choice) => choice.next === null || !seen.has(choice.next));
  return first ? first.next : null;
}

/** Whether each step of `path` can follow the one before it by Next or a choice. */
export function isWalk(map: StepMap, path: readonly string[]): boolean {
  return path.every((id, index) => {
    if (index === 0) return true;
    const previous = map.byId.get(path[index - 1]!);
    return previous !== undefined && possibleNexts(map, previous).includes(id);
  });
}

/**
 * The shortest way from the first step to `targetId` (both included), trying choices in their
 * order, so a walk opened at a step (the `start` attribute, a helper's view) counts "Step 7 of
 * 10" and goes Back the way a citizen would most likely have come. A step no path reaches is
 * its own way: `[targetId]`.
 */
export function wayTo(map: StepMap, targetId: string): string[] {
  const first = map.steps[0]!.id;
  const cameFrom = new Map<string, string | null>([[first, null]]);
  const queue = [first];
  for (let i = 0; i < queue.length && !cameFrom.has(targetId); i += 1) {
    const step = map.byId.get(queue[i]!);
    if (!step) continue;
    for (const next of possibleNexts(map, step)) {
      if (next === null || cameFrom.has(next) || !map.byId.has(next)) continue;
      cameFrom.set(next, step.id);
      queue.push(next);
    }
  }
  if (!cameFrom.has(targetId)) return [targetId];
  const way: string[] = [];
  for (let id: string | null = targetId; id !== null; id = cameFrom.get(id) ?? null) way.unshift(id);
  return way;
}
