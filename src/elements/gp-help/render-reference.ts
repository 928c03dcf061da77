import { nothing, type TemplateResult } from 'lit';
import { html, type StaticValue } from 'lit/static-html.js';
import type { Translate } from '../../core/i18n/index.js';
import { checkIcon, warningIcon } from '../common/icons.js';
import { renderSpoken } from '../common/spoken.js';
import { copyIcon } from './help-icons.js';

/** What the reference block shows. */
export interface ReferenceView {
  /** The code, grouped: `445M-301V`. */
  code: string;
  t: Translate;
  /** The tag of "Your reference code". */
  heading: StaticValue;
  /** Whether the last Copy of this code worked; `undefined` before any. */
  copied: boolean | undefined;
  onCopy: () => void;
}

/**
 * The reference code, large and grouped, with "Read this code to the helper" and a Copy button.
 * The code wraps only between its groups. Screen readers get it one character at a time,
 * group by group (`spokenGroups`), instead of as numbers.
 */
export function renderReference({ code, t, heading: h, copied, onCopy }: ReferenceView): TemplateResult {
  return html`<div part="reference" class="reference">
    <${h} class="reference-heading">${t('help.referenceHeading')}</${h}>
    <p part="code" class="code" dir="ltr">
      ${renderSpoken(
        code,
        code.split('-').map((group, i) => html`${i ? '-' : ''}<span class="code-group">${group}</span>`),
        'code-text',
      )}
    </p>
    <p class="reference-read">${t('help.referenceRead')}</p>
    <div class="copy-row">
      <button part="button copy" class="copy" type="button" @click=${onCopy}>${copyIcon}${t('help.copy')}</button>
      ${copied === undefined
        ? nothing
        : html`<p part="copy-status" class="copy-status ${copied ? 'ok' : 'failed'}">
            ${copied ? checkIcon : warningIcon}<span>${t(copied ? 'help.copied' : 'help.copyFailed')}</span>
          </p>`}
    </div>
  </div>`;
}
