// The parts of Floating UI the tour uses, as one module that placement.ts loads on demand (a
// dynamic import of the package itself would bring all of it).
export { autoUpdate, computePosition, detectOverflow, flip, offset, shift, size } from '@floating-ui/dom';
