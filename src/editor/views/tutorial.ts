/** The tutorial's own fields: title, summary, minutes, what you need, id, revision, languages. */
import { html, nothing, type TemplateResult } from 'lit';
import { addLanguage, addRequirement, deleteRequirement, setField, suggestId, textIn } from '../model/index.js';
import { languageName, OFFERED_LANGUAGES } from '../languages.js';
import type { ViewContext } from './context.js';
import { renderPlainField, renderTextField } from './fields.js';

/** What the languages part needs beyond the view context. */
export interface LanguageControls {
  /** The language picked in "Language to add" (empty: the first one offered). */
  chosen: string;
  choose(lang: string): void;
  added(lang: string): void;
}

export function renderTutorialFields(v: ViewContext, languages: LanguageControls): TemplateResult {
  const { t, draft } = v;
  const requirements = draft.requirements ?? [];
  const numberText = (value: string) => (value.trim() === '' ? undefined : /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value);
  return html`<section class="card" aria-labelledby="tutorial-heading">
    <h2 id="tutorial-heading">${t('tutorial.heading')}</h2>
    ${renderTextField(v, { path: ['title'], label: t('tutorial.title') })}
    ${renderTextField(v, { path: ['summary'], label: t('tutorial.summary'), hint: t('tutorial.summaryHint'), multiline: true })}
    ${renderPlainField(v, {
      key: 'minutes',
      label: t('tutorial.minutes'),
      hint: t('tutorial.minutesHint'),
      type: 'text',
      value: draft.minutes === undefined ? '' : String(draft.minutes),
      onInput: (value) => v.edit((d) => setField(d, ['minutes'], numberText(value)), 'minutes'),
    })}
    ${renderTextField(v, { path: ['completion'], label: t('tutorial.completion'), hint: t('tutorial.completionHint'), multiline: true })}
    <fieldset class="group">
      <legend>${t('tutorial.requirements')}</legend>
      ${requirements.map(
        (_, i) => html`<div class="row">
          ${renderTextField(v, { path: ['requirements', i], label: t('tutorial.requirement', { number: i + 1 }) })}
          <button type="button" class="secondary" @click=${() => v.edit((d) => deleteRequirement(d, i))}>
            ${t('tutorial.removeRequirement', { number: i + 1 })}
          </button>
        </div>`,
      )}
      <button type="button" class="secondary" @click=${() => v.edit(addRequirement)}>${t('tutorial.addRequirement')}</button>
    </fieldset>
    ${renderPlainField(v, {
      key: 'id',
      label: t('tutorial.id'),
      hint: t('tutorial.idHint'),
      value: draft.id,
      onInput: (value) => v.edit((d) => setField(d, ['id'], value.trim() === '' ? suggestId(textIn(d.title, d.lang, d.lang)) : value), 'id'),
    })}
    ${renderPlainField(v, {
      key: 'revision',
      label: t('tutorial.revision'),
      hint: t('tutorial.revisionHint'),
      value: String(draft.revision),
      onInput: (value) => v.edit((d) => setField(d, ['revision'], numberText(value) ?? ''), 'revision'),
    })}
    ${renderLanguages(v, languages)}
  </section>`;
}

function renderLanguages(v: ViewContext, controls: LanguageControls): TemplateResult {
  const { t, draft } = v;
  const addable: string[] = [...OFFERED_LANGUAGES].filter((lang) => !v.languages.includes(lang));
  const toAdd = addable.includes(controls.chosen) ? controls.chosen : addable[0];
  const add = () => {
    if (toAdd === undefined) return;
    v.edit((d) => addLanguage(d, toAdd));
    controls.added(toAdd);
  };
  return html`<fieldset class="group">
    <legend>${t('tutorial.languages')}</legend>
    <ul class="languages">
      ${v.languages.map((lang) => html`<li lang=${lang}>${lang === draft.lang ? t('tutorial.mainLanguage', { name: languageName(lang) }) : languageName(lang)}</li>`)}
    </ul>
    ${addable.length === 0
      ? nothing
      : html`<div class="add-language">
          <div class="field">
            <label for="language-to-add">${t('tutorial.languageToAdd')}</label>
            <select id="language-to-add" @change=${(e: Event) => controls.choose((e.target as HTMLSelectElement).value)}>
              ${addable.map((lang) => html`<option value=${lang} lang=${lang} ?selected=${lang === toAdd}>${languageName(lang)}</option>`)}
            </select>
          </div>
          <button type="button" class="secondary" @click=${add}>${t('tutorial.addLanguage')}</button>
        </div>`}
  </fieldset>`;
}
