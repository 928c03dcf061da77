/** Where a step goes: "Then", or its choices, each with a label and the step it "Goes to". */
import { html, type TemplateResult } from 'lit';
import { addChoice, deleteChoice, setChoiceNext, setThen, textIn, thenOf, type DraftStep } from '../model/index.js';
import { stepLabel, type ViewContext } from './context.js';
import { renderSelectField, renderTextField, type SelectOption } from './fields.js';

const FINISH = '\u0000finish';
const ORDER = '\u0000order';

/** The other steps by number and title, the way a person picks where to go. */
function stepOptions(v: ViewContext, self: number, current: string | null | undefined): SelectOption[] {
  const { t, draft } = v;
  const label = stepLabel(t, 'step.thenStep');
  const options = draft.steps.flatMap((step, i) => (i === self ? [] : [{ value: `step:${step.id}`, label: label(i + 1, title(v, step)) }]));
  if (typeof current === 'string' && !draft.steps.some((s) => s.id === current)) {
    options.unshift({ value: `step:${current}`, label: t('step.missingStep', { id: current }) });
  }
  return options;
}

function title(v: ViewContext, step: DraftStep): string {
  return textIn(step.title, v.draft.lang, v.draft.lang).trim() || v.t('steps.untitled');
}

export function renderThen(v: ViewContext, index: number, step: DraftStep): TemplateResult {
  const { t } = v;
  if (Array.isArray(step.choices) && step.choices.length > 0) return html`<p class="note">${t('step.choicesDecide')}</p>`;
  const then = thenOf(step);
  const value = then.kind === 'order' ? ORDER : then.kind === 'finish' ? FINISH : `step:${then.id}`;
  return renderSelectField(v, {
    key: `steps[${index}].next`,
    label: t('step.then'),
    value,
    options: [{ value: ORDER, label: t('step.thenOrder') }, { value: FINISH, label: t('step.thenFinish') }, ...stepOptions(v, index, step.next)],
    onChange: (chosen) =>
      v.edit((d) => setThen(d, index, chosen === ORDER ? { kind: 'order' } : chosen === FINISH ? { kind: 'finish' } : { kind: 'step', id: chosen.slice(5) })),
  });
}

export function renderChoices(v: ViewContext, index: number, step: DraftStep, onAdded: (choice: number) => void): TemplateResult {
  const { t } = v;
  const choices = Array.isArray(step.choices) ? step.choices : [];
  return html`<fieldset class="group choices">
    <legend>${t('step.choices')}</legend>
    <p class="hint">${t('step.choicesHint')}</p>
    ${choices.map(
      (choice, c) => html`<fieldset class="choice">
        <legend>${t('step.choice', { number: c + 1 })}</legend>
        ${renderTextField(v, { path: ['steps', index, 'choices', c, 'label'], label: t('step.choiceLabel') })}
        ${renderSelectField(v, {
          key: `steps[${index}].choices[${c}].next`,
          label: t('step.goesTo'),
          value: choice.next === null || choice.next === undefined ? FINISH : `step:${choice.next}`,
          options: [...stepOptions(v, index, choice.next), { value: FINISH, label: t('step.thenFinish') }],
          onChange: (chosen) => v.edit((d) => setChoiceNext(d, index, c, chosen === FINISH ? null : chosen.slice(5))),
        })}
        <button type="button" class="secondary" @click=${() => v.edit((d) => deleteChoice(d, index, c))}>
          ${t('step.removeChoice', { number: c + 1 })}
        </button>
      </fieldset>`,
    )}
    <button type="button" class="secondary" data-add-choice
      @click=${() => {
        let added = 0;
        v.edit((d) => {
          const result = addChoice(d, index);
          added = result.choice;
          return result.draft;
        });
        onAdded(added);
      }}>${t('step.addChoice')}</button>
  </fieldset>`;
}
