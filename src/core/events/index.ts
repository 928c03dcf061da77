/**
 * The `detail` of every DOM event guidepost elements dispatch. All events bubble and are
 * composed. None carries personal data: only tutorial and step ids, positions, counts,
 * durations, the reference code and the language. `index` is always 0-based.
 */
import type { CatalogProblem } from '../catalog/validate.js';
import type { Problem } from '../tutorial/problems.js';
import type { HelpChannelType } from '../tutorial/types.js';

/** `gp-start`: a tutorial or tour starts, begins again, or is resumed. */
export interface GpStartDetail {
  readonly tutorialId: string;
  readonly revision: number;
  /** The step shown first. */
  readonly stepId: string;
  readonly index: number;
  /** How many steps the walk shows ("Step 1 of {total}"); see `GuideState.total`. */
  readonly total: number;
  /** True when saved progress was continued rather than started afresh. */
  readonly resumed: boolean;
}

/** `gp-step-change`: a step is shown. */
export interface GpStepChangeDetail {
  readonly tutorialId: string;
  readonly stepId: string;
  readonly index: number;
  readonly total: number;
  /** The step shown before, or `null` when this is the first step shown. */
  readonly from: string | null;
}

/** `gp-complete`: the last step was finished. */
export interface GpCompleteDetail {
  readonly tutorialId: string;
  readonly revision: number;
  /** How many steps the citizen went through (the length of the path taken). */
  readonly steps: number;
  /** Time from the first start to finishing, in ms; it spans visits when progress was resumed. */
  readonly ms: number;
}

/** `gp-exit`: the tutorial or tour was closed before the end. */
export interface GpExitDetail {
  readonly tutorialId: string;
  /** The step that was shown when it was closed. */
  readonly stepId: string;
  readonly index: number;
}

/** `gp-help-request`: the citizen opened help, or picked one of its channels. */
export interface GpHelpRequestDetail {
  readonly tutorialId: string;
  readonly stepId: string;
  /** The reference code shown to the citizen, to read to a helper. */
  readonly reference: string;
  /** The kind of channel picked; absent when help was only opened. */
  readonly channel?: HelpChannelType;
  /** The language the citizen was reading (BCP 47). */
  readonly locale: string;
}

/** `gp-error`: a tutorial could not be loaded, or it is invalid. */
export interface GpErrorDetail {
  /** The tutorial's id, when it could be read. */
  readonly tutorialId?: string;
  /** What went wrong, for the page's authors (the citizen sees a short message instead). */
  readonly message: string;
  /**
   * Every problem found; empty when the file could not be loaded or parsed at all. A catalog's
   * problems (from `<gp-catalog>`) may also have the catalog's own codes.
   */
  readonly problems: readonly (Problem | CatalogProblem)[];
}

/**
 * `gp-read-aloud`: Read aloud started (`start`), was stopped before the end (`stop`: Stop, the
 * step changed, help opened, the page was hidden or the element removed), or read the whole
 * step (`end`). Pause and Resume send nothing.
 */
export interface GpReadAloudDetail {
  readonly tutorialId: string;
  readonly stepId: string;
  /** The language read (BCP 47): the language the step is shown in. */
  readonly lang: string;
  readonly action: 'start' | 'stop' | 'end';
}

/** `gp-kiosk-reset` (on `document`): a shared screen cleared everything of the last citizen's. */
export interface GpKioskResetDetail {
  /** `idle`: nobody answered "Are you still there?"; `finished`: "Start over for the next person". */
  readonly reason: 'idle' | 'finished';
}

/**
 * The events guidepost elements dispatch, by name, for typing `addEventListener`:
 * `el.addEventListener('gp-step-change', (e) => e.detail.stepId)`.
 */
export interface GuidepostEventMap {
  'gp-start': CustomEvent<GpStartDetail>;
  'gp-step-change': CustomEvent<GpStepChangeDetail>;
  'gp-complete': CustomEvent<GpCompleteDetail>;
  'gp-exit': CustomEvent<GpExitDetail>;
  'gp-help-request': CustomEvent<GpHelpRequestDetail>;
  'gp-error': CustomEvent<GpErrorDetail>;
  'gp-read-aloud': CustomEvent<GpReadAloudDetail>;
  'gp-kiosk-reset': CustomEvent<GpKioskResetDetail>;
}
