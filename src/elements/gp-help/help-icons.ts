import { svg, type SVGTemplateResult } from 'lit';
import type { HelpChannelType } from '../../core/tutorial/index.js';

// Like the shared icons: always beside a text label, so hidden from assistive technology, and
// drawn with currentColor so they follow forced colors.
const icon = (paths: SVGTemplateResult): SVGTemplateResult =>
  svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths}</svg>`;

const phoneIcon = icon(
  svg`<path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z" />`,
);
const smsIcon = icon(svg`<path d="M4 5h16v11H9l-5 4V5z" /><path d="M8 10h.01M12 10h.01M16 10h.01" />`);
const emailIcon = icon(svg`<rect x="3" y="5" width="18" height="14" rx="2" /><path d="M3 7l9 6 9-6" />`);
const chatIcon = icon(svg`<path d="M3 5h12v8H8l-5 4V5z" /><path d="M15 9h6v10l-4-3h-6v-3" />`);
const linkIcon = icon(svg`<path d="M14 4h6v6M20 4l-9 9" /><path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />`);
const deskIcon = icon(svg`<path d="M3 21h18M5 21V10M19 21V10M3 10l9-6 9 6" /><path d="M9 21v-6h6v6" />`);

/** The picture beside each kind of channel. */
export const channelIcons: Record<HelpChannelType, SVGTemplateResult> = {
  phone: phoneIcon,
  sms: smsIcon,
  email: emailIcon,
  chat: chatIcon,
  link: linkIcon,
  desk: deskIcon,
};

export const mapIcon = icon(svg`<path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z" /><circle cx="12" cy="9.5" r="2.5" />`);
export const copyIcon = icon(svg`<rect x="8" y="8" width="12" height="12" rx="2" /><path d="M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h3" />`);
export const shieldIcon = icon(svg`<path d="M12 3l8 3v6c0 4.5-3.4 8-8 9-4.6-1-8-4.5-8-9V6l8-3z" /><path d="M8.5 12l2.5 2.5 4.5-5" />`);
