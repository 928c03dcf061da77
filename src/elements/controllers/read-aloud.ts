import type { ReactiveController } from 'lit';
import type { TOptions } from 'i18next';
import type { GuidepostEventMap } from '../../core/events/index.js';
import type { KeysOf } from '../../core/i18n/index.js';
import { chooseVoice, locateSentence, readingScript, type ReadingPartName } from '../../core/read/index.js';
import type { ResolvedText } from '../../core/text/index.js';
import en from '../../../locales/read/en.json';
import vi from '../../../locales/read/vi.json';
import type { GuideHostController } from './guide-host.js';
import type { LanguageController } from './language.js';
import type { ReadAloudLauncher, ReadHost, ReadLink } from './read-aloud-launcher.js';
import type { TutorialSourceController } from './tutorial-source.js';

// This module imports nothing the page loaded before the first press (only the reading rules
// of core/read and its own strings): what it needs of lit and the i18n comes through `ReadLink`.

/** The key of one of Read aloud's strings while it reads (`locales/read/en.json`). */
type ReadKey = KeysOf<typeof en>;

const speech = (): SpeechSynthesis | undefined => globalThis.speechSynthesis;

/** Where each part of the step is on screen (common/step-view.ts), to show what is being read. */
const partSelector: Record<ReadingPartName, string> = {
  position: '.step-count',
  title: '.step-title',
  body: '.body',
  tip: '.tip',
  warning: '.warning',
  choices: '.choices',
};

/** The name of the page's CSS highlight of the sentence being read. */
export const readingHighlight = 'gp-reading';

/** Where the citizen's reading speed is kept: `slow` or `normal` (a display preference, not personal data). */
export const readRateKey = 'guidepost:read-rate';
/** The speech rate of Slower. */
export const slowRate = 0.8;
/** The choice where storage is blocked (sandboxed iframe, private mode): kept for this page only. */
let slowHere = false;

// Read from storage each time, so that a shared screen clearing guidepost's keys (kiosk mode)
// gives the next citizen the normal speed again.
function isSlow(): boolean {
  try {
    const storage = globalThis.localStorage;
    return storage ? storage.getItem(readRateKey) === 'slow' : slowHere;
  } catch {
    return slowHere;
  }
}

function setSlow(value: boolean): void {
  slowHere = value;
  try {
    globalThis.localStorage?.setItem(readRateKey, value ? 'slow' : 'normal');
  } catch {
    // Not remembered across visits, but used now.
  }
}

/** Forgets the speed chosen where storage is blocked (for tests). */
export function resetReadRateForTests(): void {
  slowHere = false;
}

/** One utterance: a sentence of a part, in its language, with the voice that says it. */
interface Line {
  readonly part: ReadingPartName;
  readonly text: string;
  readonly lang: string;
  readonly voice: SpeechSynthesisVoice;
}

/** What is being read: the step, its language, and the element's language then. */
interface Reading {
  readonly tutorialId: string;
  readonly stepId: string;
  readonly lang: string;
  readonly shownIn: string;
}

/** The one reading on the page: speech synthesis has one queue for the whole page. */
let current: ReadAloudController | undefined;

let readSheet: CSSStyleSheet | undefined;
const sheet = (): CSSStyleSheet => {
  if (!readSheet) {
    readSheet = new CSSStyleSheet();
    readSheet.replaceSync(readStyles);
  }
  return readSheet;
};

// Added to the element's own styles the first time it reads: the controls' row, the part being
// read (outlined, which forced colours keep) and its sentence (marked and underlined, never by
// colour alone; the system's Highlight colours in forced colours).
const readStyles = `
  .read {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .read-slower[aria-pressed='true'] {
    outline: 0.15em solid currentColor;
    outline-offset: -0.35em;
  }
  .read-slower[aria-pressed='true']::before {
    content: '✓' / '';
  }
  [data-reading] {
    outline: 0.2em dashed var(--gp-color-accent, #0a3d7a);
    outline-offset: 0.2em;
  }
  ::highlight(gp-reading) {
    background-color: var(--gp-color-reading-background, #fff1a8);
    color: var(--gp-color-text, #1a1a1a);
    text-decoration: underline 0.12em;
  }
  @media (forced-colors: active) {
    [data-reading] {
      outline-color: Highlight;
    }
    ::highlight(gp-reading) {
      background-color: Highlight;
      color: HighlightText;
    }
  }
`;

