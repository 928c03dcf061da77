import { setKioskMode } from '../dist/cdn/guidepost.js';

// A Digital Citizen Station: a shared screen in a ward office. The whole page is in kiosk mode:
// progress stays in memory, and after 3 minutes without a touch the screen asks "Are you still
// there?" and then clears everything. The language choice is not remembered either: it lasts
// until the next person (guidepost puts <html lang> back when it clears).
const guides = [
  { id: 'vneid-level-2', vi: 'Kích hoạt tài khoản định danh điện tử mức 2', en: 'Activate a level-2 e-ID account' },
  { id: 'dvc-file-application', vi: 'Nộp hồ sơ trên Cổng Dịch vụ công quốc gia', en: 'File an application on the National Public Service Portal' },
  { id: 'vssid-lookup', vi: 'Xem bảo hiểm y tế, bảo hiểm xã hội trên VssID', en: 'Look up health and social insurance in VssID' },
  { id: 'pay-bill-qr', vi: 'Trả tiền điện, nước bằng mã QR', en: 'Pay an electricity or water bill by QR code' },
];

const strings = {
  vi: {
    portal: 'Điểm phục vụ công dân số – Phường Tây Tựu',
    demoNote: 'Trang minh hoạ của guidepost – không phải trang chính thức',
    heading: 'Máy dùng chung: làm thủ tục từng bước',
    lead: 'Máy này dùng chung cho mọi người. Khi bạn xong, hoặc khi không ai dùng máy vài phút, mọi thứ bạn đã làm sẽ được xoá.',
    choose: 'Chọn hướng dẫn',
    guideRegion: 'Hướng dẫn',
    title: 'Điểm phục vụ công dân số – Phường Tây Tựu (trang minh hoạ)',
  },
  en: {
    portal: 'Digital Citizen Station – Tây Tựu Ward',
    demoNote: 'A guidepost demo page – not an official site',
    heading: 'Shared screen: do your paperwork step by step',
    lead: 'Everyone uses this screen. When you finish, or when nobody has used it for a few minutes, everything you did is cleared.',
    choose: 'Choose a guide',
    guideRegion: 'Guide',
    title: 'Digital Citizen Station – Tây Tựu Ward (demo)',
  },
};

const tutorial = document.getElementById('tutorial');
const list = document.getElementById('guides');
let selected = guides[0].id;

const lang = () => (document.documentElement.lang === 'en' ? 'en' : 'vi');

function render() {
  const s = strings[lang()];
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = s[el.dataset.i18n];
  for (const el of document.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', s[el.dataset.i18nLabel]);
  for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang()));
  document.title = s.title;
  list.replaceChildren(
    ...guides.map((g) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = g[lang()];
      if (g.id === selected) button.setAttribute('aria-current', 'true');
      button.addEventListener('click', () => show(g.id));
      li.append(button);
      return li;
    }),
  );
}

function show(id) {
  selected = id;
  tutorial.setAttribute('src', `../examples/${id}.json`);
  render();
}

for (const b of document.querySelectorAll('[data-lang]')) {
  b.addEventListener('click', () => {
    // Not stored anywhere: the next person starts in Vietnamese again.
    document.documentElement.lang = b.dataset.lang;
    render();
  });
}

// After a clear, the station shows the first guide again, in the page's own language.
new MutationObserver(render).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
document.addEventListener('gp-kiosk-reset', (e) => {
  console.info('gp-kiosk-reset', e.detail);
  show(guides[0].id);
});

await setKioskMode({ idleMinutes: 3 });
show(guides[0].id);
