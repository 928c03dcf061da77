export default {
  globs: ['src/elements/gp-*/gp-*.ts'],
  exclude: ['src/elements/shared/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
