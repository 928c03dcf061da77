// The helper desk: a hotline operator types the reference code a citizen reads out, and sees the
// same guide at the same step, in the operator's own language. No inline script, so it runs under
// the demo's strict CSP; every text goes in through textContent.
//
// The core API comes from the CDN build's second entry (dist/cdn/core.js), which shares its
// chunks with dist/cdn/guidepost.js, the entry that defines the elements (loaded by the page).
import { formatReference, lookUpReference, normalizeReference, referencePrefix, resolveText, spokenGroups } from '../dist/cdn/core.js';
import { languageSwitch } from './language.js';

/** The tutorials this desk knows: a fixed list, as a real desk would configure. */
const files = ['vneid-level-2', 'vneid-change-phone', 'dvc-file-application', 'vssid-lookup', 'etax-mobile', 'pay-bill-qr', 'tour-residence-form'];

const strings = {
  vi: {
    skip: 'Bỏ qua, đến nội dung chính',
    back: '← Các hướng dẫn từng bước',
    portal: 'Bàn hỗ trợ – Phường Tây Tựu',
    demoNote: 'Trang minh hoạ của guidepost – không phải trang chính thức',
    heading: 'Xem bước theo mã tra cứu',
    lead: 'Người dân đọc cho bạn mã hiện trên màn hình của họ. Gõ mã vào đây để xem đúng hướng dẫn và đúng bước họ đang làm.',
    codeLabel: 'Mã tra cứu',
    codeHint:
      '8 ký tự, ví dụ 445M-301V. Chữ hoa hay chữ thường, dấu cách, dấu gạch ngang đều được; chữ O được đọc là số 0, chữ I và L là số 1.',
    show: 'Xem bước này',
    factGuide: 'Hướng dẫn',
    factRevision: 'Phiên bản',
    factStep: 'Bước',
    knownHeading: 'Các hướng dẫn bàn này biết',
    knownLead: 'Mọi mã của cùng một hướng dẫn đều bắt đầu bằng 4 ký tự giống nhau.',
    knownPrefix: '4 ký tự đầu',
    knownGuide: 'Hướng dẫn',
    knownRevision: 'Phiên bản',
    knownCaption: 'Hướng dẫn, 4 ký tự đầu của mã tra cứu và phiên bản',
    footer: 'Trang dành cho tổng đài viên và cán bộ hỗ trợ. Mã tra cứu không chứa thông tin cá nhân nào.',
    title: 'Bàn hỗ trợ: xem bước theo mã tra cứu – Phường Tây Tựu (trang minh hoạ)',
    resultHeading: 'Mã tra cứu {code}: {step}',
    resultGuide: 'Hướng dẫn “{title}”',
    stepFact: '{title} (bước thứ {number} trong tệp)',
    showing: 'Đang hiện bước “{step}” của hướng dẫn “{title}”.',
    problems: {
      empty: 'Hãy gõ mã mà người dân đọc cho bạn.',
      malformed: '“{code}” chưa phải là một mã đủ. Mã có 8 ký tự, ví dụ 445M-301V. Hãy nhờ người dân đọc lại từng nhóm 4 ký tự.',
      mistyped: 'Mã {code} có một ký tự bị nghe nhầm hoặc gõ nhầm. Hãy nhờ người dân đọc lại thật chậm, rồi bạn nhắc lại cho họ nghe.',
      'unknown-tutorial':
        'Bàn này không có hướng dẫn nào có mã bắt đầu bằng {prefix}. Có thể người dân đang dùng trang web khác: hãy hỏi họ đang ở trang nào.',
      ambiguous: 'Có hai hướng dẫn dùng chung mã {code}. Hãy hỏi người dân tên hướng dẫn họ đang thấy, và báo cho nhóm quản trị trang web.',
      'unknown-revision':
        'Đây là hướng dẫn “{title}”, nhưng người dân đang dùng một phiên bản khác với phiên bản bàn này có. Hướng dẫn được mở từ đầu ở dưới: hãy hỏi họ tên bước đang thấy.',
      'unknown-step':
        'Đây là hướng dẫn “{title}”, nhưng phiên bản bàn này có không có bước đó. Hướng dẫn được mở từ đầu ở dưới: hãy hỏi họ tên bước đang thấy.',
      'not-loaded': 'Không tải được các hướng dẫn nên chưa tra được mã. Hãy tải lại trang.',
    },
  },
  en: {
    skip: 'Skip to main content',
    back: '← Step-by-step guides',
    portal: 'Helper desk – Tây Tựu Ward',
    demoNote: 'A guidepost demo – not an official site',
    heading: 'Look up a reference code',
    lead: 'The citizen reads you the code on their screen. Type it here to see the same guide at the same step.',
    codeLabel: 'Reference code',
    codeHint: '8 characters, like 445M-301V. Upper or lower case, spaces and hyphens are all fine; the letter O is read as 0, I and L as 1.',
    show: 'Show this step',
    factGuide: 'Guide',
    factRevision: 'Version',
    factStep: 'Step',
    knownHeading: 'Guides this desk knows',
    knownLead: 'Every code of one guide starts with the same 4 characters.',
    knownPrefix: 'First 4 characters',
    knownGuide: 'Guide',
    knownRevision: 'Version',
    knownCaption: 'Guides, the first 4 characters of their reference codes, and versions',
    footer: 'For hotline operators and support staff. Reference codes contain no personal data.',
    title: 'Helper desk: look up a reference code – Tây Tựu Ward (demo)',
    resultHeading: 'Reference code {code}: {step}',
    resultGuide: 'The guide “{title}”',
    stepFact: '{title} (step {number} in the file)',
    showing: 'Showing the step “{step}” of the guide “{title}”.',
    problems: {
      empty: 'Type the code the citizen reads out to you.',
      malformed: '“{code}” is not a whole code. A code has 8 characters, like 445M-301V. Ask the citizen to read it again, four characters at a time.',
      mistyped: 'The code {code} has a character that was misheard or mistyped. Ask the citizen to read it again slowly, then read it back to them.',
      'unknown-tutorial': 'No guide on this desk has codes starting with {prefix}. The citizen may be on another website: ask which one.',
      ambiguous: 'Two guides share the code {code}. Ask the citizen the title of the guide they see, and tell the website team.',
      'unknown-revision':
        'This is the guide “{title}”, but the citizen has a different version of it than this desk. It is open below from the start: ask them the title of the step they see.',
      'unknown-step':
        'This is the guide “{title}”, but this desk’s version of it has no such step. It is open below from the start: ask them the title of the step they see.',
      'not-loaded': 'The guides could not be loaded, so codes cannot be looked up. Reload the page.',
    },
  },
};

