import { html, nothing, type TemplateResult } from 'lit';
import type { GpErrorDetail } from '../../core/events/index.js';
import type { Translate } from '../../core/i18n/index.js';
import type { ResolvedText } from '../../core/text/index.js';
import type { Step, Text } from '../../core/tutorial/index.js';
import { tipIcon, warningIcon } from './icons.js';
import { renderMarkdown } from './markdown.js';

/** What rendering a step's content needs from the element showing it. */
export interface StepContentContext {
  readonly t: Translate;
  /** The element's language: content that fell back to another one gets its own `lang`. */
  readonly lang: string;
  /** A text in the language shown, with the language it came in. */
  readonly text: (text: Text) => ResolvedText;
  /** The address relative picture paths resolve against (see `TutorialSourceController.imageBase`). */
  readonly src: string | undefined;
}

/** The `lang` attribute for content that came in another language than the element's. */
export function langOf(resolved: ResolvedText, lang: string): string | typeof nothing {
  return resolved.lang === lang ? nothing : resolved.lang;
}

/**
 * A step's body, picture, tip and warning, the same in a walkthrough and in a tour. Tip and
 * warning are said in words and shown with an icon, never by colour alone.
 */
export function renderStepContent(step: Step, c: StepContentContext): TemplateResult {
  const newTab = c.t('tutorial.opensNewTab');
  const body = step.body ? c.text(step.body) : undefined;
  return html`
    ${body ? html`<div part="body" class="body" lang=${langOf(body, c.lang)}>${renderMarkdown(body.text, newTab)}</div>` : nothing}
    ${renderImage(step, c)} ${renderCallout(step.tip, 'tip', c, newTab)} ${renderCallout(step.warning, 'warning', c, newTab)}
  `;
}

function renderImage(step: Step, c: StepContentContext): TemplateResult | typeof nothing {
  const image = step.image;
  if (!image) return nothing;
  const alt = image.decorative ? { text: '', lang: c.lang } : c.text(image.alt);
  // Named "Picture", not by its alt text (the image's own name, which is not said twice).
  return html`<figure part="image" class="image" aria-label=${c.t('tutorial.figure')}>
    <img
      src=${imageUrl(image.src, c.src)}
      alt=${alt.text}
      lang=${langOf(alt, c.lang)}
      width=${image.width ?? nothing}
      height=${image.height ?? nothing}
      loading="lazy"
    />
  </figure>`;
}

/** A tip or warning: a note (`role="note"`) named by its visible label, "Tip" or "Warning". */
function renderCallout(text: Text | undefined, kind: 'tip' | 'warning', c: StepContentContext, newTab: string) {
  if (!text) return nothing;
  const resolved = c.text(text);
  return html`<div part=${kind} class="callout ${kind}" role="note" aria-labelledby="gp-${kind}">
    <p class="callout-label">${kind === 'tip' ? tipIcon : warningIcon}<strong id="gp-${kind}">${c.t(`tutorial.${kind}`)}</strong></p>
    <div lang=${langOf(resolved, c.lang)}>${renderMarkdown(resolved.text, newTab)}</div>
  </div>`;
}

/**
 * The collapsed technical details under an error, for the page's authors: what failed and
 * each problem with its path, line and column. In English, like the validator's messages.
 */
export function renderErrorDetails(t: Translate, lang: string, detail: GpErrorDetail): TemplateResult {
  return html`<details part="error-details" class="error-details" lang="en">
    <summary lang=${lang}>${t('error.details')}</summary>
    <p>${detail.message}</p>
    ${detail.problems.length
      ? html`<ul>
          ${detail.problems.map(
            (p) => html`<li><code>${p.path || '(file)'}</code>${where(p)}: ${p.message}</li>`,
          )}
        </ul>`
      : nothing}
  </details>`;
}

/**
 * " (line 3, column 12)", except for a `json-syntax` problem: the parser's words already start
 * with the place ("Line 3, column 12: a comma is missing"). Decided by the code, never by
 * the wording, which another language or a later version may change.
 */
function where(p: GpErrorDetail['problems'][number]): string {
  return p.line && p.code !== 'json-syntax' ? ` (line ${p.line}, column ${p.column ?? 1})` : '';
}

/**
 * The address of a step picture, relative to `base` (an address, itself relative to the page)
 * or the page; only web and `data:` addresses are kept.
 */
export function imageUrl(src: string, base: string | undefined): string {
  try {
    const url = new URL(src, new URL(base ?? '', document.baseURI));
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'data:' ? url.href : '';
  } catch {
    return '';
  }
}
