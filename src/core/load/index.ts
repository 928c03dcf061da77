import type { GpErrorDetail } from '../events/index.js';
import type { TutorialCheck } from '../tutorial/check.js';
import type { FoundProblem } from '../tutorial/found.js';
import { quickFindings, quickResult } from '../tutorial/quick-found.js';
import type { Problem, Tutorial, ValidationResult } from '../tutorial/index.js';
import { MAX_FILE_LENGTH, MAX_PROBLEMS } from '../tutorial/limits.js';

/** Tutorials that came out of a check, each with its result (warnings were told once already). */
const validated = new WeakMap<object, LoadResult>();

/** Why a tutorial could not be shown; picks the plain message the citizen sees. */
export type LoadFailureKind = 'missing' | 'not-found' | 'network' | 'invalid';

/** The outcome of loading a tutorial for an element. */
export type LoadResult =
  | { ok: true; tutorial: Tutorial; warnings: Problem[] }
  | { ok: false; kind: LoadFailureKind; detail: GpErrorDetail };

/**
 * Fetches and validates the tutorial at `src`. Never throws: a missing file, a network error,
 * bad JSON or an invalid tutorial all come back as a failure with the technical details for
 * the page's authors. An aborted request resolves to `undefined`.
 */
export async function loadTutorial(src: string, signal?: AbortSignal): Promise<LoadResult | undefined> {
  let text: string;
  try {
    const response = await fetch(src, { signal, credentials: 'same-origin' });
    if (!response.ok) {
      const kind = response.status === 404 || response.status === 410 ? 'not-found' : 'network';
      return failure(kind, `Could not load the tutorial ${src}: HTTP ${response.status}.`);
    }
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) return undefined;
    return failure('network', `Could not load the tutorial ${src}: ${String(error)}`);
  }
  const { result, data } = await parseForElement(text);
  return checked(result, src, data);
}

/**
 * Parses a tutorial file for an element. A good file takes the fast path (`JSON.parse` and the
 * checks without their words); only a file with problems loads the validator that words them
 * and the JSON reader that finds each problem's line and column, so pages with good tutorials
 * never download either.
 */
async function parseForElement(text: string): Promise<{ result: ValidationResult; data?: unknown }> {
  // A file past the length limit is refused here exactly as `guidepost validate` refuses it.
  if (text.length > MAX_FILE_LENGTH) return { result: await parseWithWords(text) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { result: await parseWithWords(text) };
  }
  const tutorial = goodTutorial(data);
  if (tutorial) return { result: { ok: true, tutorial, problems: [] }, data };
  return { result: await parseWithWords(text), data };
}

/**
 * `data` as a tutorial when the quick check finds no problem in it (it is then the checked,
 * normalized copy): the fast path of a good file, which has no problems to put in order.
 */
function goodTutorial(data: unknown): Tutorial | undefined {
  const findings = quickFindings(data);
  return findings?.found.length === 0 ? (findings.data as Tutorial) : undefined;
}

async function parseWithWords(text: string): Promise<ValidationResult> {
  return (await import('../tutorial/parse.js')).parseTutorial(text);
}

/**
 * Validates a tutorial given as an object (the `tutorial` property). A good one resolves at
 * once; one with problems first loads the validator that words them, so the page's authors get
 * the same messages as from `guidepost validate`.
 */
export async function checkTutorial(data: unknown): Promise<LoadResult> {
  if (data === undefined || data === null) return failure('missing', 'No tutorial was given: set `src` or the `tutorial` property.');
  // A tutorial this module produced is valid already: a walkthrough hands its own to the list
  // and the help inside it, and none of them validates it again.
  const known = typeof data === 'object' ? validated.get(data) : undefined;
  if (known) return known;
  const findings = quickFindings(data);
  if (findings?.found.length === 0) return checked({ ok: true, tutorial: findings.data as Tutorial, problems: [] }, 'the tutorial property', data);
  try {
    const { validateTutorial } = await import('../tutorial/validate.js');
    return checked(validateTutorial(data), 'the tutorial property', data);
  } catch {
    // The words could not be loaded (offline): each problem keeps its code as its message. A
    // shape problem is found only by the full check, which came with the words.
    if (findings) return checked(unworded(await inOrder(findings)), 'the tutorial property', data);
    return failure('invalid', 'The tutorial in the tutorial property does not have the shape of a tutorial, and the validator that says where could not be loaded.');
  }
}

/**
 * The quick check's result with its problems in file order, as the full check gives them. The
 * code that orders them loads only here; if it cannot be loaded either, they stay in the order
 * the checks found them.
 */
async function inOrder({ found, data }: { found: FoundProblem[]; data: unknown }): Promise<TutorialCheck> {
  try {
    const { problemKey, sortAndDedupe } = await import('../tutorial/order.js');
    return quickResult(sortAndDedupe(found, data, problemKey), data);
  } catch {
    return quickResult(found, data);
  }
}

function unworded(check: TutorialCheck): ValidationResult {
  // As many as the worded list would show: a flood stays a short list even offline.
  const problems: Problem[] = check.found.slice(0, MAX_PROBLEMS).map(({ path, code, severity }) => ({ path, code, message: code, severity }));
  return check.tutorial ? { ok: check.ok, tutorial: check.tutorial, problems } : { ok: check.ok, problems };
}

function checked(result: ValidationResult, where: string, data?: unknown): LoadResult {
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (result.ok && result.tutorial) {
    const loaded: LoadResult = { ok: true, tutorial: result.tutorial, warnings: [] };
    validated.set(result.tutorial, loaded);
    return { ok: true, tutorial: result.tutorial, warnings: result.problems.filter((p) => p.severity !== 'error') };
  }
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  const message = `The tutorial in ${where} has ${count}; see \`problems\`.`;
  // An invalid tutorial still usually has a readable id; it helps authors find the file.
  const id = idOf(data);
  const detail: GpErrorDetail = id ? { tutorialId: id, message, problems: errors } : { message, problems: errors };
  return { ok: false, kind: 'invalid', detail };
}

function idOf(data: unknown): string | undefined {
  const id = (data as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

function failure(kind: LoadFailureKind, message: string): LoadResult {
  return { ok: false, kind, detail: { message, problems: [] } };
}

/** The UI string that tells the citizen, plainly, why the tutorial cannot be shown. */
export const failureMessage = {
  missing: 'error.missing',
  'not-found': 'error.notFound',
  network: 'error.network',
  invalid: 'error.invalid',
} as const satisfies Record<LoadFailureKind, string>;
