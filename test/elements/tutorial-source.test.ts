// Where an element's tutorial comes from: the core loads and validates it once, and the
// element's source controller keeps only the newest request.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { checkTutorial, loadTutorial, type LoadResult } from '../../src/core/load/index.js';
import { TutorialSourceController } from '../../src/elements/controllers/tutorial-source.js';
import { branching, linear } from '../fixtures/tutorials.js';

class SourceProbe extends LitElement {
  src?: string;
  tutorial?: unknown;
  readonly results: LoadResult[] = [];
  readonly source = new TutorialSourceController(this, (result) => this.results.push(result), false);
}
customElements.define('gp-test-source-probe', SourceProbe);

describe('loading a tutorial', () => {
  it('validates a tutorial once: one it produced comes back as it is, without a new check', async () => {
    const first = await checkTutorial(structuredClone(linear));
    expect(first.ok).to.equal(true);
    const tutorial = (first as Extract<LoadResult, { ok: true }>).tutorial;
    const again = await checkTutorial(tutorial);
    const third = await checkTutorial(tutorial);
    // A new check would make a new, normalized copy; the one already valid is handed back.
    expect((again as Extract<LoadResult, { ok: true }>).tutorial).to.equal(tutorial);
    expect(third).to.equal(again);
    // An object from outside is still checked: a copy, validated anew.
    const outside = structuredClone(linear);
    expect(((await checkTutorial(outside)) as Extract<LoadResult, { ok: true }>).tutorial).to.not.equal(outside);
  });

  it('keeps only the newest request when the tutorial is swapped quickly', async () => {
    const el = await fixture<SourceProbe>(html`<gp-test-source-probe></gp-test-source-probe>`);
    const older = el.source.check(structuredClone(linear));
    const newer = el.source.check(structuredClone(branching));
    await Promise.all([older, newer]);
    await el.source.settled();
    expect(el.results.map((r) => (r.ok ? r.tutorial.id : r.kind))).to.deep.equal([branching.id]);
  });

  it('refuses a file past the length limit as guidepost validate does, even when it is valid JSON', async () => {
    // A good tutorial followed by 10,000,000 spaces: JSON.parse reads it quickly and the checks
    // find nothing wrong in it, but the element must not show what the command refuses.
    const padded = JSON.stringify(linear) + ' '.repeat(10_000_000);
    const url = URL.createObjectURL(new Blob([padded], { type: 'application/json' }));
    try {
      const result = await loadTutorial(url);
      expect(result?.ok).to.equal(false);
      const failed = result as Extract<LoadResult, { ok: false }>;
      expect(failed.kind).to.equal('invalid');
      expect(failed.detail.problems.map((p) => p.code)).to.deep.equal(['too-large']);
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});
