/**
 * A step's picture — its file, what it shows (alt text) in every language, or "decorative" —
 * and its recordings read aloud, one per language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fieldElementId, getIn, setField, setRecording, type DraftStep } from '../model/index.js';
import { languageName } from '../languages.js';
import type { ViewContext } from './context.js';
import { renderPlainField, renderTextField } from './fields.js';

export function renderImage(v: ViewContext, index: number, step: DraftStep, pick?: (index: number) => void): TemplateResult {
  const { t } = v;
  const image = step.image;
  const path = ['steps', index, 'image'];
  if (image === undefined) {
    return html`<div class="group">
      <button type="button" class="secondary" @click=${() => v.edit((d) => setField(d, path, { src: '', alt: '' }))}>${t('step.addImage')}</button>
    </div>`;
  }
  const decorativeId = fieldElementId(`steps[${index}].image.decorative`);
  return html`<fieldset class="group">
    <legend>${t('step.image')}</legend>
    ${renderPlainField(v, {
      key: `steps[${index}].image.src`,
      label: t('step.imageFile'),
      hint: t('step.imageFileHint'),
      value: typeof image.src === 'string' ? image.src : '',
      onInput: (value) => v.edit((d) => setField(d, [...path, 'src'], value), `steps[${index}].image.src`),
    })}
    ${pick ? html`<button type="button" class="secondary" @click=${() => pick(index)}>${t('step.chooseImage')}</button>` : nothing}
    ${image.decorative ? nothing : renderTextField(v, { path: [...path, 'alt'], label: t('step.imageAlt'), hint: t('step.imageAltHint') })}
    <div class="check">
      <input type="checkbox" id=${decorativeId} .checked=${Boolean(image.decorative)}
        @change=${(e: Event) => {
          const on = (e.target as HTMLInputElement).checked;
          v.edit((d) => setField(setField(d, [...path, 'decorative'], on ? true : undefined), [...path, 'alt'], on ? '' : image.alt ?? ''));
        }} />
      <label for=${decorativeId}>${t('step.decorative')}</label>
    </div>
    <button type="button" class="secondary" @click=${() => v.edit((d) => setField(d, path, undefined))}>${t('step.removeImage')}</button>
  </fieldset>`;
}

/** The step's recordings: one path per language of the tutorial, folded away until used. */
export function renderAudio(v: ViewContext, index: number, step: DraftStep): TemplateResult {
  const { t } = v;
  const recordings = v.languages.map((lang) => ({ lang, src: getIn(step, ['audio', lang]) }));
  const used = recordings.some((r) => typeof r.src === 'string' && r.src !== '') || v.languages.some((lang) => v.problemsAt(`steps[${index}].audio.${lang}`).length > 0);
  return html`<details class="group" ?open=${used}>
    <summary>${t('step.audio')}</summary>
    <p class="hint">${t('step.audioHint')}</p>
    ${recordings.map(({ lang, src }) =>
      renderPlainField(v, {
        key: `steps[${index}].audio.${lang}`,
        label: t('step.audioFile', { name: languageName(lang) }),
        value: typeof src === 'string' ? src : '',
        onInput: (value) => v.edit((d) => setRecording(d, index, lang, value), `steps[${index}].audio.${lang}`),
      }),
    )}
  </details>`;
}
