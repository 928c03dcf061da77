/**
 * Progress stores for the guide model, working and broken: the faults docs/progress-stores.md
 * says the guide survives, and a few it does not name (a record whose fields throw when read).
 */
import * as fc from 'fast-check';
import type { ProgressRecord, ProgressStore } from '../../../src/core/progress/index.js';

export type StoreKind = 'memory' | 'slow' | 'throwing' | 'rejecting' | 'garbage' | 'getter-throws' | 'set-fails-once' | 'hook-throws';

/** A store of `kind`, seeded with `seed` (stored as is, whatever it is). */
export interface TestStore {
  kind: StoreKind;
  store: ProgressStore;
  /** What the store holds now, for stores that keep what they are given. */
  held(): unknown;
  /** Whether writes and deletes land as given (so the held record can be checked). */
  faithful: boolean;
  /** Whether `onStoreError` itself throws. */
  hookThrows: boolean;
}

/** Waits a few turns of the event loop's microtask queue: a store that answers late. */
async function later(turns: number): Promise<void> {
  for (let i = 0; i < turns; i += 1) await Promise.resolve();
}

export function makeStore(kind: StoreKind, seed: unknown, garbage: unknown, delays: readonly number[]): TestStore {
  let held: unknown = seed;
  let calls = 0;
  const delay = () => later(delays[calls++ % Math.max(1, delays.length)] ?? 0);
  const faithfulStore: ProgressStore = {
    get: () => held as ProgressRecord | undefined,
    set: (record) => void (held = record),
    delete: () => void (held = undefined),
  };
  const fail = (): never => {
    throw new Error(`${kind} store`);
  };
  switch (kind) {
    case 'memory':
    case 'hook-throws':
      return { kind, store: faithfulStore, held: () => held, faithful: true, hookThrows: kind === 'hook-throws' };
    case 'slow':
      return {
        kind,
        store: {
          get: async () => (await delay(), held as ProgressRecord | undefined),
          set: async (record) => (await delay(), void (held = record)),
          delete: async () => (await delay(), void (held = undefined)),
        },
        held: () => held,
        faithful: true,
        hookThrows: false,
      };
    case 'throwing':
      return { kind, store: { get: fail, set: fail, delete: fail }, held: () => held, faithful: false, hookThrows: false };
    case 'rejecting':
      return { kind, store: { get: async () => fail(), set: async () => fail(), delete: async () => fail() }, held: () => held, faithful: false, hookThrows: false };
    case 'garbage':
      return { kind, store: { ...faithfulStore, get: () => garbage as ProgressRecord }, held: () => held, faithful: false, hookThrows: false };
    case 'getter-throws': {
      const record = { ...(seed as object) };
      Object.defineProperty(record, 'path', { enumerable: true, get: fail });
      return { kind, store: { ...faithfulStore, get: () => record as ProgressRecord }, held: () => held, faithful: false, hookThrows: false };
    }
    case 'set-fails-once':
      return {
        kind,
        store: { ...faithfulStore, set: (record) => (calls++ === 1 ? fail() : void (held = record)) },
        held: () => held,
        faithful: false,
        hookThrows: false,
      };
  }
}

export const storeKinds = fc.constantFrom<StoreKind>('memory', 'slow', 'throwing', 'rejecting', 'garbage', 'getter-throws', 'set-fails-once', 'hook-throws');

/** What a broken `get` may answer instead of a record. */
export const garbage = fc.oneof(
  fc.anything({ maxDepth: 2, withBigInt: true }),
  fc.record({ tutorialId: fc.string(), revision: fc.anything(), path: fc.anything(), finished: fc.anything(), startedAt: fc.anything(), updatedAt: fc.anything() }),
);

/** A saved record for the tutorial `id` over `ids`: sometimes a fitting walk, often not. */
export function savedRecord(id: string, revision: number, ids: readonly string[]): fc.Arbitrary<ProgressRecord | undefined> {
  const record = fc.record({
    tutorialId: fc.constantFrom(id, id, id, 'another-tutorial'),
    revision: fc.constantFrom(revision, revision, revision + 1, 0),
    path: fc.array(fc.constantFrom(...ids, 'gone'), { minLength: 1, maxLength: 6 }),
    finished: fc.boolean(),
    startedAt: fc.constant(500),
    updatedAt: fc.constant(600),
  });
  return fc.option(record, { nil: undefined, freq: 4 });
}
