export default {
  // guide-element.ts: the properties <gp-tutorial> and <gp-tour> inherit from it.
  globs: ['src/elements/gp-*/gp-*.ts', 'src/elements/common/guide-element.ts'],
  exclude: [],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
