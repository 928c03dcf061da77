import type { GpErrorDetail } from '../../core/events.js';
import { validateTutorial, type Problem, type Tutorial } from '../../core/tutorial/index.js';

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
  return checked(await parseForElement(text), src);
}

/**
 * Parses a tutorial file for an element. A good file takes the fast path (`JSON.parse` and
 * `validateTutorial`); only a bad one loads the JSON reader that finds each problem's line and
 * column, so pages with good tutorials never download it.
 */
async function parseForElement(text: string): Promise<ReturnType<typeof validateTutorial>> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return (await import('../../core/tutorial/parse.js')).parseTutorial(text);
  }
  const result = validateTutorial(data);
  if (result.ok && result.problems.length === 0) return result;
  return (await import('../../core/tutorial/parse.js')).parseTutorial(text);
}

/** Validates a tutorial given as an object (the `tutorial` property). */
export function checkTutorial(data: unknown): LoadResult {
  if (data === undefined || data === null) return failure('missing', 'No tutorial was given: set `src` or the `tutorial` property.');
  return checked(validateTutorial(data), 'the tutorial property');
}

function checked(result: ReturnType<typeof validateTutorial>, where: string): LoadResult {
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (result.ok && result.tutorial) {
    return { ok: true, tutorial: result.tutorial, warnings: result.problems.filter((p) => p.severity !== 'error') };
  }
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  const message = `The tutorial in ${where} has ${count}; see \`problems\`.`;
  const id = idOf(result.tutorial);
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
