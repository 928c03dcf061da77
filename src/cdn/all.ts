// The all-at-once CDN entry (dist/cdn/all.js): defines every element as soon as it loads, with
// lit and every other dependency bundled in, and exports their classes. Most pages want
// dist/cdn/guidepost.js instead, which loads an element's code only when its tag is used.
export * from '../elements.js';