const form = document.getElementById('lookup');
const input = document.getElementById('code');
const problem = document.getElementById('code-problem');
const status = document.getElementById('status');
const result = document.getElementById('result');
const slot = document.getElementById('tutorial-slot');

/** `{ file, tutorial }` for every example that loaded. */
let known = [];
/** What is on screen, so a language switch can say it again in the other language. */
let shown;

const loaded = Promise.all(
  files.map(async (file) => {
    try {
      const response = await fetch(`../examples/${file}.json`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return { file, tutorial: await response.json() };
    } catch (error) {
      console.error(`helper desk: could not load ${file}.json`, error);
      return undefined;
    }
  }),
).then((list) => {
  known = list.filter(Boolean);
  renderKnown();
});

function lang() {
  return document.documentElement.lang === 'en' ? 'en' : 'vi';
}

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
}

/**
 * A code as it is shown, and as a screen reader should say it: one character at a time, group
 * by group ("4 4 5 M, 1 0 0 9"), not "four hundred and forty-five M".
 */
function codeNodes(code) {
  const shown = document.createElement('span');
  shown.setAttribute('aria-hidden', 'true');
  shown.textContent = code;
  const said = document.createElement('span');
  said.className = 'visually-hidden';
  said.textContent = spokenGroups(code);
  return [shown, said];
}

/** Fills `el` with `template`, the codes among `values` (named in `codes`) said as codes. */
function fillInto(el, template, values, codes = ['code', 'prefix']) {
  const nodes = template.split(/(\{\w+\})/).map((piece) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (!name) return piece;
    const value = values[name] ?? '';
    return codes.includes(name) && value ? codeNodes(value) : value;
  });
  el.replaceChildren(...nodes.flat());
}

