/**
 * The preview page: plain HTML around one `<gp-tutorial>`, with its script and styles served
 * as files of their own so the page runs under a strict Content Security Policy, the same one
 * portals are advised to send.
 */

/** What the page shows. */
export interface PreviewPageOptions {
  /** The tutorial file's name, shown in the heading. */
  fileName: string;
  /** The URL the element loads the tutorial from. */
  tutorialUrl: string;
  /** The page's language: `--lang`, else the tutorial's `lang`. */
  lang: string;
  /** True when `--lang` chose the language, so the element is told explicitly. */
  langChosen: boolean;
  /** The file version the page was made for; the script reloads when the server's differs. */
  version: string;
}

/** Where the page's own files are served; a name no tutorial folder is likely to use. */
export const PREVIEW_PREFIX = '/_guidepost/';

const texts = {
  vi: {
    heading: 'Xem trước',
    reloads: 'Trang tự tải lại mỗi khi bạn lưu tệp.',
    restart: 'Bắt đầu lại từ đầu',
    stopped: 'Bản xem trước đã dừng: lệnh guidepost preview không còn chạy.',
  },
  en: {
    heading: 'Preview',
    reloads: 'This page reloads every time you save the file.',
    restart: 'Start again from the beginning',
    stopped: 'The preview has stopped: guidepost preview is no longer running.',
  },
};

/** The HTML of the page. */
export function previewPage(options: PreviewPageOptions): string {
  const chromeLang = options.lang.toLowerCase().startsWith('vi') ? 'vi' : 'en';
  const t = texts[chromeLang];
  const chromeLangAttr = chromeLang === options.lang ? '' : ` lang="${chromeLang}"`;
  const langAttr = options.langChosen ? ` lang="${escape(options.lang)}"` : '';
  return `<!doctype html>
<html lang="${escape(options.lang)}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${t.heading}: ${escape(options.fileName)} – guidepost</title>
    <link rel="stylesheet" href="${PREVIEW_PREFIX}preview.css">
    <script type="module" src="${PREVIEW_PREFIX}preview.js"></script>
    <script type="module" src="${PREVIEW_PREFIX}cdn/guidepost.js"></script>
  </head>
  <body data-version="${escape(options.version)}">
    <header class="preview-bar"${chromeLangAttr}>
      <h1>${t.heading}: <code>${escape(options.fileName)}</code></h1>
      <p>${t.reloads} <a href="/">${t.restart}</a></p>
      <p id="preview-status" class="preview-status" role="status" data-stopped="${escape(t.stopped)}"></p>
    </header>
    <main>
      <gp-tutorial src="${escape(options.tutorialUrl)}" storage="none"${langAttr}></gp-tutorial>
    </main>
  </body>
</html>
`;
}

/**
 * The page's script. It must run before the element is defined (module scripts run in order),
 * so that the step in the address (`#install-app`) becomes the element's `start`: after a save
 * the editor stays on the step being edited instead of clicking through from the start again.
 */
export const previewScript = `const tutorial = document.querySelector('gp-tutorial');
const status = document.getElementById('preview-status');

try {
  const step = decodeURIComponent(location.hash.slice(1));
  if (step) tutorial.setAttribute('start', step);
} catch {
  // A hand-edited address with a broken escape: start at the beginning.
}

const remember = (event) => {
  const stepId = event.detail && event.detail.stepId;
  if (typeof stepId === 'string') history.replaceState(null, '', '#' + encodeURIComponent(stepId));
};
tutorial.addEventListener('gp-start', remember);
tutorial.addEventListener('gp-step-change', remember);
tutorial.addEventListener('gp-complete', () => history.replaceState(null, '', location.pathname));

// The server sends the file's version when we connect and after every save. A version other
// than the one this page was made for means the file changed (or the preview restarted).
const shown = document.body.dataset.version;
const events = new EventSource('${PREVIEW_PREFIX}events');
events.addEventListener('version', (event) => {
  if (event.data !== shown) location.reload();
});
events.addEventListener('open', () => {
  status.textContent = '';
});
events.addEventListener('error', () => {
  if (events.readyState !== EventSource.OPEN) status.textContent = status.dataset.stopped;
});
`;

/** The page's styles: large, plain, and out of the tutorial's way. */
export const previewStyle = `:root {
  color: #1a1a1a;
  background: #ffffff;
  font-family: "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif;
  line-height: 1.6;
}
body {
  margin: 0;
}
.preview-bar {
  padding: 0.75rem 1rem;
  background: #eef1f5;
  border-bottom: 1px solid #5c6673;
}
.preview-bar h1 {
  margin: 0;
  font-size: 1.25rem;
}
.preview-bar p {
  margin: 0.25rem 0 0;
}
.preview-bar a {
  display: inline-block;
  padding: 0.5rem 0;
  color: #0b4fa8;
}
.preview-bar a:focus-visible {
  outline: 3px solid #0b4fa8;
  outline-offset: 2px;
}
.preview-status:empty {
  display: none;
}
.preview-status {
  font-weight: bold;
  color: #8a1c1c;
}
main {
  max-width: 48rem;
  margin: 0 auto;
  padding: 1rem;
}
@media (forced-colors: active) {
  .preview-bar {
    border-bottom-color: CanvasText;
  }
}
`;

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
