import { languageSwitch } from './language.js';

// The demo ward portal: a list of guides, one <gp-tutorial>, and a language switch that sets
// <html lang> (the elements follow it). No inline script, so it runs under a strict CSP.
const guides = [
  { id: 'vneid-level-2', vi: 'Kích hoạt tài khoản định danh điện tử mức 2', en: 'Activate a level-2 e-ID account' },
  { id: 'vneid-change-phone', vi: 'Đổi số điện thoại hoặc máy cho VNeID', en: 'Change the phone number or device on VNeID' },
  { id: 'dvc-file-application', vi: 'Nộp hồ sơ trên Cổng Dịch vụ công quốc gia', en: 'File an application on the National Public Service Portal' },
  { id: 'vssid-lookup', vi: 'Xem bảo hiểm y tế, bảo hiểm xã hội trên VssID', en: 'Look up health and social insurance in VssID' },
  { id: 'etax-mobile', vi: 'Tra cứu thuế thu nhập cá nhân trên eTax Mobile', en: 'Look up personal income tax in eTax Mobile' },
  { id: 'pay-bill-qr', vi: 'Trả tiền điện, nước bằng mã QR', en: 'Pay an electricity or water bill by QR code' },
];

const strings = {
  vi: {
    skip: 'Bỏ qua, đến nội dung chính',
    portal: 'Cổng thông tin Phường Tây Tựu',
    demoNote: 'Trang minh hoạ của guidepost – không phải trang chính thức',
    heading: 'Hướng dẫn từng bước',
    lead: 'Chọn việc bạn muốn làm. Hướng dẫn đi từng bước một, chữ to, và bạn có thể dừng rồi làm tiếp sau.',
    choose: 'Chọn hướng dẫn',
    guideRegion: 'Hướng dẫn',
    footer: 'UBND Phường Tây Tựu (tên minh hoạ) · Số liệu và số điện thoại trên trang này là giả.',
    title: 'Hướng dẫn dịch vụ công – Phường Tây Tựu (trang minh hoạ)',
    more: 'Xem thêm trong trang minh hoạ',
    tourLink: 'Khai báo cư trú, có hướng dẫn ngay trên tờ khai',
    deskLink: 'Bàn hỗ trợ: cán bộ xem bước theo mã tra cứu của người dân',
    editorLink: 'Soạn hướng dẫn: cán bộ viết hướng dẫn mà không cần biết lập trình',
  },
  en: {
    skip: 'Skip to main content',
    portal: 'Tây Tựu Ward portal',
    demoNote: 'A guidepost demo – not an official site',
    heading: 'Step-by-step guides',
    lead: 'Choose what you want to do. The guide goes one step at a time, in large text, and you can stop and continue later.',
    choose: 'Choose a guide',
    guideRegion: 'Guide',
    footer: 'Tây Tựu Ward People’s Committee (a made-up example) · Figures and phone numbers on this page are not real.',
    title: 'Public service guides – Tây Tựu Ward (demo)',
    more: 'More in this demo',
    tourLink: 'Declare your residence, with guidance right on the form',
    deskLink: 'Helper desk: staff look up a citizen’s reference code',
    editorLink: 'Tutorial editor: staff write guides without programming',
  },
};

const tutorial = document.getElementById('tutorial');
const list = document.getElementById('guides');

function currentLang() {
  return document.documentElement.lang === 'en' ? 'en' : 'vi';
}

function renderList() {
  const lang = currentLang();
  const selected = new URLSearchParams(location.search).get('guide') ?? guides[0].id;
  list.replaceChildren(
    ...guides.map((g) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `?guide=${g.id}`;
      a.textContent = g[lang];
      if (g.id === selected) a.setAttribute('aria-current', 'page');
      a.addEventListener('click', (event) => {
        event.preventDefault();
        history.pushState(null, '', a.href);
        show(g.id);
      });
      li.append(a);
      return li;
    }),
  );
}

function show(id) {
  tutorial.setAttribute('src', `../examples/${id}.json`);
  renderList();
}

window.addEventListener('popstate', () => show(new URLSearchParams(location.search).get('guide') ?? guides[0].id));

// Show what the library reports, as a portal's analytics would (no personal data in any event).
for (const name of ['gp-start', 'gp-step-change', 'gp-complete', 'gp-help-request', 'gp-error']) {
  document.addEventListener(name, (e) => console.info(name, e.detail));
}

languageSwitch(strings, renderList);
show(new URLSearchParams(location.search).get('guide') ?? guides[0].id);
