/**
 * Steps: add, duplicate, delete, move, rename. Links between steps are step ids in the file,
 * but nobody types them here: a step's id follows its title until someone sets one, and
 * renaming a step rewrites every `next` and choice that went to it.
 */
import { suggestId, uniqueId } from './slug.js';
import { textIn } from './text.js';
import type { Draft, DraftChoice, DraftStep } from './types.js';

const takenIds = (draft: Draft, except?: number): Set<string> =>
  new Set(draft.steps.filter((_, index) => index !== except).map((step) => step.id));

const withSteps = (draft: Draft, steps: readonly DraftStep[]): Draft => ({ ...draft, steps });

/** The id a step would get from its title now (unique among the other steps). */
export function suggestedStepId(draft: Draft, index: number, title = textIn(draft.steps[index]?.title, draft.lang, draft.lang)): string {
  return uniqueId(suggestId(title), takenIds(draft, index));
}

/** Whether the step's id is still the one its title suggests (so it follows the title). */
export function stepIdFollowsTitle(draft: Draft, index: number): boolean {
  const step = draft.steps[index];
  return step !== undefined && (step.id === '' || step.id === suggestedStepId(draft, index));
}

/** A new, empty step after `after` (default: at the end); returns the draft and its index. */
export function addStep(draft: Draft, after = draft.steps.length - 1): { draft: Draft; index: number } {
  const index = Math.min(Math.max(after + 1, 0), draft.steps.length);
  const step: DraftStep = { id: uniqueId('', takenIds(draft)), title: '' };
  const steps = [...draft.steps];
  steps.splice(index, 0, step);
  return { draft: withSteps(draft, steps), index };
}

/** A copy of step `index` right after it, under a new id. */
export function duplicateStep(draft: Draft, index: number): { draft: Draft; index: number } {
  const step = draft.steps[index];
  if (step === undefined) return { draft, index };
  const copy: DraftStep = { ...structuredClone(step), id: uniqueId(step.id, takenIds(draft)) };
  const steps = [...draft.steps];
  steps.splice(index + 1, 0, copy);
  return { draft: withSteps(draft, steps), index: index + 1 };
}

/**
 * The draft without step `index`. What went to it is left pointing at its id, so the
 * validator flags each place ("goes to a step that does not exist") for a person to decide.
 */
export function deleteStep(draft: Draft, index: number): Draft {
  if (draft.steps[index] === undefined) return draft;
  return withSteps(draft, draft.steps.filter((_, i) => i !== index));
}

/** Step `index` moved by `by` places (−1 up, +1 down), kept inside the list. */
export function moveStep(draft: Draft, index: number, by: number): { draft: Draft; index: number } {
  const to = Math.min(Math.max(index + by, 0), draft.steps.length - 1);
  if (draft.steps[index] === undefined || to === index) return { draft, index };
  const steps = [...draft.steps];
  const [step] = steps.splice(index, 1);
  steps.splice(to, 0, step!);
  return { draft: withSteps(draft, steps), index: to };
}

/** Every place that goes to step `id`: `{ step, choice? }` (choice undefined: the step's `next`). */
export function referencesTo(draft: Draft, id: string): { step: number; choice?: number }[] {
  const found: { step: number; choice?: number }[] = [];
  draft.steps.forEach((step, index) => {
    if (step.next === id) found.push({ step: index });
    if (Array.isArray(step.choices)) step.choices.forEach((choice, c) => choice.next === id && found.push({ step: index, choice: c }));
  });
  return found;
}

/** Step `index` under the id `id`, and every `next` and choice that went to its old id with it. */
export function renameStep(draft: Draft, index: number, id: string): Draft {
  const old = draft.steps[index]?.id;
  if (old === undefined || old === id) return draft;
  // Two steps with one id would make every link to it ambiguous: keep the links where they are.
  const follow = !draft.steps.some((step, i) => i !== index && step.id === old);
  const retarget = (next: string | null | undefined) => (follow && next === old ? id : next);
  const steps = draft.steps.map((step, i): DraftStep => {
    let changed: DraftStep = i === index ? { ...step, id } : step;
    if (step.next !== undefined && retarget(step.next) !== step.next) changed = { ...changed, next: retarget(step.next)! };
    if (Array.isArray(step.choices) && step.choices.some((c) => retarget(c.next) !== c.next)) {
      changed = { ...changed, choices: step.choices.map((c): DraftChoice => (retarget(c.next) === c.next ? c : { ...c, next: retarget(c.next)! })) };
    }
    return changed;
  });
  return withSteps(draft, steps);
}
