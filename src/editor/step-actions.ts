/**
 * What the step buttons do, beyond changing the draft: which step is edited next, where focus
 * goes (the new step's title, the heading of the step now in place), and what is said.
 */
import * as m from './model/index.js';
import type { EditorKey } from './i18n.js';
import type { StepActions } from './views/steps.js';

/** The parts of the element the step actions use. */
export interface StepHost {
  value(): m.Draft;
  selected(): number;
  select(index: number): void;
  say(key: EditorKey, options?: Record<string, unknown>): void;
  focusAfter(id: string): void;
  edit(change: (draft: m.Draft) => m.Draft): void;
}

const titleField = (draft: m.Draft, step: number) => m.fieldElementId(`steps[${step}].title.${m.languagesOf(draft)[0]}`);

export function stepActions(host: StepHost): StepActions {
  return {
    select: (index) => {
      host.select(index);
      host.focusAfter('step-heading');
    },
    add: () => {
      const added = m.addStep(host.value());
      host.edit(() => added.draft);
      host.select(added.index);
      host.say('steps.stepAdded', { number: added.index + 1 });
      host.focusAfter(titleField(host.value(), added.index));
    },
    duplicate: (index) => {
      const copy = m.duplicateStep(host.value(), index);
      host.edit(() => copy.draft);
      host.select(copy.index);
      host.say('steps.duplicated', { number: copy.index + 1 });
      host.focusAfter('step-heading');
    },
    remove: (index) => {
      const draft = host.value();
      const pointing = m.referencesTo(draft, draft.steps[index]!.id).filter((r) => r.step !== index).length;
      host.edit((d) => m.deleteStep(d, index));
      const selected = Math.min(index, host.value().steps.length - 1);
      host.select(selected);
      host.say(pointing > 0 ? 'steps.deletedPointed' : 'steps.deleted', { number: index + 1, count: pointing });
      host.focusAfter(selected === -1 ? m.fieldElementId(m.ADD_STEP_FIELD) : 'step-heading');
    },
    move: (index, by) => {
      const moved = m.moveStep(host.value(), index, by);
      host.edit(() => moved.draft);
      host.select(moved.index);
      host.say('steps.moved', { number: moved.index + 1 });
      // The button pressed is disabled at either end of the list: focus must not be lost.
      if (moved.index === 0 || moved.index === host.value().steps.length - 1) host.focusAfter('step-heading');
    },
    choiceAdded: (index, choice) => {
      host.focusAfter(m.fieldElementId(`steps[${index}].choices[${choice}].label.${m.languagesOf(host.value())[0]}`));
    },
  };
}

const choosing = new Set<HTMLInputElement>();

/** Asks the browser for a picture file and hands it to the host's `picker`. */
export function chooseImage(
  picker: ((file: File) => Promise<string>) | undefined,
  chosen: (src: string) => void,
  failed: (reason: string) => void,
): void {
  if (!picker) return;
  // Held until the next choice: an input nothing refers to may be collected while the
  // browser's file dialog is still open, and the choice would be lost.
  choosing.clear();
  const input = document.createElement('input');
  choosing.add(input);
  input.type = 'file';
  input.accept = 'image/*';
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) picker(file).then(chosen, (error: unknown) => failed(error instanceof Error ? error.message : String(error)));
  });
  input.click();
}
