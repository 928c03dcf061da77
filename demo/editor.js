import { languageSwitch } from './language.js';

// The demo's editor page: the static editor (open a file, edit, download) inside the ward
// portal's frame. The language switch sets the editor's language too.
const strings = {
  vi: {
    skip: 'Bỏ qua, đến nội dung chính',
    portal: 'Soạn hướng dẫn – Phường Tây Tựu',
    demoNote: 'Trang minh hoạ của guidepost – không phải trang chính thức',
    back: '← Các hướng dẫn từng bước',
    heading: 'Soạn hướng dẫn',
    lead: 'Mở một tệp hướng dẫn từ máy tính, sửa trong các ô có tên rõ ràng, rồi tải tệp xuống. Trang này không gửi gì lên mạng.',
    open: 'Mở tệp',
    new: 'Hướng dẫn mới',
    download: 'Tải xuống',
    footer: 'Tệp bạn tải xuống là một hướng dẫn guidepost, sẵn để kiểm tra bằng lệnh guidepost validate.',
    title: 'Soạn hướng dẫn – Phường Tây Tựu (trang minh hoạ)',
  },
  en: {
    skip: 'Skip to main content',
    portal: 'Tutorial editor – Tây Tựu Ward',
    demoNote: 'A guidepost demo page – not an official site',
    back: '← Step-by-step guides',
    heading: 'Tutorial editor',
    lead: 'Open a tutorial file from your computer, edit it in clearly labelled fields, then download it. This page sends nothing anywhere.',
    open: 'Open a file',
    new: 'New tutorial',
    download: 'Download',
    footer: 'The file you download is a guidepost tutorial, ready to check with guidepost validate.',
    title: 'Tutorial editor – Tây Tựu Ward (demo)',
  },
};

const editor = document.querySelector('gp-editor');
languageSwitch(strings, (lang) => editor.setAttribute('lang', lang));
