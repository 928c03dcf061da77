/**
 * Labelled fields with their hint, their problems and, for texts, one input per language side
 * by side. Every problem is tied to its input by `aria-describedby` and marks it
 * `aria-invalid`, inside this one shadow root so the references work.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldElementId, formatDraftPath, getIn, textIn, type DraftPath } from '../model/index.js';
import type { Text } from '../../index.js';
import { languageName } from '../languages.js';
import type { EditorProblem, ViewContext } from './context.js';

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter((id): id is string => Boolean(id)).join(' ') || nothing;

/** The problems of one field, each on a line of its own, said as "Problem: …". */
export function renderProblems(v: ViewContext, id: string, problems: readonly EditorProblem[]): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<div class="field-problems" id=${`${id}-problems`}>
    ${problems.map(
      (p) => html`<p class=${p.severity === 'error' ? 'problem error' : 'problem warning'}>
        <strong>${v.t(p.advice ? 'problems.advice' : p.severity === 'error' ? 'problems.error' : 'problems.warning')}:</strong>
        ${p.message}
      </p>`,
    )}
  </div>`;
}

/** Whether problems of this field include an error (warnings do not make a field invalid). */
const invalid = (problems: readonly EditorProblem[]) => (problems.some((p) => p.severity === 'error') ? 'true' : nothing);

export interface TextFieldOptions {
  path: DraftPath;
  label: string;
  hint?: string;
  multiline?: boolean;
}

/** One input per language of the tutorial for the text at `path`. */
export function renderTextField(v: ViewContext, options: TextFieldOptions): TemplateResult {
  const { path, label, hint, multiline } = options;
  const base = formatDraftPath(path);
  const text = getIn(v.draft, path) as Text | undefined;
  const several = v.languages.length > 1;
  const hintId = hint ? `${fieldElementId(base)}-hint` : undefined;
  const values = v.languages.map((lang) => textIn(text, lang, v.draft.lang));
  const anyWritten = values.some((value) => value.trim() !== '');
  return html`<div class=${several ? 'field translations' : 'field'}>
    ${hint ? html`<p class="hint" id=${hintId!}>${hint}</p>` : nothing}
    <div class="columns">
      ${v.languages.map((lang, i) => {
        const key = `${base}.${lang}`;
        const id = fieldElementId(key);
        const problems = v.problemsAt(key);
        const missing = several && anyWritten && values[i]!.trim() === '';
        const name = several ? `${label} (${languageName(lang)})` : label;
        const onInput = (event: Event) => v.setText(path, lang, (event.target as HTMLInputElement).value);
        const attrs = { id, lang, described: describedBy(hintId, problems.length > 0 && `${id}-problems`, missing && `${id}-missing`) };
        return html`<div class="column">
          <label for=${id}>${name}</label>
          ${renderProblems(v, id, problems)}
          ${multiline
            ? html`<textarea id=${attrs.id} lang=${attrs.lang} rows="4" aria-invalid=${invalid(problems)} aria-describedby=${attrs.described}
                .value=${live(values[i]!)} @input=${onInput} @change=${v.seal}></textarea>`
            : html`<input id=${attrs.id} lang=${attrs.lang} type="text" aria-invalid=${invalid(problems)} aria-describedby=${attrs.described}
                .value=${live(values[i]!)} @input=${onInput} @change=${v.seal} />`}
          ${missing ? html`<p class="missing" id=${`${id}-missing`}>${v.t('tutorial.missing')}</p>` : nothing}
        </div>`;
      })}
    </div>
  </div>`;
}

export interface PlainFieldOptions {
  key: string;
  label: string;
  hint?: string;
  value: string;
  /** `time`: a time of day, as HH:MM on a 24-hour clock. */
  type?: 'text' | 'number' | 'time';
  onInput(value: string): void;
}

/** The ids and ARIA values every single field needs, and its frame: label, hint, problems. */
function single(v: ViewContext, key: string, label: string, hint: string | undefined, control: (a: { id: string; invalid: 'true' | typeof nothing; described: string | typeof nothing }) => TemplateResult): TemplateResult {
  const id = fieldElementId(key);
  const problems = v.problemsAt(key);
  const hintId = hint ? `${id}-hint` : undefined;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id=${hintId!}>${hint}</p>` : nothing}
    ${renderProblems(v, id, problems)}
    ${control({ id, invalid: invalid(problems), described: describedBy(hintId, problems.length > 0 && `${id}-problems`) })}
  </div>`;
}

/** A single input (an id, a number, a selector). */
export function renderPlainField(v: ViewContext, options: PlainFieldOptions): TemplateResult {
  return single(v, options.key, options.label, options.hint, (a) => html`<input id=${a.id} type=${options.type === 'time' ? 'time' : 'text'}
    inputmode=${options.type === 'number' ? 'numeric' : nothing} aria-invalid=${a.invalid} aria-describedby=${a.described}
    .value=${live(options.value)} @input=${(e: Event) => options.onInput((e.target as HTMLInputElement).value)} @change=${v.seal} />`);
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldOptions {
  key: string;
  label: string;
  hint?: string;
  value: string;
  options: readonly SelectOption[];
  onChange(value: string): void;
}

/** A native select: the way to pick a step, never typing its id. */
export function renderSelectField(v: ViewContext, options: SelectFieldOptions): TemplateResult {
  return single(v, options.key, options.label, options.hint, (a) => html`<select id=${a.id} aria-invalid=${a.invalid}
    aria-describedby=${a.described} @change=${(e: Event) => options.onChange((e.target as HTMLSelectElement).value)}>
    ${options.options.map((o) => html`<option value=${o.value} ?selected=${o.value === options.value}>${o.label}</option>`)}
  </select>`);
}
