// Runs in a page with a strict Content Security Policy and Trusted Types enforced
// (see the "csp" group in web-test-runner.config.mjs). Any string-to-HTML sink, inline style
// attribute or script would raise a securitypolicyviolation event.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/gp-tutorial.js';
import type { GpTutorial } from '../../src/elements/gp-tutorial.js';
import { hostile, linear } from '../fixtures/tutorials.js';

describe('<gp-tutorial> under a strict CSP with Trusted Types', () => {
  const violations: string[] = [];
  const onViolation = (e: SecurityPolicyViolationEvent) => violations.push(`${e.violatedDirective}: ${e.sample}`);
  before(() => document.addEventListener('securitypolicyviolation', onViolation));
  after(() => document.removeEventListener('securitypolicyviolation', onViolation));

  it('really enforces Trusted Types in this page', () => {
    const div = document.createElement('div');
    expect(() => {
      div.innerHTML = '<b>x</b>';
    }).to.throw(TypeError);
  });

  it('renders, walks, changes text size and shows errors with no violation', async () => {
    await new Promise((r) => setTimeout(r, 50)); // the violation of the test above reports late
    violations.length = 0;
    const el = await fixture<GpTutorial>(html`<gp-tutorial lang="en" storage="none" .tutorial=${linear}></gp-tutorial>`);
    await waitUntil(() => el.shadowRoot!.querySelector('button'));
    const buttons = () => [...el.shadowRoot!.querySelectorAll('button')];
    buttons().find((b) => b.textContent?.includes('A++'))!.click();
    buttons().find((b) => b.textContent?.includes('Start'))!.click();
    await el.updateComplete;
    buttons().find((b) => b.textContent?.includes('Next'))!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.step-heading')!.textContent).to.contain('Step 2 of 3');
    expect(getComputedStyle(el).fontSize).to.equal('40px');

    const bad = await fixture<GpTutorial>(html`<gp-tutorial lang="en" .tutorial=${{ format: 1 }}></gp-tutorial>`);
    await waitUntil(() => bad.shadowRoot!.querySelector('[part="error"]'));
    const hostileEl = await fixture<GpTutorial>(html`<gp-tutorial lang="en" storage="none" start="one" .tutorial=${hostile}></gp-tutorial>`);
    await waitUntil(() => hostileEl.shadowRoot!.querySelector('.step-heading'));
    await new Promise((r) => setTimeout(r, 50));
    expect(violations.join("\n")).to.equal("");
    buttons().find((b) => b.textContent?.includes('A'))!.click(); // back to normal size
  });
});
