/**
 * `guidepost/analytics`: where citizens start, go on, finish, give up or ask for help, sent to
 * the portal's own analytics without personal data. Listens to the `gp-*` events of every
 * guidepost element on the page and passes on only tutorial and step ids, positions, durations
 * and help-channel types: never a reference code, a language, a text the citizen saw, an
 * address or anything typed into the portal's form.
 *
 * ```ts
 * import { matomo, trackGuides } from 'guidepost/analytics';
 * const stop = trackGuides(matomo());                          // _paq.push(['trackEvent', …])
 * trackGuides((event) => navigator.sendBeacon('/stats', JSON.stringify(event)));
 * ```
 */
import type { GuidepostEventMap } from '../core/events/index.js';
import type { HelpChannelType } from '../core/tutorial/index.js';

/** What happened, one name per `gp-*` event. */
export type GuideActivity = 'start' | 'step' | 'complete' | 'exit' | 'help' | 'read' | 'error';

/** One thing that happened in a guide, as sent to analytics. Every field is listed here: nothing else is ever sent. */
export interface GuideAnalyticsEvent {
  /** `start` (gp-start), `step` (gp-step-change), `complete`, `exit`, `help` (gp-help-request), `read` (gp-read-aloud) or `error`. */
  readonly activity: GuideActivity;
  /** The tutorial's id; `''` for an error in a file that could not be read. */
  readonly tutorialId: string;
  /** The tutorial's revision (start and complete). */
  readonly revision?: number;
  /** The step shown (start, step, exit, help, read). */
  readonly stepId?: string;
  /** The step's 0-based position in the walk (start, step, exit). */
  readonly index?: number;
  /** How many steps the walk shows (start, step). */
  readonly total?: number;
  /** Whether saved progress was continued (start). */
  readonly resumed?: boolean;
  /** How many steps the citizen went through (complete). */
  readonly steps?: number;
  /** Milliseconds since the walk started: on this page for step, exit and help; over every visit for complete. */
  readonly ms?: number;
  /** Milliseconds the citizen spent on the step before this one (step). */
  readonly stepMs?: number;
  /** The kind of help channel picked; absent when help was only opened (help). */
  readonly channel?: HelpChannelType;
  /** Read aloud `start`ed, was `stop`ped before the end, or read the whole step to its `end` (read). */
  readonly read?: 'start' | 'stop' | 'end';
}

/** Receives each event. */
export type GuideAnalyticsSink = (event: GuideAnalyticsEvent) => void;

export interface TrackOptions {
  /** Where to listen; default `document` (every element on the page: the events bubble and are composed). */
  readonly target?: EventTarget;
  /** The clock, in milliseconds; default `performance.now()`. */
  readonly now?: () => number;
}

const EVENTS = {
  'gp-start': 'start',
  'gp-step-change': 'step',
  'gp-complete': 'complete',
  'gp-exit': 'exit',
  'gp-help-request': 'help',
  'gp-read-aloud': 'read',
  'gp-error': 'error',
  // `gp-kiosk-reset` is about the shared screen, not a guide: it is not a guide's activity.
} as const satisfies Record<Exclude<keyof GuidepostEventMap, 'gp-kiosk-reset'>, GuideActivity>;

type Detail = Record<string, unknown>;
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** Keeps the fields that are set, so a sink never sees `undefined`. */
function defined(event: Record<string, unknown>): GuideAnalyticsEvent {
  return Object.fromEntries(Object.entries(event).filter(([, value]) => value !== undefined)) as unknown as GuideAnalyticsEvent;
}

/**
 * Sends every `gp-*` event under `target` to `sink`, as a {@link GuideAnalyticsEvent}, until
 * the returned function is called. A sink that throws never breaks the guide. In Node (server
 * rendering), with no `document`, it does nothing.
 */
