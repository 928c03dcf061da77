/**
 * Calls back when a file is saved. It watches the file's folder, not the file: many editors
 * save by writing a new file and renaming it over the old one, after which a watch on the old
 * file hears nothing more. Bursts of events from one save are merged into one call.
 */
import { watch, watchFile as pollFile, unwatchFile, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

/** Something being watched; `close()` stops it. */
export interface FileWatch {
  close(): void;
}

/**
 * Calls `onSave` once things have been quiet for `quietMs` after the file at `path` changed.
 * Where the system cannot watch folders (some network drives, too many watches), it checks
 * the file twice a second instead.
 */
export function watchFile(path: string, onSave: () => void, quietMs = 150): FileWatch {
  let timer: NodeJS.Timeout | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(onSave, quietMs);
  };
  const name = basename(path);
  let watcher: FSWatcher | undefined;
  let polling = false;
  const poll = () => {
    watcher?.close();
    watcher = undefined;
    if (polling) return;
    polling = true;
    pollFile(path, { interval: 500 }, changed);
  };
  try {
    watcher = watch(dirname(path), (_event, file) => {
      // Some systems do not say which file changed; then it may have been ours.
      if (file === null || file === name) changed();
    });
    watcher.on('error', poll);
  } catch {
    poll();
  }
  return {
    close() {
      clearTimeout(timer);
      watcher?.close();
      if (polling) unwatchFile(path, changed);
    },
  };
}
