// The tour of scripts/bench/tour.html with the library named in `?lib=` (guidepost, shepherd or
// driver): the same steps over the same fields. `window.bench` lets scripts/bench-tour.mjs start
// it, move it on and see when a step is on screen; "Show me how" starts it, as on a portal.
const steps = [
  { id: 'child-name', target: '#child-name', title: 'Họ và tên trẻ', text: 'Gõ họ và tên của trẻ, có dấu, như trên giấy chứng sinh.' },
  { id: 'birth-date', target: '#birth-date', title: 'Ngày sinh', text: 'Chọn ngày sinh của trẻ.' },
  { id: 'birth-place', target: '#birth-place', title: 'Nơi sinh', text: 'Gõ tên bệnh viện hoặc nơi trẻ được sinh ra.' },
  { id: 'parent-name', target: '#parent-name', title: 'Người đi đăng ký', text: 'Gõ họ và tên của bạn.' },
  { id: 'parent-id', target: '#parent-id', title: 'Số căn cước', text: 'Gõ 12 chữ số trên căn cước của bạn.' },
  { id: 'submit', target: '#submit', title: 'Gửi hồ sơ', text: 'Bấm Gửi hồ sơ khi đã điền xong.' },
];
const lib = new URLSearchParams(location.search).get('lib');

function css(href) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

async function guidepost() {
  await import('/dist/cdn/guidepost.js');
  const tour = document.createElement('gp-tour');
  tour.setAttribute('storage', 'none');
  tour.tutorial = {
    format: 1, id: 'bench-birth', revision: 1, lang: 'vi', title: 'Đăng ký khai sinh',
    steps: steps.map((s) => ({ id: s.id, title: s.title, body: s.text, target: s.target })),
  };
  document.body.append(tour);
  await customElements.whenDefined('gp-tour');
  const heading = () => tour.shadowRoot?.querySelector('.step-heading')?.textContent ?? '';
  return {
    start: () => void tour.start(),
    next: () => tour.next(),
    back: () => tour.back(),
    shows: (i) => heading().includes(steps[i].title),
  };
}

async function shepherd() {
  css('/bench-libs/shepherd.css');
  const { default: Shepherd } = await import('/bench-libs/shepherd.js');
  const tour = new Shepherd.Tour({ defaultStepOptions: { cancelIcon: { enabled: true } } });
  for (const s of steps) {
    tour.addStep({
      id: s.id, title: s.title, text: s.text, attachTo: { element: s.target, on: 'right' },
      buttons: [{ text: 'Quay lại', action: tour.back }, { text: 'Tiếp theo', action: tour.next }],
    });
  }
  const shown = (id) => document.querySelector(`.shepherd-element.shepherd-enabled[data-shepherd-step-id="${id}"]`);
  return {
    start: () => tour.start(),
    next: () => tour.next(),
    back: () => tour.back(),
    shows: (i) => Boolean(shown(steps[i].id)),
  };
}

async function driverJs() {
  css('/bench-libs/driver.css');
  const { driver } = await import('/bench-libs/driver.js');
  const tour = driver({ showProgress: true, steps: steps.map((s) => ({ element: s.target, popover: { title: s.title, description: s.text } })) });
  const title = () => document.querySelector('.driver-popover .driver-popover-title')?.textContent ?? '';
  return {
    start: () => tour.drive(),
    next: () => tour.moveNext(),
    back: () => tour.movePrevious(),
    shows: (i) => title() === steps[i].title,
  };
}

const api = await { guidepost, shepherd, driver: driverJs }[lib]();

/** Resolves with the time, after `from`, when step `i` is on screen and a frame was painted with it. */
function whenShown(i, from) {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (api.shows(i)) requestAnimationFrame(() => resolve(performance.now() - from));
      else if (performance.now() - from > 20000) reject(new Error(`${lib}: step ${i + 1} was not shown within 20 s`));
      else requestAnimationFrame(check);
    };
    check();
  });
}

let clicked;
document.getElementById('show-me').addEventListener('click', (event) => {
  clicked = whenShown(0, event.timeStamp);
  api.start();
});

window.bench = {
  steps: steps.length,
  ready: true,
  firstStep: () => clicked,
  move: async (i, forward) => {
    const t0 = performance.now();
    if (forward) api.next();
    else api.back();
    return whenShown(i, t0);
  },
};
