// An Angular 20 component with a guide, written as a portal developer would from the docs.
// CUSTOM_ELEMENTS_SCHEMA lets the template use <gp-tutorial>; properties are bound with […]
// and events with (…).
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal, type OnInit } from '@angular/core';
// Defines <gp-tutorial> before Angular first renders it.
import 'guidepost/elements/gp-tutorial.js';
import { validateTutorial, type GpStepChangeDetail, type Tutorial } from 'guidepost';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Ward portal</h1>
      <p data-status>{{ status() }}</p>
      @if (tutorial(); as t) {
        <!-- The tutorial is set as a property, so its pictures need to know their folder (base). -->
        <gp-tutorial lang="en" storage="none" heading-level="2" base="/guides/" [tutorial]="t" (gp-step-change)="onStep($event)"></gp-tutorial>
      }
    </main>
  `,
})
export class AppComponent implements OnInit {
  readonly tutorial = signal<Tutorial | undefined>(undefined);
  readonly status = signal('Not started yet');

  async ngOnInit(): Promise<void> {
    const result = validateTutorial(await (await fetch('/guides/vneid-level-2.json')).json());
    if (result.ok) this.tutorial.set(result.tutorial);
    else console.table(result.problems);
  }

  /** `$event` is the element's `gp-step-change` event (a `CustomEvent<GpStepChangeDetail>`). */
  onStep(event: Event): void {
    const { index, total, stepId } = (event as CustomEvent<GpStepChangeDetail>).detail;
    this.status.set(`Step ${index + 1} of ${total}: ${stepId}`);
  }
}
