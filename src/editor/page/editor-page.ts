/**
 * The static editor page (`dist/editor-app/index.html`, and `/demo/editor.html`): open a
 * tutorial file from the computer, edit it, download it. No server: for content editors
 * whose portal hosts the page. Save downloads the file.
 *
 * The page names its controls with `data-action` (`open`, `new`, `download`), holds a
 * `<input type="file" data-file>` and a `[data-status]` line; its words are its own.
 */
import { parseTutorial } from '../../index.js';
import '../index.js';
import { newDraft } from '../model/index.js';

const words = {
  vi: {
    opened: (name: string) => `Đã mở ${name}.`,
    notJson: (name: string, why: string) => `${name} không phải là tệp hướng dẫn: ${why}`,
    downloaded: (name: string) => `Đã tải xuống ${name}. Hãy lưu tệp vào thư mục hướng dẫn của cổng.`,
    fresh: 'Hướng dẫn mới.',
    page: {
      title: 'Soạn hướng dẫn – guidepost',
      heading: 'Soạn hướng dẫn',
      intro: 'Mở một tệp hướng dẫn từ máy tính, sửa, rồi tải xuống. Không gửi gì lên mạng.',
      open: 'Mở tệp',
      new: 'Hướng dẫn mới',
      download: 'Tải xuống',
      other: 'English',
    },
  },
  en: {
    opened: (name: string) => `Opened ${name}.`,
    notJson: (name: string, why: string) => `${name} is not a tutorial file: ${why}`,
    downloaded: (name: string) => `Downloaded ${name}. Put it in the portal's tutorials folder.`,
    fresh: 'A new tutorial.',
    page: {
      title: 'Tutorial editor – guidepost',
      heading: 'Tutorial editor',
      intro: 'Open a tutorial file from your computer, edit it, then download it. Nothing is sent anywhere.',
      open: 'Open a file',
      new: 'New tutorial',
      download: 'Download',
      other: 'Tiếng Việt',
    },
  },
};

const say = () => words[document.documentElement.lang.startsWith('vi') ? 'vi' : 'en'];

/** The packaged page speaks `?lang=en` or Vietnamese; its texts are marked `data-text`. */
function speak(editor: HTMLElement): void {
  if (!document.querySelector('[data-text]')) return;
  const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi';
  const page = words[lang].page;
  document.documentElement.lang = lang;
  document.title = page.title;
  editor.setAttribute('lang', lang);
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) el.textContent = page[el.dataset.text as keyof typeof page] ?? '';
  const other = document.querySelector<HTMLAnchorElement>('[data-lang-link]');
  if (other) {
    other.href = `?lang=${lang === 'en' ? 'vi' : 'en'}`;
    other.lang = lang === 'en' ? 'vi' : 'en';
  }
}

function start(): void {
  const editor = document.querySelector('gp-editor');
  const input = document.querySelector<HTMLInputElement>('input[data-file]');
  const status = document.querySelector<HTMLElement>('[data-status]');
  if (!editor || !input) return;
  speak(editor);
  let fileName = 'tutorial.json';
  const tell = (text: string) => {
    if (status) status.textContent = text;
  };

  document.querySelector('[data-action="open"]')?.addEventListener('click', () => input.click());
  document.querySelector('[data-action="new"]')?.addEventListener('click', () => {
    fileName = 'tutorial.json';
    editor.draftKey = 'page:new';
    editor.value = newDraft(editor.lang === 'en' ? 'en' : 'vi');
    tell(say().fresh);
  });
  document.querySelector('[data-action="download"]')?.addEventListener('click', () => void editor.save());

  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await file.text();
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      tell(say().notJson(file.name, parseTutorial(text, { lang: document.documentElement.lang }).problems[0]?.message ?? ''));
      return;
    }
    fileName = file.name;
    editor.draftKey = `page:${file.name}`;
    editor.value = data;
    tell(say().opened(file.name));
  });

  editor.addEventListener('gp-save', (event) => {
    const url = URL.createObjectURL(new Blob([event.detail.text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    editor.markSaved(event.detail.value);
    tell(say().downloaded(fileName));
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