/**
 * Reads the step shown aloud, loaded the first time Read aloud is pressed (see
 * read-aloud-launcher.ts): one utterance per sentence of `readingScript`, each in its part's
 * language with the voice `chooseVoice` picks for it, the part outlined and the sentence
 * highlighted from the utterance's `start` to its `end`; or the step's recording in its
 * language, when it has one. Pause, Resume, Stop and Slower while it reads; `gp-read-aloud`
 * when it starts, is stopped, or ends. It stops when the step changes or is no longer shown,
 * when help opens, when the page is hidden, and when the element leaves the page.
 */
export class ReadAloudController implements ReactiveController {
  private _phase: 'idle' | 'reading' | 'paused' = 'idle';
  private _reading?: Reading;
  private _lines: Line[] = [];
  private _at = 0;
  /** The utterance being said; events of any other (cancelled) one are ignored. */
  private _utterance?: SpeechSynthesisUtterance;
  private _audio?: HTMLAudioElement;
  /** How far each part's sentences were found on screen, so a repeated sentence is found in order. */
  private _found = new Map<ReadingPartName, number>();
  private _marked?: Element;
  private _row?: HTMLElement;
  private _focusButton = false;
  private readonly _hidden = () => {
    if (document.visibilityState === 'hidden') this.stop();
  };

  private readonly _host: ReadHost;
  private readonly _guide: GuideHostController;
  private readonly _language: LanguageController;
  private readonly _source: TutorialSourceController;

