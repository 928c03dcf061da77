/**
 * Runs `task` when the browser is idle (within two seconds at the latest), for fetching code a
 * citizen is likely to need next, so that pressing a button never waits on the network.
 */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 2000 });
  else setTimeout(task, 200);
}
