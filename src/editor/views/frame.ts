/** The frame around the form: the toolbar, the banners that ask something, and the preview. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Tutorial } from '../../index.js';
import { languageName } from '../languages.js';
import type { Backup } from '../backup.js';
import type { ViewContext } from './context.js';

/** A question the editor is asking: save with problems, or a file changed on disk. */
export type Prompt = { kind: 'problems'; count: number } | { kind: 'conflict' };

export interface ToolbarState {
  canUndo: boolean;
  canRedo: boolean;
  dirty: boolean;
  status: string;
  pane: 'edit' | 'preview';
  undo(): void;
  redo(): void;
  save(): void;
  choosePane(pane: 'edit' | 'preview'): void;
}

export function renderToolbar(v: ViewContext, s: ToolbarState): TemplateResult {
  const { t } = v;
  return html`<div class="toolbar" role="toolbar" aria-label=${t('editor.label')}>
    <button type="button" class="secondary" id="undo" aria-disabled=${s.canUndo ? nothing : 'true'} @click=${s.undo}>${t('editor.undo')}</button>
    <button type="button" class="secondary" id="redo" aria-disabled=${s.canRedo ? nothing : 'true'} @click=${s.redo}>${t('editor.redo')}</button>
    <button type="button" class="primary" id="save" @click=${s.save}>${t('editor.save')}</button>
    <div class="switch">
      <button type="button" class="secondary" aria-pressed=${s.pane === 'edit' ? 'true' : 'false'} @click=${() => s.choosePane('edit')}>
        ${t('editor.editSwitch')}
      </button>
      <button type="button" class="secondary" aria-pressed=${s.pane === 'preview' ? 'true' : 'false'} @click=${() => s.choosePane('preview')}>
        ${t('editor.previewSwitch')}
      </button>
    </div>
    <p class="status" role="status">${s.status || (s.dirty ? `${t('editor.unsaved')} ${t('editor.keptInBrowser')}` : '')}</p>
  </div>`;
}

export interface BannerActions {
  restore(): void;
  discard(): void;
  answer(answer: string): void;
}

export function renderBanners(v: ViewContext, restore: Backup | undefined, prompt: Prompt | undefined, a: BannerActions): TemplateResult {
  const { t } = v;
  const time = restore ? new Date(restore.savedAt).toLocaleString(v.lang) : '';
  return html`${restore
      ? html`<div class="banner" role="region" aria-labelledby="restore-message">
          <p id="restore-message">${t('editor.restoreFound', { time })}</p>
          <div class="actions">
            <button type="button" class="primary" @click=${a.restore}>${t('editor.restore')}</button>
            <button type="button" class="secondary" @click=${a.discard}>${t('editor.discard')}</button>
          </div>
        </div>`
      : nothing}
    ${prompt
      ? html`<div class="banner alert" role="alertdialog" aria-labelledby="prompt-message">
          <p id="prompt-message" tabindex="-1">${prompt.kind === 'problems' ? t('editor.saveWithProblems', { count: prompt.count }) : t('editor.conflict')}</p>
          <div class="actions">
            ${prompt.kind === 'problems'
              ? html`<button type="button" class="primary" @click=${() => a.answer('write')}>${t('editor.writeAnyway')}</button>`
              : html`<button type="button" class="primary" @click=${() => a.answer('reload')}>${t('editor.reload')}</button>
                  <button type="button" class="secondary" @click=${() => a.answer('overwrite')}>${t('editor.overwrite')}</button>`}
            <button type="button" class="secondary" @click=${() => a.answer('cancel')}>${t('editor.cancel')}</button>
          </div>
        </div>`
      : nothing}`;
}

export function renderPreview(
  v: ViewContext,
  data: { tutorial: Tutorial | undefined; step: string | undefined },
  lang: string,
  chooseLang: (lang: string) => void,
): TemplateResult {
  const { t } = v;
  // The preview's own events are about a citizen's walk, not about editing: keep them inside.
  const stop = (event: Event) => event.stopPropagation();
  return html`<section class="preview card" aria-labelledby="preview-heading">
    <h2 id="preview-heading">${t('preview.heading')}</h2>
    ${v.languages.length > 1
      ? html`<div class="field">
          <label for="preview-lang">${t('preview.language')}</label>
          <select id="preview-lang" @change=${(e: Event) => chooseLang((e.target as HTMLSelectElement).value)}>
            ${v.languages.map((l) => html`<option value=${l} lang=${l} ?selected=${l === lang}>${languageName(l)}</option>`)}
          </select>
        </div>`
      : nothing}
    ${data.tutorial === undefined
      ? html`<p class="note">${t(v.draft.steps.length === 0 ? 'preview.empty' : 'preview.waiting')}</p>`
      : html`<div class="stage" @gp-start=${stop} @gp-step-change=${stop} @gp-complete=${stop} @gp-error=${stop} @gp-help-request=${stop} @gp-exit=${stop}>
          <gp-tutorial .tutorial=${data.tutorial} start=${data.step ?? ''} lang=${lang} storage="none" heading-level="3"></gp-tutorial>
        </div>`}
  </section>`;
}
