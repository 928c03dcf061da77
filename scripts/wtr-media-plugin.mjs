// A test-runner command that emulates any CSS media feature through the Chrome DevTools
// Protocol. @web/test-runner's own emulateMedia() ignores `forced-colors` on Chromium, and
// forced colors (Windows high contrast) is a mode our citizens use.
//   await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])
export function mediaFeaturesPlugin() {
  // Emulation ends when its DevTools session detaches, so keep one session per page.
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload ?? [] });
      return true;
    },
  };
}