  constructor(
    launcher: ReadAloudLauncher,
    private readonly _link: ReadLink,
  ) {
    const { host: _host } = launcher;
    this._host = _host;
    this._guide = launcher.guide;
    this._language = launcher.language;
    this._source = launcher.source;
    const root = _host.shadowRoot;
    if (root && !root.adoptedStyleSheets.includes(sheet())) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet()];
    // Strings a portal gave with addLanguage() first are kept.
    for (const [lang, strings] of Object.entries({ en, vi })) _link.i18n().addResourceBundle(lang, 'translation', strings, true, false);
    // Get help was pressed: the citizen turns to a person, and the help dialog takes the screen.
    _host.addEventListener('gp-help-request', () => this.stop());
    _host.addController(this);
  }

  /** Whether it is reading or paused. */
  get active(): boolean {
    return this._phase !== 'idle';
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this._hidden);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this._hidden);
    this.stop();
  }

  hostUpdate(): void {
    // Next, Back, a choice, Finish, the tour closed or the language changed: the step read is gone.
    const s = this._guide.state;
    const r = this._reading;
    if (this.active && (!r || !this._guide.guide || !s?.started || s.finished || s.stepId !== r.stepId || s.tutorialId !== r.tutorialId || this._language.lang !== r.shownIn)) this.stop();
  }

  hostUpdated(): void {
    if (!this._focusButton) return;
    this._focusButton = false;
    this._host.renderRoot.querySelector<HTMLElement>('.read-button')?.focus();
  }

  /** Reads the step shown from its start: its `recording` (the path in its `audio`) when it has one, else with the voices. */
  start(recording?: string): void {
    const guide = this._guide.guide;
    const s = this._guide.state;
    if (!guide || !s?.started || s.finished) return;
    this.stop();
    current?.stop();
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the one reading on the page is this one now
    current = this;
    const step = guide.step;
    const lang = this._guide.text(step.title).lang;
    this._reading = { tutorialId: s.tutorialId, stepId: s.stepId, lang, shownIn: this._language.lang };
    this._found.clear();
    this._change('reading');
    this._send('start', this._reading);
    if (recording) this._play(new URL(recording, this._source.imageBase).href);
    else {
      this._lines = this._script(lang);
      this._at = 0;
      speech()?.cancel();
      this._speak();
    }
  }

  /** Stops at the sentence being read; Resume says that sentence again from its start. */
  pause(): void {
    if (this._phase !== 'reading') return;
    this._change('paused');
    if (this._audio) this._audio.pause();
    else this._silence();
  }

  resume(): void {
    if (this._phase !== 'paused') return;
    this._change('reading');
    if (this._audio) void this._audio.play().catch(() => this.stop());
    else this._speak();
  }

  /** Stops reading (Stop, or whatever took the step away); `gp-read-aloud` with `stop`. */
  stop(): void {
    this._end('stop');
  }

  /** Slower or the normal speed, remembered; a sentence being said starts again at the new speed. */
  toggleSlower(): void {
    setSlow(!isSlow());
    if (this._audio) this._audio.playbackRate = this._audio.defaultPlaybackRate = this._rate();
    else if (this._phase === 'reading') {
      this._silence();
      this._speak();
    }
    this._host.requestUpdate();
  }

  /** Pause or Resume, Stop and Slower, while it reads or is paused. */
  render(): unknown {
    if (!this.active) return undefined;
    const t = this._t();
    const row = (this._row ??= this._drawRow());
    const [main, stop, slower] = row.querySelectorAll('button');
    row.setAttribute('aria-label', t('read.group'));
    main!.textContent = t(this._phase === 'paused' ? 'read.resume' : 'read.pause');
    stop!.textContent = t('read.stop');
    slower!.textContent = t('read.slower');
    slower!.setAttribute('aria-pressed', String(isSlow()));
    if (this._audio) row.append(this._audio);
    return row;
  }

  /**
   * The controls, made once: Pause (or Resume) where Read aloud was, Stop, and Slower (a
   * toggle, `aria-pressed`). Built without lit, which this module does not import.
   */
  private _drawRow(): HTMLElement {
    const row = document.createElement('div');
    row.className = 'read';
    row.setAttribute('part', 'read');
    row.setAttribute('role', 'group');
    const actions: [string, () => void][] = [
      ['read-button', () => (this._phase === 'paused' ? this.resume() : this.pause())],
      ['read-stop', () => this.stop()],
      ['read-slower', () => this.toggleSlower()],
    ];
    for (const [name, action] of actions) {
      const button = document.createElement('button');
      button.className = name;
      button.setAttribute('part', `button ${name}`);
      button.addEventListener('click', action);
      row.append(button);
    }
    return row;
  }

  private _rate(): number {
    return isSlow() ? slowRate : 1;
  }

  /** The sentences to say, each part in its own language; a part with no voice for it is left out. */
  private _script(lang: string): Line[] {
    const step = this._guide.guide!.step;
    const t = this._language.t;
    const text = (x: Parameters<GuideHostController['text']>[0]) => (x === undefined ? undefined : this._guide.text(x));
    const title = text(step.title)!;
    const body = text(step.body);
    const tip = text(step.tip);
    const warning = text(step.warning);
    const choices = step.choices?.map((c) => this._guide.text(c.label));
    const words = { position: this._guide.count(), tip: t('tutorial.tip'), warning: t('tutorial.warning'), chooseOne: t('tutorial.choose') };
    const script = readingScript({ title: title.text, body: body?.text, tip: tip?.text, warning: warning?.text, choices: choices?.map((c) => c.text) }, words, lang);
    const langOf = (r: ResolvedText | undefined) => r?.lang ?? lang;
    const langs: Record<ReadingPartName, string> = {
      position: this._link.uiLanguage(this._language.lang),
      title: title.lang,
      body: langOf(body),
      tip: langOf(tip),
      warning: langOf(warning),
      choices: langOf(choices?.[0]),
    };
    const voices = speech()?.getVoices() ?? [];
    return script.flatMap(({ part, sentences }) => {
      const voice = chooseVoice(voices, langs[part]);
      return voice ? sentences.map((sentence) => ({ part, text: sentence, lang: langs[part], voice })) : [];
    });
  }

  private _speak(): void {
    const synth = speech();
    const line = this._lines[this._at];
    if (!synth || !line) {
      this._end('end');
      return;
    }
    const u = new SpeechSynthesisUtterance(line.text);
    u.lang = line.lang;
    u.voice = line.voice;
    u.rate = this._rate();
    u.addEventListener('start', () => {
      if (this._utterance === u) this._show(line);
    });
    u.addEventListener('end', () => {
      if (this._utterance !== u) return;
      this._at += 1;
      this._speak();
    });
    u.addEventListener('error', () => {
      if (this._utterance === u) this.stop();
    });
    this._utterance = u;
    synth.speak(u);
  }

  /** Cancels the utterance being said, so that its events are no longer followed. */
  private _silence(): void {
    this._utterance = undefined;
    speech()?.cancel();
  }

  private _play(url: string): void {
    const audio = document.createElement('audio');
    audio.className = 'recording';
    audio.preload = 'auto';
    audio.defaultPlaybackRate = audio.playbackRate = this._rate();
    audio.addEventListener('ended', () => {
      if (this._audio === audio) this._end('end');
    });
    audio.addEventListener('error', () => {
      if (this._audio === audio) this.stop();
    });
    audio.src = url;
    this._audio = audio;
    audio.play().catch((error: unknown) => {
      // Pause pressed before it started is not a failure; a blocked or missing file is.
      if (this._audio === audio && (error as Error)?.name !== 'AbortError') this.stop();
    });
  }

  /** Outlines the part and highlights the sentence being said. */
  private _show(line: Line): void {
    this._unmark();
    const el = this._host.renderRoot.querySelector(partSelector[line.part]);
    if (!el) return;
    el.setAttribute('data-reading', '');
    this._marked = el;
    const range = this._rangeOf(el, line);
    if (range && typeof Highlight === 'function' && globalThis.CSS?.highlights) CSS.highlights.set(readingHighlight, new Highlight(range));
  }

  private _rangeOf(el: Element, line: Line): Range | undefined {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    // What is shown but not said: "(opens in a new tab)" after a link, words for screen readers.
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('.new-tab, .visually-hidden')) nodes.push(n as Text);
    const shown = nodes.map((n) => n.data).join('');
    const span = locateSentence(shown, line.text, this._found.get(line.part) ?? 0);
    if (!span) return undefined;
    this._found.set(line.part, span.end);
    const range = document.createRange();
    let offset = 0;
    for (const node of nodes) {
      const end = offset + node.length;
      if (span.start >= offset && span.start < end) range.setStart(node, span.start - offset);
      if (span.end > offset && span.end <= end) range.setEnd(node, span.end - offset);
      offset = end;
    }
    return range;
  }

  private _unmark(): void {
    this._marked?.removeAttribute('data-reading');
    this._marked = undefined;
    if (current === this) globalThis.CSS?.highlights?.delete(readingHighlight);
  }

  private _change(phase: 'reading' | 'paused' | 'idle'): void {
    // The controls are drawn again: the first of them takes focus if one of them had it.
    this._focusButton ||= Boolean(this._host.shadowRoot?.activeElement?.closest('.read, .read-button'));
    this._phase = phase;
    this._host.requestUpdate();
  }

  private _end(action: 'stop' | 'end'): void {
    if (!this.active) return;
    const reading = this._reading!;
    if (this._audio) {
      this._audio.pause();
      this._audio.removeAttribute('src');
      this._audio.remove();
      this._audio = undefined;
    } else this._silence();
    this._unmark();
    if (current === this) current = undefined;
    this._lines = [];
    this._reading = undefined;
    this._change('idle');
    this._send(action, reading);
  }

  /** `gp-read-aloud`, which bubbles and is composed like every guidepost event (common/events.ts). */
  private _send(action: 'start' | 'stop' | 'end', { tutorialId, stepId, lang }: Reading): void {
    const detail: GuidepostEventMap['gp-read-aloud']['detail'] = { tutorialId, stepId, lang, action };
    this._host.dispatchEvent(new CustomEvent('gp-read-aloud', { detail, bubbles: true, composed: true }));
  }

  private _t(): (key: ReadKey, options?: TOptions) => string {
    const fixed = this._link.i18n().getFixedT(this._link.uiLanguage(this._language.lang)) as unknown as (key: string, options?: TOptions) => unknown;
    return (key, options) => String(fixed(key, options));
  }
}
