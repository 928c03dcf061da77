import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultLanguage, isLanguageLoaded, loadLanguage, onLanguageLoaded, translator, uiLanguage, type Translate } from '../../core/i18n/index.js';
import { inheritedLang } from '../common/lang.js';

/** Every connected element that follows the page's language. */
const hosts = new Set<LanguageController>();
/** One observer of `<html lang>` for all of them, there while any is connected. */
let observer: MutationObserver | undefined;

/** Stops the re-render of every host when a language's strings arrive, while any is connected. */
let stopListening: (() => void) | undefined;

// The page's own language starts loading with the element's code, beside the tutorial's fetch.
if (typeof document !== 'undefined') loadLanguage(document.documentElement.lang || defaultLanguage).catch(() => undefined);

function follow(controller: LanguageController): void {
  hosts.add(controller);
  stopListening ??= onLanguageLoaded((lang) => {
    for (const c of hosts) c.changed(lang);
  });
  if (observer || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const c of hosts) c.host.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

function unfollow(controller: LanguageController): void {
  hosts.delete(controller);
  if (hosts.size > 0) return;
  stopListening?.();
  stopListening = undefined;
  observer?.disconnect();
  observer = undefined;
}

/**
 * The language an element shows its controls and content in: its own `lang`, else the nearest
 * ancestor's (crossing shadow roots), else `fallback` (the tutorial's language), else the
 * core's default. A portal's language switch on `<html lang>` re-renders every element that
 * has one of these, through a single shared observer; so does the arrival of a language's
 * strings, which load the first time the language is shown.
 */
export class LanguageController implements ReactiveController {
  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    private readonly _fallback: () => string | undefined = () => undefined,
  ) {
    host.addController(this);
    // Only the language shown is loaded, when it is first shown. Each update waits for its
    // strings (Lit awaits scheduleUpdate), so the citizen never sees a key instead of a word and
    // `updateComplete` resolves with the words there. Offline, it renders with what there is.
    const updating = host as unknown as { scheduleUpdate(): void | Promise<unknown> };
    const schedule = updating.scheduleUpdate.bind(host);
    updating.scheduleUpdate = () => (isLanguageLoaded(this.lang) ? schedule() : loadLanguage(this.lang).then(schedule, schedule));
  }

  /** Re-renders when strings it shows (or showed without) arrive. */
  changed(lang: string): void {
    if (this._without || uiLanguage(this.lang) === lang) this.host.requestUpdate();
  }

  /** Whether the last render had to go without its strings (they could not be loaded). */
  private _without = false;

  hostUpdate(): void {
    this._without = !isLanguageLoaded(this.lang);
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
