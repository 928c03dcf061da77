import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from './helpers.js';

// The accessibility checks of every other test are only worth something if they can fail:
// a deliberately inaccessible element must be caught.
class BadFixture extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const button = document.createElement('button'); // no accessible name
    const low = document.createElement('p');
    low.textContent = 'Low contrast text';
    low.style.color = '#999';
    const img = document.createElement('img'); // no alt
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    root.append(button, low, img);
  }
}
customElements.define('gp-test-inaccessible', BadFixture);

describe('the axe guard', () => {
  it('fails on an inaccessible element inside a shadow root', async () => {
    const el = await fixture(html`<gp-test-inaccessible></gp-test-inaccessible>`);
    let message = '';
    try {
      await expectAccessible(el);
    } catch (error) {
      message = String(error);
    }
    expect(message).to.contain('button-name');
    expect(message).to.contain('image-alt');
    expect(message).to.contain('color-contrast');
  });

  it('passes an accessible element', async () => {
    const el = await fixture(html`<div><button>Start</button><p>Readable text</p></div>`);
    await expectAccessible(el);
  });
});
