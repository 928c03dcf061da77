import { svg, type SVGTemplateResult } from 'lit';

// Icons always sit beside a text label (never alone), so they are hidden from assistive
// technology. Strokes use currentColor, so they follow forced colors.
const icon = (paths: SVGTemplateResult, directional = false): SVGTemplateResult =>
  directional
    ? svg`<svg class="icon directional" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths}</svg>`
    : svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths}</svg>`;

export const checkIcon = icon(svg`<path d="M4 12.5l5 5L20 6.5" />`);
export const currentIcon = icon(svg`<circle cx="12" cy="12" r="9" /><path d="M10 8l4 4-4 4" />`, true);
export const notYetIcon = icon(svg`<circle cx="12" cy="12" r="9" stroke-dasharray="3 3" />`);
export const tipIcon = icon(svg`<path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5c.8.8 1 1.5 1 2.5h6c0-1 .2-1.7 1-2.5A6 6 0 0 0 12 3z" />`);
export const warningIcon = icon(svg`<path d="M12 3L2 20h20L12 3z" /><path d="M12 10v4M12 17h.01" />`);
export const helpIcon = icon(svg`<circle cx="12" cy="12" r="9" /><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7M12 17h.01" />`);
export const clockIcon = icon(svg`<circle cx="12" cy="12" r="9" /><path d="M12 7v5l3 2" />`);
export const backIcon = icon(svg`<path d="M15 5l-7 7 7 7" />`, true);
export const nextIcon = icon(svg`<path d="M9 5l7 7-7 7" />`, true);
export const errorIcon = icon(svg`<circle cx="12" cy="12" r="9" /><path d="M12 7v6M12 16.5h.01" />`);
export const closeIcon = icon(svg`<path d="M6 6l12 12M18 6L6 18" />`);
