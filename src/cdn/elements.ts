/**
 * The code of each `gp-*` element, loaded on demand. Every element the library ships is
 * listed here (a Node test checks it against src/elements/gp-*.ts): the autoloader loads
 * nothing it does not know.
 */
export const elementLoaders: Readonly<Record<string, () => Promise<unknown>>> = {
  'gp-tutorial': () => import('../elements/gp-tutorial.js'),
  'gp-tour': () => import('../elements/gp-tour.js'),
  'gp-progress': () => import('../elements/gp-progress.js'),
  'gp-help': () => import('../elements/gp-help.js'),
  // For printing: with the QR code library it uses, only a page that shows one downloads it.
  'gp-handbook': () => import('../elements/gp-handbook.js'),
  // The station screen of kiosk mode: also loaded for a `kiosk` attribute or setKioskMode().
  'gp-kiosk': () => import('../elements/gp-kiosk.js'),
  'gp-catalog': () => import('../elements/gp-catalog.js'),
  'gp-lookup': () => import('../elements/gp-lookup.js'),
  // A portal header's text size and display choices, shared by every element on the page.
  'gp-preferences': () => import('../elements/gp-preferences.js'),
};
