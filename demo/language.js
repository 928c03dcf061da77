// The demo pages' language switch: it sets <html lang> (guidepost elements without a lang of
// their own follow it), fills every [data-i18n] text and [data-i18n-label] name from `strings`,
// marks the pressed button, sets the page title, and remembers the choice for the other pages.
export function languageSwitch(strings, onChange = () => {}) {
  const apply = (lang) => {
    const s = strings[lang];
    document.documentElement.lang = lang;
    for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = s[el.dataset.i18n];
    for (const el of document.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', s[el.dataset.i18nLabel]);
    for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    document.title = s.title;
    try {
      localStorage.setItem('demo:lang', lang);
    } catch {
      /* the demo still works without storage */
    }
    onChange(lang);
  };
  for (const b of document.querySelectorAll('[data-lang]')) b.addEventListener('click', () => apply(b.dataset.lang));
  let saved = 'vi';
  try {
    saved = localStorage.getItem('demo:lang') ?? 'vi';
  } catch {
    /* ignore */
  }
  apply(saved === 'en' ? 'en' : 'vi');
}
