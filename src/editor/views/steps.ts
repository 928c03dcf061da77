/**
 * The steps as a list (pick one to edit; Add step at the end) and the step being edited with
 * its fields and its buttons to move, copy and delete it. Every action is a button: nothing
 * needs dragging.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ADD_STEP_FIELD, fieldElementId, renameStep, setField, stepIdFollowsTitle, textIn, type DraftStep } from '../model/index.js';
import { stepLabel, type ViewContext } from './context.js';
import { renderPlainField, renderProblems, renderSelectField, renderTextField } from './fields.js';
import { renderAudio, renderImage } from './step-image.js';
import { renderChoices, renderThen } from './step-links.js';

/** What the step views ask of the element. */
export interface StepActions {
  select(index: number): void;
  add(): void;
  duplicate(index: number): void;
  remove(index: number): void;
  move(index: number, by: number): void;
  choiceAdded(index: number, choice: number): void;
  pickImage?(index: number): void;
}

const titleOf = (v: ViewContext, step: DraftStep) => textIn(step.title, v.draft.lang, v.draft.lang).trim() || v.t('steps.untitled');

export function renderStepList(v: ViewContext, actions: StepActions): TemplateResult {
  const { t, draft } = v;
  const addId = fieldElementId(ADD_STEP_FIELD);
  const problems = v.problemsAt(ADD_STEP_FIELD);
  const label = stepLabel(t, 'steps.item');
  return html`<section class="card" aria-labelledby="steps-heading">
    <h2 id="steps-heading">${t('steps.heading')}</h2>
    ${draft.steps.length === 0
      ? html`<p>${t('steps.none')}</p>`
      : html`<ol class="step-list">
          ${draft.steps.map(
            (step, i) => html`<li>
              <button type="button" class="step-item" data-step=${i} aria-current=${i === v.selected ? 'step' : nothing}
                @click=${() => actions.select(i)}>${label(i + 1, titleOf(v, step))}</button>
            </li>`,
          )}
        </ol>`}
    ${renderProblems(v, addId, problems)}
    <button type="button" id=${addId} class="primary" aria-describedby=${problems.length > 0 ? `${addId}-problems` : nothing}
      @click=${actions.add}>${t('steps.addStep')}</button>
  </section>`;
}

export function renderStepEditor(v: ViewContext, actions: StepActions): TemplateResult | typeof nothing {
  const { t, draft } = v;
  const i = v.selected;
  const step = draft.steps[i];
  if (step === undefined) return nothing;
  const s = (...rest: (string | number)[]) => ['steps', i, ...rest];
  return html`<section class="card step-editor" aria-labelledby="step-heading">
    <h2 id="step-heading" tabindex="-1">${t('steps.editing', { number: i + 1, total: draft.steps.length })}</h2>
    ${renderTextField(v, { path: s('title'), label: t('step.title') })}
    ${renderTextField(v, { path: s('body'), label: t('step.text'), hint: t('step.textHint'), multiline: true })}
    ${renderTextField(v, { path: s('tip'), label: t('step.tip'), multiline: true })}
    ${renderTextField(v, { path: s('warning'), label: t('step.warning'), multiline: true })}
    ${renderImage(v, i, step, actions.pickImage)}
    ${renderAudio(v, i, step)}
    ${renderThen(v, i, step)}
    ${renderChoices(v, i, step, (choice) => actions.choiceAdded(i, choice))}
    <details class="group" ?open=${Boolean(step.target || step.advanceOn)}>
      <summary>${t('step.tour')}</summary>
      ${renderPlainField(v, {
        key: `steps[${i}].target`,
        label: t('step.target'),
        hint: t('step.targetHint'),
        value: typeof step.target === 'string' ? step.target : '',
        onInput: (value) => v.edit((d) => setField(d, s('target'), value === '' ? undefined : value), `steps[${i}].target`),
      })}
      ${renderSelectField(v, {
        key: `steps[${i}].advanceOn.event`,
        label: t('step.advanceOn'),
        value: step.advanceOn?.event ?? '',
        options: [
          { value: '', label: t('step.advanceNone') },
          { value: 'change', label: t('step.advanceChange') },
          { value: 'input', label: t('step.advanceInput') },
          { value: 'click', label: t('step.advanceClick') },
        ],
        onChange: (value) => v.edit((d) => setField(d, s('advanceOn'), value === '' ? undefined : { event: value })),
      })}
    </details>
    <details class="group" ?open=${!stepIdFollowsTitle(draft, i) || v.problemsAt(`steps[${i}].id`).length > 0}>
      <summary>${t('step.id')}</summary>
      ${renderPlainField(v, {
        key: `steps[${i}].id`,
        label: t('step.id'),
        hint: t('step.idHint'),
        value: step.id,
        onInput: (value) => v.edit((d) => renameStep(d, i, value), `steps[${i}].id`),
      })}
    </details>
    <div class="step-actions">
      <button type="button" class="secondary" data-action="up" ?disabled=${i === 0} @click=${() => actions.move(i, -1)}>${t('steps.moveUp')}</button>
      <button type="button" class="secondary" data-action="down" ?disabled=${i === draft.steps.length - 1} @click=${() => actions.move(i, 1)}>
        ${t('steps.moveDown')}
      </button>
      <button type="button" class="secondary" data-action="duplicate" @click=${() => actions.duplicate(i)}>${t('steps.duplicate')}</button>
      <button type="button" class="danger" data-action="delete" @click=${() => actions.remove(i)}>${t('steps.delete')}</button>
    </div>
  </section>`;
}
