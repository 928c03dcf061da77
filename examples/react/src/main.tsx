import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The package's JSX types for the gp-* elements (props, attributes and ongp-* events), once per app.
import type {} from 'guidepost/react';
import { App } from './App.js';

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
