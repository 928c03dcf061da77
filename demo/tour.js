// The demo ward portal's residence form with a <gp-tour> over it: "Show me how" starts the tour,
// the language switch sets <html lang> (the tour follows it), and sending the form finishes the
// tour's last step. No inline script, so it runs under a strict CSP. Nothing is sent anywhere.
import { languageSwitch } from './language.js';
const strings = {
  vi: {
    skip: 'Bỏ qua, đến nội dung chính',
    portal: 'Cổng thông tin Phường Tây Tựu',
    demoNote: 'Trang minh hoạ của guidepost – không phải trang chính thức',
    back: '← Các hướng dẫn từng bước',
    heading: 'Khai báo cư trú',
    lead: 'Điền tờ khai dưới đây để báo nơi bạn đang ở. Nếu chưa quen, hãy bấm nút “Chỉ cho tôi cách điền”: hướng dẫn sẽ chỉ vào từng ô, lần lượt từ trên xuống.',
    showMe: 'Chỉ cho tôi cách điền',
    formHeading: 'Tờ khai cư trú',
    nameLabel: 'Họ và tên',
    nameHint: 'Có dấu, giống trên căn cước.',
    idLabel: 'Số căn cước',
    idHint: '12 chữ số, không có dấu cách.',
    phoneLabel: 'Số điện thoại',
    phoneHint: '10 chữ số. Phường sẽ nhắn tin vào số này.',
    wardLabel: 'Phường nơi bạn đang ở',
    wardChoose: 'Chọn phường',
    submit: 'Gửi tờ khai',
    sent: 'Đã nhận tờ khai của bạn (trang minh hoạ: thực ra không có gì được gửi đi). Cán bộ phường sẽ nhắn tin cho bạn trong 3 ngày làm việc.',
    footer: 'UBND Phường Tây Tựu (tên minh hoạ) · Không có thông tin nào trên trang này được gửi đi.',
    title: 'Khai báo cư trú – Phường Tây Tựu (trang minh hoạ)',
  },
  en: {
    skip: 'Skip to main content',
    portal: 'Tây Tựu Ward portal',
    demoNote: 'A guidepost demo – not an official site',
    back: '← Step-by-step guides',
    heading: 'Residence declaration',
    lead: 'Fill in the form below to tell the ward where you live. If you are not used to it, press “Show me how”: the guide will point to each box in turn, from top to bottom.',
    showMe: 'Show me how',
    formHeading: 'Residence form',
    nameLabel: 'Full name',
    nameHint: 'With accent marks, as on your ID card.',
    idLabel: 'ID card number',
    idHint: '12 digits, no spaces.',
    phoneLabel: 'Phone number',
    phoneHint: '10 digits. The ward will text this number.',
    wardLabel: 'The ward where you live',
    wardChoose: 'Choose a ward',
    submit: 'Send the form',
    sent: 'Your form was received (this is a demo: nothing was really sent). Ward staff will text you within 3 working days.',
    footer: 'Tây Tựu Ward People’s Committee (a made-up example) · Nothing on this page is sent anywhere.',
    title: 'Residence declaration – Tây Tựu Ward (demo)',
  },
};

const tour = document.getElementById('tour');
const form = document.getElementById('residence-form');
const sent = document.getElementById('sent');

function currentLang() {
  return document.documentElement.lang === 'en' ? 'en' : 'vi';
}


document.getElementById('show-me').addEventListener('click', () => {
  // Opens where the citizen left off last time, or at the first step.
  void tour.start();
});

// The step the tour is on, from its events (they carry ids and positions, no personal data).
let tourStep;
tour.addEventListener('gp-step-change', (e) => {
  tourStep = e.detail.stepId;
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  // Sending the form is what the tour's last step asks for: that finishes the tour
  // (gp-complete); sent earlier, the tour simply ends. A real portal would send the form here.
  if (tour.open) {
    if (tourStep === 'submit') tour.next();
    else tour.end();
  }
  form.reset();
  sent.textContent = strings[currentLang()].sent;
  sent.hidden = false;
  sent.focus();
});

// Show what the library reports, as a portal's analytics would (no personal data in any event).
for (const name of ['gp-start', 'gp-step-change', 'gp-complete', 'gp-exit', 'gp-help-request', 'gp-error']) {
  document.addEventListener(name, (e) => console.info(name, e.detail));
}

languageSwitch(strings, (lang) => {
  if (!sent.hidden) sent.textContent = strings[lang].sent;
});
