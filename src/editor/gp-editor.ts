import { html, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { LintAdvice, Problem } from '../index.js';
import { analyse, previewFor, type Analysis, type PreviewData } from './analysis.js';
import '../elements/gp-tutorial.js';
import { clearBackup, readBackup, writeBackup, type Backup } from './backup.js';
import { editorLanguage, editorTranslator, type EditorKey } from './i18n.js';
import { languageName } from './languages.js';
import * as m from './model/index.js';
import { editorStyles } from './gp-editor.styles.js';
import type { EditorProblem, ViewContext } from './views/context.js';
import { renderProblemList } from './views/problems.js';
import { renderStepEditor, renderStepList, type StepActions } from './views/steps.js';
import { chooseImage, stepActions } from './step-actions.js';
import { renderHelp } from './views/help.js';
import { renderTutorialFields } from './views/tutorial.js';
import { renderBanners, renderPreview, renderToolbar, type Prompt } from './views/frame.js';
import { EditorKeys } from './keys.js';
import { Question } from './question.js';

/** `gp-change` and `gp-save` detail: the tutorial as written, and what is wrong with it. */
export interface GpEditorChangeDetail {
  value: m.Draft;
  /** What `validateTutorial` finds: errors, and warnings for missing translations, worded in the editor's `lang`. */
  problems: Problem[];
  /** What `lintTutorial` advises (never an error), in the editor's `lang`. */
  advice: LintAdvice[];
}

/** `gp-save` detail: also the file text (pretty JSON, the format's field order, a final newline). */
export interface GpEditorSaveDetail extends GpEditorChangeDetail {
  text: string;
}

/**
 * An editor for one tutorial, made for people who do not program: the tutorial's fields, its
 * steps as a list, each step's texts in every language side by side, where each step goes
 * picked from the steps by title, problems beside their fields as you type, undo and redo,
 * unsaved work kept in the browser, and a live preview in a real `<gp-tutorial>`.
 *
 * @summary A tutorial editor for content editors: no JSON, no ids to type.
 * @tagname gp-editor
 *
 * @fires gp-change - The tutorial changed. Detail: `{ value, problems }`.
 * @fires gp-save - Save was pressed. Detail: `{ value, problems, text }`; call `markSaved()` once stored.
 *
 * @cssprop --gp-editor-font-size - Base text size of the editor (default 1.125rem).
 */
export class GpEditor extends LitElement {
  static override styles = editorStyles;
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    draftKey: { attribute: 'draft-key' },
    abbreviations: { attribute: 'abbreviations', converter: (value) => (value ?? '').split(',').map((a) => a.trim()).filter(Boolean) },
    imagePicker: { attribute: false },
    _history: { state: true },
    _selected: { state: true },
    _status: { state: true },
    _restore: { state: true },
    _pane: { state: true },
    _toAdd: { state: true },
    _previewLang: { state: true },
  };

  /** The editor's own language (`vi` or `en`); a new tutorial is written in it too. */
  declare lang: string;
  /** Names the document for the unsaved work kept in this browser (a file path, a CMS id). */
  draftKey = 'default';
  /** Abbreviations the portal's readers know (`VNeID,OTP,QR`): the advice does not flag them. */
  abbreviations: string[] = [];
  /** Lets "Choose a picture" hand a file to the host, which returns the path to write (`img/x.png`). */
  declare imagePicker?: (file: File) => Promise<string>;

  private _history = m.startHistory(m.newDraft('vi'));
  private _selected = -1;
  private _status = '';
  declare private _restore?: Backup;
  private _pane: 'edit' | 'preview' = 'edit';
  private _toAdd = '';
  private _previewLang = '';

  private _saved: m.Draft = this._history.present;
  private _analysis?: Analysis;
  private _analysedWith?: string[];
  private _analysedIn?: string;
  private _preview?: PreviewData;
  private _valueGiven = false;
  private _focusAfter?: string;
  private readonly _question = new Question(this);
  protected readonly _keys = new EditorKeys(this, () => this.undo(), () => this.redo(), () => this._dirty);

  /** The tutorial as written now (it may still have problems). Setting it opens another document. */
  get value(): m.Draft {
    return this._history.present;
  }
  set value(data: unknown) {
    const draft = m.draftFrom(data, editorLanguage(this.lang));
    this._valueGiven = true;
    this._history = m.startHistory(draft);
    this._saved = draft;
    this._selected = draft.steps.length > 0 ? 0 : -1;
    this._offerBackup();
  }

  /** What `validateTutorial` finds in the tutorial as written now, worded in the editor's `lang`. */
  get problems(): Problem[] {
    return this._analyse()
      .filter((p) => !p.advice)
      .map(({ path, code, message, severity }) => ({ path, code, message, severity }));
  }

  /** What `lintTutorial` advises for the tutorial as written now, in the editor's `lang`. */
  get advice(): LintAdvice[] {
    this._analyse();
    return this._analysis!.advice;
  }

  /** Undoes the last change. */
  undo(): void {
    this._travel(m.undo, 'editor.undone', 'editor.nothingToUndo');
  }

  /** Redoes the last undone change. */
  redo(): void {
    this._travel(m.redo, 'editor.redone', 'editor.nothingToRedo');
  }

  /** Like pressing Save: asks first when the tutorial still has errors, then fires `gp-save`. */
  async save(): Promise<void> {
    const errors = this._analyse().filter((p) => p.severity === 'error').length;
    if (errors > 0 && (await this._ask({ kind: 'problems', count: errors })) !== 'write') return;
    this._status = this._t('editor.saving');
    const detail: GpEditorSaveDetail = { value: this.value, problems: this.problems, advice: this.advice, text: m.serializeDraft(this.value) };
    this.dispatchEvent(new CustomEvent('gp-save', { detail, bubbles: true, composed: true }));
  }

  /** The host stored the file: the editor has no unsaved changes any more. */
  markSaved(draft: m.Draft = this.value): void {
    this._saved = draft;
    // Typing may have gone on while the file was written: that is still unsaved.
    if (this._dirty) writeBackup(this.draftKey, this.value);
    else clearBackup(this.draftKey);
    this._status = this._t('editor.savedAt', { time: new Date().toLocaleTimeString(this._uiLang) });
  }

  /** The host could not store the file; `reason` is shown as it is. */
  saveFailed(reason: string): void {
    this._status = this._t('editor.saveFailed', { reason });
  }

  /** Asks whether to reload the file that changed on disk or overwrite it. */
  askConflict(): Promise<'reload' | 'overwrite' | 'cancel'> {
    return this._ask({ kind: 'conflict' }) as Promise<'reload' | 'overwrite' | 'cancel'>;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this._valueGiven) {
      this._history = m.startHistory(m.newDraft(editorLanguage(this.lang)));
      this._saved = this._history.present;
      this._offerBackup();
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A page that sets the language after the element started: a tutorial not yet begun
    // follows it, so "--lang en" never writes an English tutorial marked Vietnamese.
    const lang = editorLanguage(this.lang);
    if (changed.has('lang') && !this._valueGiven && this._history.past.length === 0 && this.value.lang !== lang) {
      this._history = m.startHistory({ ...this.value, lang });
      this._saved = this._history.present;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this._focusAfter !== undefined) {
      const id = this._focusAfter;
      this._focusAfter = undefined;
      const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
      target?.closest('details')?.setAttribute('open', '');
      target?.focus();
    }
  }

  private get _uiLang(): 'vi' | 'en' {
    return editorLanguage(this.lang);
  }

  private get _dirty(): boolean {
    return this._history.present !== this._saved;
  }

  private _t(key: EditorKey, options?: Record<string, unknown>): string {
    return editorTranslator(this._uiLang)(key, options);
  }

  private _offerBackup(): void {
    const backup = readBackup(this.draftKey);
    this._restore = backup && JSON.stringify(backup.draft) !== JSON.stringify(this.value) ? backup : undefined;
  }

  private _restoreBackup(): void {
    const backup = this._restore;
    if (!backup) return;
    this._restore = undefined;
    this._history = m.record(this._history, m.draftFrom(backup.draft, this._uiLang));
    this._selected = Math.min(Math.max(this._selected, 0), this.value.steps.length - 1);
    this._status = this._t('editor.restored');
    this._changed();
  }

  private _discardBackup(): void {
    this._restore = undefined;
    clearBackup(this.draftKey);
  }

  /** Every problem (validation, then advice) with the field it belongs beside; cached per draft. */
  private _analyse(): EditorProblem[] {
    if (this._analysis?.draft !== this.value || this._analysedWith !== this.abbreviations || this._analysedIn !== this._uiLang) {
      this._analysis = analyse(this.value, this.abbreviations, this._uiLang);
      this._analysedWith = this.abbreviations;
      this._analysedIn = this._uiLang;
    }
    return this._analysis.problems;
  }

  private _edit(change: (draft: m.Draft) => m.Draft, group?: string): void {
    const next = change(this.value);
    if (next === this.value) return;
    this._history = m.record(this._history, next, group);
    this._changed();
  }

  private _changed(): void {
    if (this._dirty) writeBackup(this.draftKey, this.value);
    else clearBackup(this.draftKey);
    const detail: GpEditorChangeDetail = { value: this.value, problems: this.problems, advice: this.advice };
    this.dispatchEvent(new CustomEvent('gp-change', { detail, bubbles: true, composed: true }));
  }

  private _travel(move: (h: m.History<m.Draft>) => m.History<m.Draft>, done: EditorKey, none: EditorKey): void {
    const next = move(this._history);
    if (next === this._history) {
      this._status = this._t(none);
      return;
    }
    this._history = next;
    this._selected = Math.min(this._selected === -1 ? 0 : this._selected, this.value.steps.length - 1);
    this._status = this._t(done);
    this._changed();
  }

  private _ask(prompt: Prompt): Promise<string> {
    this._focusAfter = 'prompt-message';
    return this._question.ask(prompt);
  }

  private _focusField(key: string): void {
    const step = m.stepOfField(key);
    if (step !== undefined) this._selected = step;
    this._focusAfter = m.fieldElementId(key);
    this._pane = 'edit';
    this.requestUpdate();
  }

  private readonly _steps: StepActions = stepActions({
    value: () => this.value,
    selected: () => this._selected,
    select: (index) => (this._selected = index),
    say: (key, options) => (this._status = this._t(key, options)),
    focusAfter: (id) => (this._focusAfter = id),
    edit: (change) => this._edit(change),
  });

  /** "Choose a picture": the host stores the file (`guidepost edit` copies it into img/). */
  private _pickImage(index: number): void {
    chooseImage(this.imagePicker, (src) => {
      this._edit((d) => m.setField(d, ['steps', index, 'image', 'src'], src));
      this._focusAfter = m.fieldElementId(`steps[${index}].image.src`);
    }, (reason) => (this._status = this._t('editor.saveFailed', { reason })));
  }

  private _view(): ViewContext {
    const languages = m.languagesOf(this.value);
    return {
      t: editorTranslator(this._uiLang),
      lang: this._uiLang,
      draft: this.value,
      languages,
      selected: this._selected,
      problemsAt: (key) => this._analysis?.byField.get(key) ?? [],
      edit: (change, group) => this._edit(change, group),
      seal: () => {
        this._history = m.seal(this._history);
      },
      setText: (path, lang, value) => this._edit((d) => m.setText(d, path, lang, value), `${m.formatDraftPath(path)}.${lang}`),
    };
  }

  override render(): TemplateResult {
    const problems = this._analyse();
    const v = this._view();
    const languages = v.languages;
    const previewLang = languages.includes(this._previewLang) ? this._previewLang : languages.includes(this._uiLang) ? this._uiLang : this.value.lang;
    return html`<div class="editor" lang=${this._uiLang}>
      ${renderToolbar(v, {
        canUndo: this._history.past.length > 0,
        canRedo: this._history.future.length > 0,
        dirty: this._dirty,
        status: this._status,
        undo: () => this.undo(),
        redo: () => this.redo(),
        save: () => void this.save(),
        pane: this._pane,
        choosePane: (pane) => (this._pane = pane),
      })}
      ${renderBanners(v, this._restore, this._question.current, {
        restore: () => this._restoreBackup(),
        discard: () => this._discardBackup(),
        answer: (answer) => {
          this._focusAfter = 'save';
          this._question.answer(answer);
        },
      })}
      <div class="layout" data-pane=${this._pane}>
        <div class="form">
          ${renderProblemList(v, problems, (field) => this._focusField(field))}
          ${renderTutorialFields(v, {
            chosen: this._toAdd,
            choose: (lang) => (this._toAdd = lang),
            added: (lang) => {
              this._toAdd = '';
              this._status = this._t('tutorial.languageAdded', { name: languageName(lang) });
            },
          })}
          ${renderStepList(v, this._steps)}
          ${renderStepEditor(v, { ...this._steps, pickImage: this.imagePicker ? (i) => this._pickImage(i) : undefined })}
          ${renderHelp(v, {
            channelAdded: (i) => (this._focusAfter = m.fieldElementId(`help.channels[${i}].type`)),
            hoursAdded: (i, h) => (this._focusAfter = m.fieldElementId(`help.channels[${i}].hours[${h}].days`)),
          })}
        </div>
        ${renderPreview(v, (this._preview = previewFor(this._preview, this._analysis!, this._selected)), previewLang, (lang) => (this._previewLang = lang))}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'gp-change': CustomEvent<GpEditorChangeDetail>;
    'gp-save': CustomEvent<GpEditorSaveDetail>;
  }
}