function titleOf(tutorial) {
  return resolveText(tutorial.title, lang(), tutorial.lang);
}

async function lookUp(typed) {
  await loaded;
  const cleaned = normalizeReference(typed);
  if (!cleaned) return { problem: 'empty', typed };
  if (known.length === 0) return { problem: 'not-loaded', typed };
  const lookup = lookUpReference(typed, known.map((k) => k.tutorial));
  const entry = known.find((k) => k.tutorial.id === (lookup.ok ? lookup.reference.tutorialId : lookup.tutorialId));
  if (lookup.ok) return { code: formatReference(cleaned), entry, stepId: lookup.reference.stepId };
  return { problem: lookup.problem, typed, code: formatReference(cleaned), entry };
}

/** Shows what a lookup found: the step, or why not, with the guide from the start when it is known. */
function render() {
  const s = strings[lang()];
  if (!shown) return;
  const { problem: kind, code, entry, stepId, typed } = shown;
  if (kind) {
    const values = { code: kind === 'malformed' ? typed.trim() : code, prefix: code?.slice(0, 4), title: entry ? titleOf(entry.tutorial) : '' };
    // What the operator typed, when it is not a code, is said as typed.
    fillInto(problem, s.problems[kind], values, kind === 'malformed' ? ['prefix'] : undefined);
    input.setAttribute('aria-invalid', 'true');
    status.textContent = '';
  } else {
    problem.textContent = '';
    input.removeAttribute('aria-invalid');
  }
  if (!entry) {
    result.hidden = true;
    slot.replaceChildren();
    return;
  }
  const { tutorial } = entry;
  const index = stepId ? tutorial.steps.findIndex((step) => step.id === stepId) : -1;
  const step = tutorial.steps[index];
  const stepTitle = step ? resolveText(step.title, lang(), tutorial.lang) : '';
  const heading = document.getElementById('result-heading');
  if (step) fillInto(heading, s.resultHeading, { code, step: stepTitle });
  else heading.textContent = fill(s.resultGuide, { title: titleOf(tutorial) });
  document.getElementById('fact-guide').textContent = titleOf(tutorial);
  document.getElementById('fact-revision').textContent = String(tutorial.revision);
  document.getElementById('fact-step').textContent = step ? fill(s.stepFact, { title: stepTitle, number: index + 1 }) : '–';
  result.hidden = false;
  if (step) status.textContent = fill(s.showing, { step: stepTitle, title: titleOf(tutorial) });
}

/** A fresh <gp-tutorial> for each lookup: `start` is read when the tutorial loads. */
function showTutorial() {
  const entry = shown?.entry;
  if (!entry) return;
  const el = document.createElement('gp-tutorial');
  el.setAttribute('storage', 'none');
  el.setAttribute('heading-level', '3');
  if (shown.stepId) el.setAttribute('start', shown.stepId);
  el.setAttribute('src', `../examples/${entry.file}.json`);
  slot.replaceChildren(el);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  shown = await lookUp(input.value);
  render();
  showTutorial();
  if (shown.problem) {
    // Focus stays in the field with the code selected, so the operator can type it again at once.
    input.focus();
    input.select();
  }
  const url = new URL(location.href);
  if (shown.stepId) url.searchParams.set('code', shown.code);
  else url.searchParams.delete('code');
  history.replaceState(null, '', url);
});

function renderKnown() {
  const body = document.getElementById('known');
  body.replaceChildren(
    ...known.map(({ tutorial }) => {
      const row = document.createElement('tr');
      const prefix = document.createElement('td');
      prefix.className = 'prefix';
      prefix.replaceChildren(...codeNodes(referencePrefix(tutorial.id)));
      const title = document.createElement('td');
      title.textContent = titleOf(tutorial);
      const revision = document.createElement('td');
      revision.textContent = String(tutorial.revision);
      row.append(prefix, title, revision);
      return row;
    }),
  );
}


languageSwitch(strings, () => {
  renderKnown();
  render();
});

// A link such as helper-desk.html?code=445M-301V opens that step at once.
const fromUrl = new URLSearchParams(location.search).get('code');
if (fromUrl) {
  input.value = fromUrl;
  form.requestSubmit();
}
