import { html, nothing, type TemplateResult } from 'lit';
import { channelHref, groupPhoneNumber } from '../../core/help/index.js';
import type { Translate, UiKey } from '../../core/i18n/index.js';
import { resolveTextWithLang } from '../../core/text/index.js';
import type { HelpChannelType } from '../../core/tutorial/index.js';
import { clockIcon } from '../common/icons.js';
import { renderSpoken } from '../common/spoken.js';
import type { ListedChannel } from '../../core/help/index.js';
import { channelIcons, mapIcon } from './help-icons.js';
import { openingText } from '../../core/help/index.js';

/** What every channel of one `<gp-help>` needs to render. */
export interface ChannelContext {
  /** The UI language. */
  lang: string;
  /** The locale for `Intl` day names and times. */
  locale: string;
  t: Translate;
  now: Date;
  /** The reference code, carried in email subjects and text messages. */
  reference: string | undefined;
  /** The subject line for email and text messages, in the citizen's language. */
  subject: string;
  /** Called when the citizen picks a channel's action, before the browser follows it. */
  onPick: (type: HelpChannelType) => void;
}

const webTypes: readonly HelpChannelType[] = ['chat', 'link'];

/** The UI string for each channel's action: "Call {{label}}", "Email {{label}}"… */
const actionKeys: Record<Exclude<HelpChannelType, 'desk'>, UiKey> = {
  phone: 'help.call',
  sms: 'help.sms',
  email: 'help.email',
  chat: 'help.chat',
  link: 'help.link',
};

/**
 * One channel as a list item: a single large native link with a visible label ("Call VNeID
 * helpline" over "1900 0000"), the opening status below it (tied to the link with
 * `aria-describedby`, so it is heard with it), or for a desk the address as text and a map link.
 * A channel with nothing safe to link to (a phone number with words in it) is shown as text; a
 * chat or web link that is not https: is left out.
 */
export function renderChannel(item: ListedChannel, index: number, ctx: ChannelContext): TemplateResult | typeof nothing {
  const { channel } = item;
  const { t } = ctx;
  const label = resolveTextWithLang(channel.label, ctx.lang, item.lang);
  const labelLang = label.lang === ctx.lang ? nothing : label.lang;
  const labelText = html`<span class="channel-label" lang=${labelLang}>${label.text}</span>`;
  const status = openingText(channel.hours, item.timeZone, ctx.now, ctx.locale, t);
  const statusId = status ? `gp-help-status-${index}` : undefined;
  const statusLine = status
    ? html`<p part="status ${status.open ? 'open' : 'closed'}" class="status" id=${statusId!}>
        ${clockIcon}<span>${status.text}</span>
      </p>`
    : nothing;
  const href = channelHref(channel, { reference: ctx.reference, subject: ctx.subject });
  const icon = channelIcons[channel.type];
  const web = webTypes.includes(channel.type);
  const newTab = html`<span class="new-tab">(${t('tutorial.opensNewTab')})</span>`;

  if (channel.type === 'desk') {
    return html`<li part="channel desk" class="channel desk">
      <p class="channel-name">${icon}<strong>${labelText}</strong></p>
      <p part="address" class="address" lang=${labelLang}>${channel.value}</p>
      ${href
        ? html`<a
            part="channel-link map-link"
            class="button channel-link"
            href=${href}
            target="_blank"
            rel="noopener noreferrer"
            aria-describedby=${statusId ?? nothing}
            @click=${() => ctx.onPick('desk')}
            >${mapIcon}<span class="channel-text"><span class="channel-action">${t('help.map')}</span> ${newTab}</span></a
          >`
        : nothing}
      ${statusLine}
    </li>`;
  }

  if (!href) {
    if (web) {
      console.warn(`[guidepost] help: the ${channel.type} channel "${label.text}" is not an https: address, so it is not shown.`);
      return nothing;
    }
    // Shown as written, so the citizen can still dial or type it themselves.
    return html`<li part="channel ${channel.type}" class="channel ${channel.type}">
      <p class="channel-name">${icon}<strong>${labelText}</strong></p>
      <p part="value" class="value">${channel.value}</p>
      ${statusLine}
    </li>`;
  }

  // A number is said one digit at a time, group by group, as it is dialled.
  const value =
    channel.type === 'phone' || channel.type === 'sms'
      ? renderSpoken(groupPhoneNumber(channel.value))
      : web
        ? new URL(href).host
        : channel.value.trim();
  return html`<li part="channel ${channel.type}" class="channel ${channel.type}">
    <a
      part="channel-link"
      class="button channel-link"
      href=${href}
      target=${web ? '_blank' : nothing}
      rel=${web ? 'noopener noreferrer' : nothing}
      aria-describedby=${statusId ?? nothing}
      @click=${() => ctx.onPick(channel.type)}
      >${icon}<span class="channel-text"
        ><span class="channel-action">${withLabel(t(actionKeys[channel.type], { label: marker }), labelText)}</span>
        <span class="channel-value" dir="ltr">${value}</span>${web ? html` ${newTab}` : nothing}</span
      ></a
    >
    ${statusLine}
  </li>`;
}

/** Stands in for the label in a translated sentence, so the label can carry its own `lang`. */
const marker = '\u0001';

function withLabel(sentence: string, label: TemplateResult): unknown[] {
  const [before = '', ...rest] = sentence.split(marker);
  return rest.length ? [before, label, rest.join(marker)] : [sentence];
}
