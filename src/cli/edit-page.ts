/**
 * The page of `guidepost edit`: plain HTML around one `<gp-editor>`, with its script and
 * styles as files of their own so it runs under the same strict Content Security Policy as
 * the preview. The script loads the file, saves it, and asks about changes made on disk.
 */

/** Where the page's own files are served; a name no tutorial folder is likely to use. */
export const EDIT_PREFIX = '/_guidepost/';

export interface EditPageOptions {
  fileName: string;
  lang: 'vi' | 'en';
  /** A secret of this run: only the page it served can save (no other web site can). */
  token: string;
  /** Names the document for the unsaved work the browser keeps. */
  draftKey: string;
}

const texts = {
  vi: { heading: 'Soạn', stopped: 'Lệnh guidepost edit không còn chạy: chưa thể lưu. Các thay đổi vẫn được giữ trong trình duyệt.' },
  en: { heading: 'Editing', stopped: 'guidepost edit is no longer running, so saving is not possible. Your changes are kept in this browser.' },
};

export function editPage(options: EditPageOptions): string {
  const t = texts[options.lang];
  return `<!doctype html>
<html lang="${options.lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${t.heading}: ${escape(options.fileName)} – guidepost</title>
    <link rel="stylesheet" href="${EDIT_PREFIX}edit.css">
    <script type="module" src="${EDIT_PREFIX}edit.js"></script>
  </head>
  <body data-token="${escape(options.token)}" data-stopped="${escape(t.stopped)}">
    <header class="edit-bar">
      <h1>${t.heading}: <code>${escape(options.fileName)}</code></h1>
      <p id="edit-status" class="edit-status" role="status"></p>
    </header>
    <main>
      <gp-editor lang="${options.lang}" draft-key="${escape(options.draftKey)}"></gp-editor>
    </main>
  </body>
</html>
`;
}

/** The page's script. */
export const editScript = `import '${EDIT_PREFIX}editor/guidepost-editor.js';

const editor = document.querySelector('gp-editor');
const status = document.getElementById('edit-status');
const token = document.body.dataset.token;
let version;

async function load() {
  const response = await fetch('${EDIT_PREFIX}file', { headers: { 'x-guidepost-token': token } });
  const file = await response.json();
  version = file.version;
  editor.value = file.data;
}

async function put(text, force) {
  return fetch('${EDIT_PREFIX}file', {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'x-guidepost-token': token },
    body: JSON.stringify({ text, base: version, force }),
  });
}

editor.addEventListener('gp-save', async (event) => {
  const { text, value } = event.detail;
  try {
    let response = await put(text, false);
    if (response.status === 409) {
      const answer = await editor.askConflict();
      if (answer === 'reload') return load();
      if (answer !== 'overwrite') return;
      response = await put(text, true);
    }
    const result = await response.json();
    if (!response.ok) return editor.saveFailed(result.message);
    version = result.version;
    editor.markSaved(value);
  } catch {
    editor.saveFailed(document.body.dataset.stopped);
  }
});

editor.imagePicker = async (file) => {
  const response = await fetch('${EDIT_PREFIX}image?name=' + encodeURIComponent(file.name), {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-guidepost-token': token },
    body: file,
  });
  const result = await response.json();
  if (!response.ok) throw new Error(result.message);
  return result.src;
};

load().catch(() => {
  status.textContent = document.body.dataset.stopped;
});
`;

/** The page's styles. */
export const editStyle = `:root {
  color: #1a1a1a;
  background: #ffffff;
  font-family: "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif;
  line-height: 1.6;
}
body {
  margin: 0;
}
.edit-bar {
  padding: 0.5rem 1rem;
  background: #eef1f5;
  border-bottom: 1px solid #5c6673;
}
.edit-bar h1 {
  margin: 0;
  font-size: 1.25rem;
}
.edit-status:empty {
  display: none;
}
.edit-status {
  margin: 0.25rem 0 0;
  font-weight: bold;
  color: #8a1c1c;
}
main {
  max-width: 90rem;
  margin: 0 auto;
  padding: 1rem;
}
@media (forced-colors: active) {
  .edit-bar {
    border-bottom-color: CanvasText;
  }
}
`;

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
