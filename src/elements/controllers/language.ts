import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultLanguage, translator, type Translate } from '../../core/i18n/index.js';
import { inheritedLang } from '../shared/lang.js';

/** Every connected element that follows the page's language. */
const hosts = new Set<LanguageController>();
/** One observer of `<html lang>` for all of them, there while any is connected. */
let observer: MutationObserver | undefined;

function follow(controller: LanguageController): void {
  hosts.add(controller);
  if (observer || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const c of hosts) c.host.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

function unfollow(controller: LanguageController): void {
  hosts.delete(controller);
  if (hosts.size > 0) return;
  observer?.disconnect();
  observer = undefined;
}

/**
 * The language an element shows its controls and content in: its own `lang`, else the nearest
 * ancestor's (crossing shadow roots), else `fallback` (the tutorial's language), else the
 * core's default. A portal's language switch on `<html lang>` re-renders every element that
 * has one of these, through a single shared observer.
 */
export class LanguageController implements ReactiveController {
  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    private readonly _fallback: () => string | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  get lang(): string {
    return inheritedLang(this.host) ?? this._fallback() ?? defaultLanguage;
  }

  /** UI strings in {@link lang}. */
  get t(): Translate {
    return translator(this.lang);
  }

  hostConnected(): void {
    follow(this);
  }

  hostDisconnected(): void {
    unfollow(this);
  }
}
