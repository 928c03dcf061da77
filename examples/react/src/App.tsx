// A React 19 page with a guide, written as a portal developer would from the docs. The typings
// for <gp-tutorial> come from the package (guidepost/react, imported once in main.tsx).
import { useEffect, useState } from 'react';
// Defines <gp-tutorial> before React first renders it, so React sets `tutorial` as a property.
import 'guidepost/elements/gp-tutorial.js';
import { validateTutorial, type GpStepChangeDetail, type Tutorial } from 'guidepost';

export function App() {
  const [tutorial, setTutorial] = useState<Tutorial>();
  const [step, setStep] = useState<GpStepChangeDetail>();

  useEffect(() => {
    void fetch('/guides/vneid-level-2.json')
      .then((response) => response.json())
      .then((data: unknown) => {
        const result = validateTutorial(data);
        if (result.ok) setTutorial(result.tutorial);
        else console.table(result.problems);
      });
  }, []);

  return (
    <main>
      <h1>Ward portal</h1>
      <p data-status>{step ? `Step ${step.index + 1} of ${step.total}: ${step.stepId}` : 'Not started yet'}</p>
      {tutorial && (
        <gp-tutorial
          lang="en"
          storage="none"
          heading-level="2"
          // The tutorial is set as a property, so its pictures need to know their folder.
          base="/guides/"
          tutorial={tutorial}
          // "on" + the exact event name; onGpStepChange would be ignored by React.
          ongp-step-change={(event) => setStep(event.detail)}
        />
      )}
    </main>
  );
}
