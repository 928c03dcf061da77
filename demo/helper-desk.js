// The helper desk: a hotline operator types the reference code a citizen reads out, and
// <gp-lookup> shows the same guide at the same step, in the operator's own language, from the
// demo's catalog. No inline script, so it runs under the demo's strict CSP. The code is never
// put in the address or stored: a desk keeps no record of the codes typed.
import { languageSwitch } from './language.js';

const strings = {
  vi: {
    skip: 'Bỏ qua, đến nội dung chính',
    back: '← Các hướng dẫn từng bước',
    portal: 'Bàn hỗ trợ – Phường Tây Tựu',
    demoNote: 'Trang minh hoạ của guidepost – không phải trang chính thức',
    heading: 'Tra mã tham chiếu',
    lead: 'Người dân đọc cho bạn mã hiện trên màn hình của họ. Gõ mã vào đây để xem đúng hướng dẫn và đúng bước họ đang làm.',
    lookupRegion: 'Tra mã',
    footer: 'Trang dành cho tổng đài viên và cán bộ hỗ trợ. Mã tham chiếu không chứa thông tin cá nhân nào.',
    title: 'Bàn hỗ trợ: tra mã tham chiếu – Phường Tây Tựu (trang minh hoạ)',
  },
  en: {
    skip: 'Skip to main content',
    back: '← Step-by-step guides',
    portal: 'Helper desk – Tây Tựu Ward',
    demoNote: 'A guidepost demo – not an official site',
    heading: 'Look up a reference code',
    lead: 'The citizen reads you the code on their screen. Type it here to see the same guide at the same step.',
    lookupRegion: 'Look up a code',
    footer: 'For hotline operators and support staff. Reference codes contain no personal data.',
    title: 'Helper desk: look up a reference code – Tây Tựu Ward (demo)',
  },
};

languageSwitch(strings);
