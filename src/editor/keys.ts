/**
 * Keyboard and page-leaving behaviour: Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z, ⌘ on a Mac) undo and
 * redo the editor's own history, also while typing in a field; leaving the page with unsaved
 * changes asks first.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class EditorKeys implements ReactiveController {
  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _undo: () => void,
    private readonly _redo: () => void,
    private readonly _dirty: () => boolean,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._host.addEventListener('keydown', this._onKey);
    window.addEventListener('beforeunload', this._onLeave);
  }

  hostDisconnected(): void {
    this._host.removeEventListener('keydown', this._onKey);
    window.removeEventListener('beforeunload', this._onLeave);
  }

  private readonly _onKey = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this._undo();
    else if (key === 'y' || (key === 'z' && event.shiftKey)) this._redo();
    else return;
    // The field's own undo would undo letters the editor's history no longer knows about.
    event.preventDefault();
  };

  private readonly _onLeave = (event: BeforeUnloadEvent): void => {
    if (!this._dirty()) return;
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = '';
  };
}
