import { languageSwitch } from './language.js';

// The demo ward portal: its home page is the catalog of guides (catalog.json, which lists the
// examples by category), and a language switch that sets <html lang> (the elements follow it).
// No inline script, so it runs under a strict CSP.
const strings = {
  vi: {
    skip: 'Bỏ qua, đến nội dung chính',
    portal: 'Cổng thông tin Phường Tây Tựu',
    demoNote: 'Trang minh hoạ của guidepost – không phải trang chính thức',
    heading: 'Hướng dẫn từng bước',
    lead: 'Chọn việc bạn muốn làm. Hướng dẫn đi từng bước một, chữ to, và bạn có thể dừng rồi làm tiếp sau.',
    guideRegion: 'Các hướng dẫn',
    footer: 'UBND Phường Tây Tựu (tên minh hoạ) · Số liệu và số điện thoại trên trang này là giả.',
    title: 'Hướng dẫn dịch vụ công – Phường Tây Tựu (trang minh hoạ)',
    more: 'Xem thêm trong trang minh hoạ',
    tourLink: 'Khai báo cư trú, có hướng dẫn ngay trên tờ khai',
    deskLink: 'Bàn hỗ trợ: cán bộ xem bước theo mã tra cứu của người dân',
    editorLink: 'Soạn hướng dẫn: cán bộ viết hướng dẫn mà không cần biết lập trình',
    kioskLink: 'Điểm phục vụ công dân số: máy dùng chung, tự xoá cho người sau',
    handbookLink: 'Sổ tay in: hướng dẫn trên giấy, chữ to, có mã QR',
  },
  en: {
    skip: 'Skip to main content',
    portal: 'Tây Tựu Ward portal',
    demoNote: 'A guidepost demo – not an official site',
    heading: 'Step-by-step guides',
    lead: 'Choose what you want to do. The guide goes one step at a time, in large text, and you can stop and continue later.',
    guideRegion: 'Guides',
    footer: 'Tây Tựu Ward People’s Committee (a made-up example) · Figures and phone numbers on this page are not real.',
    title: 'Public service guides – Tây Tựu Ward (demo)',
    more: 'More in this demo',
    tourLink: 'Declare your residence, with guidance right on the form',
    deskLink: 'Helper desk: staff look up a citizen’s reference code',
    editorLink: 'Tutorial editor: staff write guides without programming',
    kioskLink: 'Digital Citizen Station: a shared screen that clears itself for the next person',
    handbookLink: 'Printed handbook: a guide on paper, in large type, with QR codes',
  },
};

// Show what the library reports, as a portal's analytics would (no personal data in any event).
for (const name of ['gp-start', 'gp-step-change', 'gp-complete', 'gp-help-request', 'gp-error']) {
  document.addEventListener(name, (e) => console.info(name, e.detail));
}

languageSwitch(strings);
