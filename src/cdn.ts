// The CDN entry (dist/cdn/guidepost.js): defines every element, with lit and every other
// dependency bundled in. The core API (validateTutorial, decodeReference…) for portals with no
// build step is the second CDN entry, dist/cdn/core.js; both share their chunks.
export * from './elements.js';
