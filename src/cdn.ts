// The CDN entry (dist/cdn/guidepost.js): defines every element, with lit and every other
// dependency bundled in. The core API is re-exported for portals with no build step.
export * from './elements.js';
export * from './index.js';
