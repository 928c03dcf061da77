/**
 * A clock installed over `Date.now`, `setInterval` and `clearInterval` for timers measured in
 * minutes (the kiosk's idle timer): `tick(ms)` moves time on and runs every interval due, in
 * order. `setTimeout` is left alone, so `waitUntil` and the test runner keep real time.
 */
export interface InstalledClock {
  tick(ms: number): void;
  uninstall(): void;
}

export function installClock(): InstalledClock {
  const realNow = Date.now;
  const realSet = globalThis.setInterval;
  const realClear = globalThis.clearInterval;
  let now = realNow();
  let nextId = 1;
  const timers = new Map<number, { due: number; every: number; run: () => void }>();
  Date.now = () => now;
  globalThis.setInterval = ((run: () => void, every = 0) => {
    const id = nextId++;
    timers.set(id, { due: now + Math.max(1, every), every: Math.max(1, every), run });
    return id;
  }) as typeof setInterval;
  globalThis.clearInterval = ((id: number) => void timers.delete(id)) as typeof clearInterval;
  return {
    tick(ms) {
      const end = now + ms;
      for (;;) {
        const next = [...timers.entries()].filter(([, t]) => t.due <= end).sort((a, b) => a[1].due - b[1].due)[0];
        if (!next) break;
        const [id, timer] = next;
        now = timer.due;
        timer.due += timer.every;
        if (timers.has(id)) timer.run();
      }
      now = end;
    },
    uninstall() {
      Date.now = realNow;
      globalThis.setInterval = realSet;
      globalThis.clearInterval = realClear;
    },
  };
}
