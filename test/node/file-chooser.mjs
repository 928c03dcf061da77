// Answers a browser file chooser in a puppeteer test, without a race.
import assert from 'node:assert/strict';

/**
 * Runs `act` (a real key press or click that opens a file chooser) and answers the chooser
 * with `files`. Interception is switched on, and acknowledged, before `act` runs.
 * puppeteer's waitForFileChooser switches it on in the same breath as the action: the
 * renderer learns of it over DevTools while the key press reaches it over the input
 * channel, so under a loaded CPU the chooser could open first, be cancelled by headless
 * Chromium, and the test waited for a chooser that was already gone.
 */
export async function chooseFiles(page, act, files) {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('Page.enable');
    await cdp.send('Page.setInterceptFileChooserDialog', { enabled: true });
    const opened = new Promise((resolve) => cdp.once('Page.fileChooserOpened', resolve));
    await act();
    const { backendNodeId } = await opened;
    assert.ok(backendNodeId, 'the chooser belongs to a file input');
    await cdp.send('DOM.setFileInputFiles', { files, backendNodeId });
  } finally {
    await cdp.detach();
  }
}
