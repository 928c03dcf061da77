/**
 * The guide against a small reference model of its documented rules (src/core/guide/types.ts,
 * docs/progress-stores.md), over random tutorials, random calls and broken stores:
 * - a call that throws changes nothing: not the state, not the listeners, not the store;
 * - `ready` and `flush()` never reject, and nothing rejects unhandled;
 * - saved progress is offered exactly when it fits, and a refused call never loses it;
 * - a store that keeps what it is given holds the current walk after `flush()`.
 */
import * as fc from 'fast-check';
import { createGuide, GuideError } from '../../../src/core/guide/index.js';
import type { Step, Tutorial } from '../../../src/core/tutorial/types.js';
import { check, type FuzzProperty } from './define.js';
import { garbage, makeStore, savedRecord, storeKinds } from './guide-stores.js';

type Call = { name: 'start' | 'next' | 'back' | 'goTo' | 'restart' | 'resume'; step: number; choice: number | undefined };

/** The model: what the guide should do, written as plainly as possible. */
class Model {
  started = false;
  finished = false;
  path: string[];
  saved: readonly string[] | undefined;

  constructor(private readonly t: Tutorial) {
    this.path = [t.steps[0]!.id];
  }

  private step(id: string): Step | undefined {
    return this.t.steps.find((s) => s.id === id);
  }

  private plainNext(step: Step): string | null {
    if (step.next !== undefined) return step.next;
    return this.t.steps[this.t.steps.indexOf(step) + 1]?.id ?? null;
  }

  private nexts(step: Step): (string | null)[] {
    return step.choices?.length ? step.choices.map((c) => c.next) : [this.plainNext(step)];
  }

  /** Breadth-first from the first step, choices in order. */
  private wayTo(target: string): string[] {
    const from = new Map<string, string | null>([[this.t.steps[0]!.id, null]]);
    const queue = [this.t.steps[0]!.id];
    for (let i = 0; i < queue.length && !from.has(target); i += 1) {
      for (const next of this.nexts(this.step(queue[i]!)!)) {
        if (next === null || from.has(next) || !this.step(next)) continue;
        from.set(next, queue[i]!);
        queue.push(next);
      }
    }
    if (!from.has(target)) return [target];
    const way: string[] = [];
    for (let id: string | null = target; id !== null; id = from.get(id) ?? null) way.unshift(id);
    return way;
  }

  private moveTo(id: string): void {
    const at = this.path.indexOf(id);
    this.path = at >= 0 ? this.path.slice(0, at + 1) : [...this.path, id];
  }

  private begin(path: string[]): void {
    this.started = true;
    this.finished = false;
    this.saved = undefined;
    this.path = path;
  }

  /** Applies `call`; returns the error code the guide must throw (and then nothing changed). */
  apply({ name, step, choice }: Call): string | undefined {
    const id = step < this.t.steps.length ? this.t.steps[step]!.id : 'nowhere';
    switch (name) {
      case 'start':
        if (this.started) return 'already-started';
        if (!this.step(id)) return 'unknown-step';
        this.begin(this.wayTo(id));
        return undefined;
      case 'next': {
        if (this.finished) return 'finished';
        const current = this.step(this.started ? this.path[this.path.length - 1]! : this.t.steps[0]!.id)!;
        let target: string | null;
        if (current.choices?.length) {
          if (choice === undefined) return 'choice-required';
          if (choice < 0 || choice >= current.choices.length) return 'invalid-choice';
          target = current.choices[choice]!.next;
        } else {
          if (choice !== undefined) return 'invalid-choice';
          target = this.plainNext(current);
        }
        if (target !== null && !this.step(target)) return 'unknown-step';
        if (!this.started) this.begin([this.t.steps[0]!.id]);
        if (target === null) this.finished = true;
        else this.moveTo(target);
        return undefined;
      }
      case 'back':
        if (!this.started) return 'not-started';
        if (this.finished) return 'finished';
        if (this.path.length < 2) return 'no-previous-step';
        this.path = this.path.slice(0, -1);
        return undefined;
      case 'goTo':
        if (!this.step(id)) return 'unknown-step';
        if (!this.started) return this.apply({ name: 'start', step, choice });
        if (this.finished) return 'finished';
        this.moveTo(id);
        return undefined;
      case 'restart':
        this.begin([this.t.steps[0]!.id]);
        return undefined;
      case 'resume':
        if (!this.saved || this.started) return 'not-resumable';
        this.begin([...this.saved]);
        return undefined;
    }
  }

  /** Whether `path` (saved under `revision`) still fits, as createGuide documents. */
  fits(path: readonly string[], revision: number): boolean {
    if (!path.every((id) => this.step(id))) return false;
    return revision === this.t.revision || path.every((id, i) => i === 0 || this.nexts(this.step(path[i - 1]!)!).includes(id));
  }
}

/** A tutorial of 1 to 6 steps whose `next`s and choices go anywhere (or to a missing step). */
const tutorials: fc.Arbitrary<Tutorial> = fc.integer({ min: 1, max: 6 }).chain((count) => {
  const ids = Array.from({ length: count }, (_, i) => `s${i}`);
  const target = fc.constantFrom<string | null>(...ids, null, 'missing');
  const step = fc.record({
    next: fc.option(target, { nil: undefined }),
    choices: fc.option(fc.array(target, { minLength: 1, maxLength: 3 }), { nil: undefined }),
  });
  return fc.tuple(fc.array(step, { minLength: count, maxLength: count }), fc.integer({ min: 1, max: 3 })).map(([steps, revision]) => ({
    format: 1 as const,
    id: 'model',
    revision,
    lang: 'en',
    title: 'Model',
    steps: steps.map((s, i) => {
      const built: Step = { id: ids[i]!, title: `Step ${i}` };
      if (s.choices) built.choices = s.choices.map((next, k) => ({ label: `Choice ${k}`, next }));
      else if (s.next !== undefined) built.next = s.next;
      return built;
    }),
  }));
});

