/**
 * Loading a catalog for `<gp-catalog>` and `<gp-lookup>`: fetch, then the catalog's checks,
 * with the same kinds of failure as a tutorial's (`core/load`).
 */
import type { GpErrorDetail } from '../events/index.js';
import type { LoadFailureKind } from '../load/index.js';
import { MAX_FILE_LENGTH } from '../tutorial/limits.js';
import type { Catalog } from './schema.js';
import { validateCatalog, type CatalogProblem, type CatalogValidation } from './validate.js';

/** The outcome of loading a catalog for `<gp-catalog>`. */
export type CatalogLoadResult =
  | { ok: true; catalog: Catalog; warnings: CatalogProblem[] }
  | { ok: false; kind: LoadFailureKind; detail: GpErrorDetail };

/**
 * Fetches and validates the catalog at `src`, like {@link loadTutorial} (never throws; an
 * aborted request resolves to `undefined`). The tutorials it lists are loaded by the caller.
 */
export async function loadCatalog(src: string, signal?: AbortSignal): Promise<CatalogLoadResult | undefined> {
  let text: string;
  try {
    const response = await fetch(src, { signal, credentials: 'same-origin' });
    if (!response.ok) return failure(response.status === 404 || response.status === 410 ? 'not-found' : 'network', `${src}: HTTP ${response.status}.`);
    text = await response.text();
  } catch (error) {
    return signal?.aborted ? undefined : failure('network', `${src}: ${String(error)}`);
  }
  // A good file takes the fast path; only one with problems loads the reader that places them.
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  const quick = data === undefined || text.length > MAX_FILE_LENGTH ? undefined : validateCatalog(data);
  const result = quick?.ok ? quick : (await import('./parse.js')).parseCatalog(text);
  return catalogResult(result, `The catalog ${src}`);
}

/** Validates a catalog given as an object (the `catalog` property), as {@link loadCatalog} does a file. */
export function checkCatalog(data: unknown): CatalogLoadResult {
  return catalogResult(validateCatalog(data), 'The catalog property');
}

function failure(kind: LoadFailureKind, why: string): CatalogLoadResult {
  return { ok: false, kind, detail: { message: `Could not load the catalog ${why}`, problems: [] } };
}

function catalogResult(result: CatalogValidation, what: string): CatalogLoadResult {
  if (result.catalog) return { ok: true, catalog: result.catalog, warnings: result.problems.filter((p) => p.severity !== 'error') };
  const errors = result.problems.filter((p) => p.severity === 'error');
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  return { ok: false, kind: 'invalid', detail: { message: `${what} has ${count}; see \`problems\`.`, problems: errors } };
}