export function trackGuides(sink: GuideAnalyticsSink, options: TrackOptions = {}): () => void {
  // Under server rendering there is no page to listen to: nothing to do, and nothing thrown.
  if (!options.target && typeof document === 'undefined') return () => {};
  const target = options.target ?? document;
  const now = options.now ?? (() => performance.now());
  /** Per tutorial: when the walk started on this page, and when the current step was shown. */
  const walks = new Map<string, { started: number; stepShown: number }>();

  const listener = (event: Event) => {
    const activity = EVENTS[event.type as keyof typeof EVENTS];
    const detail = ((event as CustomEvent).detail ?? {}) as Detail;
    const tutorialId = text(detail['tutorialId']) ?? '';
    const time = now();
    const walk = walks.get(tutorialId);
    let out: GuideAnalyticsEvent;
    switch (activity) {
      case 'start':
        walks.set(tutorialId, { started: time, stepShown: time });
        out = defined({ activity, tutorialId, revision: count(detail['revision']), stepId: text(detail['stepId']), index: count(detail['index']), total: count(detail['total']), resumed: detail['resumed'] === true });
        break;
      case 'step': {
        const since = walk ? { ms: Math.round(time - walk.started), stepMs: Math.round(time - walk.stepShown) } : {};
        if (walk) walk.stepShown = time;
        else walks.set(tutorialId, { started: time, stepShown: time });
        out = defined({ activity, tutorialId, stepId: text(detail['stepId']), index: count(detail['index']), total: count(detail['total']), ...since });
        break;
      }
      case 'complete':
        walks.delete(tutorialId);
        out = defined({ activity, tutorialId, revision: count(detail['revision']), steps: count(detail['steps']), ms: count(detail['ms']) });
        break;
      case 'exit':
        walks.delete(tutorialId);
        out = defined({ activity, tutorialId, stepId: text(detail['stepId']), index: count(detail['index']), ms: walk ? Math.round(time - walk.started) : undefined });
        break;
      case 'help':
        out = defined({ activity, tutorialId, stepId: text(detail['stepId']), channel: text(detail['channel']) as HelpChannelType | undefined, ms: walk ? Math.round(time - walk.started) : undefined });
        break;
      case 'read': {
        const read = detail['action'];
        out = defined({ activity, tutorialId, stepId: text(detail['stepId']), read: read === 'start' || read === 'stop' || read === 'end' ? read : undefined });
        break;
      }
      default:
        out = { activity: 'error', tutorialId };
    }
    try {
      sink(out);
    } catch (error) {
      console.error('[guidepost] the analytics sink failed', error);
    }
  };
  for (const name of Object.keys(EVENTS)) target.addEventListener(name, listener);
  return () => {
    for (const name of Object.keys(EVENTS)) target.removeEventListener(name, listener);
  };
}

/** Matomo's command queue (`window._paq`). */
export interface MatomoQueue {
  push(command: unknown[]): unknown;
}

export interface MatomoOptions {
  /** The queue; default `window._paq` (made an array, as Matomo's own snippet does, when missing). */
  readonly queue?: MatomoQueue;
  /** The event category; default `guidepost`. */
  readonly category?: string;
}

/**
 * A sink for Matomo: each event becomes `_paq.push(['trackEvent', category, action, name, value])`
 * with the action `start`, `step`, `complete`, `exit`, `help` (`help-phone`… when a channel
 * was picked), `read-start`, `read-stop`, `read-end` or `error`; the name `tutorialId` or `tutorialId/stepId`; and a number: the
 * step's position from 1 (start, step, exit), the seconds taken (complete), none otherwise.
 */
export function matomo(options: MatomoOptions = {}): GuideAnalyticsSink {
  const category = options.category ?? 'guidepost';
  const queue = (): MatomoQueue => {
    if (options.queue) return options.queue;
    const w = window as unknown as { _paq?: MatomoQueue };
    return (w._paq ??= []);
  };
  return (event) => {
    const at = event.stepId === undefined ? event.tutorialId : `${event.tutorialId}/${event.stepId}`;
    const position = event.index === undefined ? undefined : event.index + 1;
    const command: unknown[] = ['trackEvent', category];
    switch (event.activity) {
      case 'complete':
        command.push('complete', event.tutorialId, Math.round((event.ms ?? 0) / 1000));
        break;
      case 'help':
        command.push(event.channel ? `help-${event.channel}` : 'help', at);
        break;
      case 'read':
        command.push(`read-${event.read ?? 'start'}`, at);
        break;
      case 'error':
        command.push('error', event.tutorialId);
        break;
      default:
        command.push(event.activity, at);
        if (position !== undefined) command.push(position);
    }
    queue().push(command);
  };
}
