// Regression tests for the fuzzing findings of issue 12 about saved progress: a refused call
// changes nothing, a saved path never repeats a step, and no store can make `ready` or
// `flush()` reject or stop later saves.
import { expect } from '@open-wc/testing';
import { createGuide, GuideError, type GuideErrorCode } from '../../../src/core/guide/index.js';
import { isProgressRecord, memoryStore, resilientStore, type ProgressRecord, type ProgressStore } from '../../../src/core/progress/index.js';
import type { Tutorial } from '../../../src/core/tutorial/types.js';

const tutorial: Tutorial = {
  format: 1,
  id: 'renew-card',
  revision: 2,
  lang: 'en',
  title: 'Renew a card',
  steps: [
    { id: 'a', title: 'A' },
    { id: 'b', title: 'B', choices: [{ label: 'Yes', next: 'c' }, { label: 'No', next: 'd' }] },
    { id: 'c', title: 'C' },
    { id: 'd', title: 'D' },
  ],
};

const saved = (path: string[]): ProgressRecord => ({ tutorialId: 'renew-card', revision: 2, path, finished: false, startedAt: 1_000, updatedAt: 2_000 });

function codeOf(run: () => void): GuideErrorCode | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof GuideError ? error.code : undefined;
  }
  return undefined;
}

describe('saved progress and wrong calls', () => {
  it('changes nothing, saved progress included, when Next before the start is refused', async () => {
    // Before the start the guide stands on step a (no choices), and from "b" the citizen picks.
    const cases: [string[], () => number | undefined, GuideErrorCode][] = [
      [['a', 'b', 'c'], () => 0, 'invalid-choice'],
      [['a', 'b', 'd'], () => 5, 'invalid-choice'],
    ];
    for (const [path, choice, code] of cases) {
      const store = memoryStore();
      store.set(saved(path));
      const guide = createGuide(tutorial, { store });
      await guide.ready;
      const before = guide.state;
      let heard = 0;
      guide.subscribe(() => (heard += 1));
      expect(codeOf(() => guide.next(choice()))).to.equal(code);
      await guide.flush();
      expect(guide.state).to.equal(before);
      expect(guide.state.resumable).to.equal(true);
      expect(heard).to.equal(0);
      expect(store.get('renew-card')?.path).to.deep.equal(path);
      guide.resume();
      expect(guide.state.path).to.deep.equal(path);
    }
  });

  it('changes nothing when Next without a choice is refused on a first step with choices', async () => {
    const choosing: Tutorial = { ...tutorial, steps: [tutorial.steps[1]!, ...tutorial.steps.slice(2)] };
    const store = memoryStore();
    store.set(saved(['b', 'c']));
    const guide = createGuide(choosing, { store });
    await guide.ready;
    expect(codeOf(() => guide.next())).to.equal('choice-required');
    await guide.flush();
    expect(guide.state.started).to.equal(false);
    expect(guide.state.resumable).to.equal(true);
    expect(store.get('renew-card')?.path).to.deep.equal(['b', 'c']);
  });

  it('does not offer a saved path that repeats a step', async () => {
    expect(isProgressRecord(saved(['a', 'b', 'a', 'b', 'c']))).to.equal(false);
    expect(isProgressRecord(saved(['a', 'b', 'c']))).to.equal(true);
    const store = memoryStore();
    store.set(saved(['a', 'b', 'a', 'b', 'c']));
    const guide = createGuide(tutorial, { store });
    await guide.ready;
    expect(guide.state.resumable).to.equal(false);
    expect(codeOf(() => guide.resume())).to.equal('not-resumable');
  });

  it('never rejects ready or flush, and keeps saving, when reading the record throws', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => {
      unhandled.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      const writes: (readonly string[])[] = [];
      const errors: string[] = [];
      const record = { ...saved(['a']) } as Record<string, unknown>;
      Object.defineProperty(record, 'path', {
        enumerable: true,
        get() {
          throw new Error('path cannot be read');
        },
      });
      const store: ProgressStore = { get: () => record as unknown as ProgressRecord, set: (r) => void writes.push(r.path), delete: () => undefined };
      const guide = createGuide(tutorial, { store, onStoreError: (error, operation) => errors.push(`${operation}: ${(error as Error).message}`) });
      await guide.ready;
      expect(guide.state.resumable).to.equal(false);
      guide.start();
      guide.next();
      await guide.flush();
      expect(writes).to.deep.equal([['a'], ['a', 'b']]);
      expect(errors).to.deep.equal(['get: path cannot be read']);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });

  it('reads each field of a stored record once, so a record that changes while read is not trusted', async () => {
    let reads = 0;
    const record = { ...saved(['a']) } as Record<string, unknown>;
    Object.defineProperty(record, 'tutorialId', { enumerable: true, get: () => (reads++ === 0 ? 'renew-card' : 42) });
    const read = await resilientStore({ get: () => record as unknown as ProgressRecord, set: () => undefined, delete: () => undefined }).get('renew-card');
    expect(read).to.deep.equal(saved(['a']));
    expect(reads).to.equal(1);
  });
});
