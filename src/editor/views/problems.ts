/**
 * The "Problems" list, after GOV.UK's error summary: every problem and piece of advice in
 * plain words, each a button that takes focus to the field where it is fixed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { stepOfField } from '../model/index.js';
import type { EditorProblem, ViewContext } from './context.js';

export function renderProblemList(v: ViewContext, problems: readonly EditorProblem[], go: (field: string) => void): TemplateResult {
  const { t } = v;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const advice = problems.length - errors;
  const kind = (p: EditorProblem) => t(p.advice ? 'problems.advice' : p.severity === 'error' ? 'problems.error' : 'problems.warning');
  const where = (p: EditorProblem) => {
    const step = p.field === undefined ? undefined : stepOfField(p.field);
    if (step === undefined) return '';
    // The validator's own messages already start "Step 3 (ask-at-the-ward): …" ("Bước 3 …").
    const name = t('problems.where', { number: step + 1 });
    return p.message.startsWith(name) && !/\d/.test(p.message.charAt(name.length)) ? '' : `${name} – `;
  };
  return html`<section class="card problems" aria-labelledby="problems-heading">
    <h2 id="problems-heading">${t('problems.heading')}</h2>
    <p class="problems-count">
      ${errors === 0 && advice === 0 ? t('problems.none') : nothing}
      ${errors > 0 ? t('problems.count', { count: errors }) : nothing}
      ${advice > 0 ? t('problems.advice', { count: advice }) : nothing}
    </p>
    ${problems.length === 0
      ? nothing
      : html`<ul class="problem-list">
          ${problems.map(
            (p) => html`<li class=${p.severity === 'error' ? 'error' : 'warning'}>
              ${p.field === undefined
                ? html`<p><strong>${kind(p)}:</strong> ${p.message}</p>`
                : html`<button type="button" class="link" @click=${() => go(p.field!)}>
                    <strong>${kind(p)}:</strong> ${where(p)}${p.message}
                  </button>`}
            </li>`,
          )}
        </ul>`}
  </section>`;
}
