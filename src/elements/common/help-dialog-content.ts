/**
 * What the Get help dialog holds once it is open (see help-dialog.ts): Close, `<gp-help>` under
 * the heading that names the dialog, Close again. Loaded with `<gp-help>` the first time a
 * citizen asks for help, so a page pays for neither before.
 */
import { html, type TemplateResult } from 'lit';
import type { Translate } from '../../core/i18n/index.js';
import '../gp-help.js';
import type { HelpDialogView } from './help-dialog.js';
import { closeIcon } from './icons.js';

/** The Close button, whichever element's dialog it is in. */
function closeFromButton(e: Event): void {
  (e.currentTarget as HTMLElement).closest('dialog')?.close();
}

/** A Close button of the dialog; `where` is `top` (it takes focus when the dialog opens) or `end`. */
function closeButton(t: Translate, where: 'top' | 'end'): TemplateResult {
  return html`<div class="help-close-row">
    <button part="button help-close" class="help-close help-close-${where}" type="button" @click=${closeFromButton}>
      ${closeIcon}${t('help.close')}
    </button>
  </div>`;
}

/** Close, then `<gp-help>` for the step under the heading with id `headingId`, then Close again. */
export function renderHelpContent(v: HelpDialogView, headingId: string): TemplateResult {
  return html`${closeButton(v.t, 'top')}
    <gp-help lang=${v.lang} heading-level="2" .tutorial=${v.tutorial} .stepId=${v.stepId}>
      <h2 slot="heading" id=${headingId} class="help-heading">${v.t('help.heading')}</h2>
    </gp-help>
    ${closeButton(v.t, 'end')}`;
}
