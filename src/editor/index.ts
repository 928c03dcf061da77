/**
 * `guidepost/editor`: defines `<gp-editor>`, the tutorial editor for content editors. It is a
 * separate entry (with its own UI strings) so a citizen's page never loads it.
 *
 * @packageDocumentation
 */
import { GpEditor } from './gp-editor.js';

if (typeof customElements !== 'undefined' && !customElements.get('gp-editor')) {
  try {
    customElements.define('gp-editor', GpEditor);
  } catch {
    // Another copy of guidepost defined it first; that one works as well.
  }
}

export { GpEditor };
export type { GpEditorChangeDetail, GpEditorSaveDetail } from './gp-editor.js';
export * from './model/index.js';

declare global {
  interface HTMLElementTagNameMap {
    'gp-editor': GpEditor;
  }
}