const call: fc.Arbitrary<Call> = fc.record({
  name: fc.constantFrom<Call['name']>('start', 'next', 'next', 'next', 'back', 'goTo', 'restart', 'resume'),
  step: fc.nat({ max: 6 }),
  choice: fc.option(fc.integer({ min: -1, max: 3 }), { nil: undefined, freq: 2 }),
});

const scenario = tutorials.chain((t) =>
  fc.record({
    tutorial: fc.constant(t),
    kind: storeKinds,
    seed: savedRecord(t.id, t.revision, t.steps.map((s) => s.id)),
    garbage,
    delays: fc.array(fc.nat({ max: 4 }), { maxLength: 4 }),
    calls: fc.array(call, { maxLength: 12 }),
    beforeReady: fc.boolean(),
  }),
);

export const guideModel: FuzzProperty = {
  name: 'the guide follows the reference model with broken stores, and a refused call changes nothing',
  runs: 1_000,
  build: () =>
    fc.asyncProperty(scenario, async ({ tutorial, kind, seed, garbage: junk, delays, calls, beforeReady }) => {
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown) => unhandled.push(reason);
      const proc = (globalThis as { process?: NodeJS.Process }).process;
      proc?.on('unhandledRejection', onUnhandled);
      try {
        const test = makeStore(kind, seed, junk, delays);
        const guide = createGuide(tutorial, {
          store: test.store,
          now: () => 1_000,
          onStoreError: () => {
            if (test.hookThrows) throw new Error('hook');
          },
        });
        const model = new Model(tutorial);
        let heard = 0;
        guide.subscribe(() => (heard += 1));

        // The store is read once; what was saved is offered only if it fits and nothing started first.
        const fits =
          (kind === 'memory' || kind === 'slow' || kind === 'hook-throws' || kind === 'set-fails-once') &&
          seed !== undefined &&
          seed.tutorialId === tutorial.id &&
          !seed.finished &&
          new Set(seed.path).size === seed.path.length &&
          model.fits(seed.path, seed.revision);
        const settle = () => {
          if (!model.started && fits) model.saved = seed.path;
        };

        /** Makes the call on the guide and the model; a refused call must change nothing. */
        const act = (c: Call, index: number): string | undefined => {
          const before = guide.state;
          const heardBefore = heard;
          const expected = model.apply(c);
          let code: string | undefined;
          try {
            if (c.name === 'start') guide.start(c.step < tutorial.steps.length ? tutorial.steps[c.step]!.id : 'nowhere');
            else if (c.name === 'next') guide.next(c.choice);
            else if (c.name === 'goTo') guide.goTo(c.step < tutorial.steps.length ? tutorial.steps[c.step]!.id : 'nowhere');
            else guide[c.name]();
          } catch (error) {
            check(error instanceof GuideError, `call ${index} threw ${String(error)}`);
            code = error.code;
          }
          check(code === expected, `call ${index} ${c.name}(${c.step}, ${c.choice}): guide ${code ?? 'ok'}, model ${expected ?? 'ok'}`);
          if (code !== undefined) check(guide.state === before && heard === heardBefore, `refused call ${index} changed the state or told listeners`);
          return code;
        };

        /** After the writes settle: the state is the model's, and a faithful store holds it. */
        const verify = (index: number, refused: boolean, heldBefore: string) => {
          if (refused && test.faithful) check(JSON.stringify(test.held()) === heldBefore, `refused call ${index} changed the store`);
          const { state } = guide;
          check(state.started === model.started && state.finished === model.finished, `call ${index}: started/finished differ`);
          check(JSON.stringify(state.path) === JSON.stringify(model.path), `call ${index}: path ${state.path.join(',')} vs ${model.path.join(',')}`);
          check(state.stepId === model.path[model.path.length - 1] && state.index === model.path.length - 1, `call ${index}: step or index`);
          check(new Set(state.path).size === state.path.length, `call ${index}: a step twice on the path`);
          check(state.resumable === (model.saved !== undefined), `call ${index}: resumable is ${state.resumable}`);
          if (model.saved) check(JSON.stringify(guide.saved?.path) === JSON.stringify(model.saved), `call ${index}: saved path`);
          if (test.faithful && model.started) {
            const held = test.held() as { path?: unknown; finished?: unknown } | undefined;
            check(JSON.stringify(held?.path) === JSON.stringify(state.path) && held?.finished === state.finished, `call ${index}: the store does not hold the walk`);
          }
        };

        let index = 0;
        if (beforeReady && calls.length > 0) {
          // A call before the store answered.
          act(calls[0]!, index);
          settle();
          await guide.ready;
          await guide.flush();
          verify(index, false, '');
          index += 1;
        } else {
          await guide.ready;
          settle();
          await guide.flush();
          verify(-1, false, '');
        }
        for (; index < calls.length; index += 1) {
          const heldBefore = JSON.stringify(test.held());
          const refused = act(calls[index]!, index) !== undefined;
          await guide.flush();
          verify(index, refused, heldBefore);
        }
        // Unhandled rejections are reported once the microtasks have run.
        await new Promise((resolve) => (globalThis.setImmediate ?? setTimeout)(resolve));
        check(unhandled.length === 0, `unhandled rejection: ${String(unhandled[0])}`);
      } finally {
        proc?.off('unhandledRejection', onUnhandled);
      }
    }),
};
