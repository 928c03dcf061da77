/**
 * The rules of a shared screen (a Digital Citizen Station), without a DOM: how long a screen
 * waits before it asks "Are you still there?", how long it counts down, when the countdown is
 * said aloud, and which stored keys are guidepost's, to clear between two people.
 *
 * @packageDocumentation
 */
import type { TOptions } from 'i18next';
import en from '../../../locales/kiosk/en.json';
import vi from '../../../locales/kiosk/vi.json';
import { extraTranslator, type KeysOf } from '../i18n/index.js';

/** Minutes without a touch, key or scroll before the screen asks (default). */
export const defaultIdleMinutes = 3;
/** The longest wait: a day. */
export const maxIdleMinutes = 24 * 60;
/** The shortest countdown after the question, in seconds (WCAG 2.2.1: time to say "I'm still here"). */
export const minCountdownSeconds = 60;

/** What a portal may set for a station. */
export interface KioskOptions {
  /** Minutes without a touch, key or scroll anywhere on the page before asking (default 3). */
  idleMinutes?: number;
  /** Seconds of countdown after asking (default and least 60). */
  countdownSeconds?: number;
}

/** The station's timing as used: milliseconds of waiting and whole seconds of countdown. */
export interface KioskTiming {
  idleMs: number;
  countdownSeconds: number;
}

/**
 * The timing for `options`: a missing, zero, negative or non-finite `idleMinutes` is the
 * default, and the wait is between a second and a day; the countdown is a whole number of seconds, never under {@link minCountdownSeconds}.
 */
export function kioskTiming(options: KioskOptions = {}): KioskTiming {
  const minutes = options.idleMinutes;
  const idle = typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0 ? Math.min(minutes, maxIdleMinutes) : defaultIdleMinutes;
  const seconds = options.countdownSeconds;
  const countdown = typeof seconds === 'number' && Number.isFinite(seconds) ? Math.ceil(seconds) : minCountdownSeconds;
  return { idleMs: Math.max(1000, Math.round(idle * 60_000)), countdownSeconds: Math.max(minCountdownSeconds, countdown) };
}

/**
 * Whether the countdown is said aloud at `secondsLeft`: when it starts, then at 30 and 10
 * seconds, politely. Every second would drown out everything else a screen reader says.
 */
export function announceCountdown(secondsLeft: number, total: number): boolean {
  return secondsLeft === total || secondsLeft === 30 || secondsLeft === 10;
}

/** Whether a `localStorage` / `sessionStorage` key is guidepost's (`guidepost:progress:…`, `guidepost:text-size`). */
export function isGuidepostKey(key: string): boolean {
  return /^guidepost(?:$|[:._-])/i.test(key);
}

/** What {@link clearGuidepostKeys} needs of a `Storage`. */
export interface KeyedStorage {
  readonly length: number;
  key(index: number): string | null;
  removeItem(key: string): void;
}

/** Removes every guidepost key from `storage` and leaves the page's own keys alone; returns how many. */
export function clearGuidepostKeys(storage: KeyedStorage): number {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null && isGuidepostKey(key)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
  return keys.length;
}

/** The key of one of the station's UI strings (`locales/kiosk/en.json`). */
export type KioskKey = KeysOf<typeof en>;

/** The station's strings in `lang`. */
export const kioskTranslator: (lang: string | undefined) => (key: KioskKey, options?: TOptions) => string = extraTranslator<KioskKey>({ en, vi });
