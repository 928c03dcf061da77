import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

// One layer, one job (docs/architecture.md): the core holds every rule and knows no DOM and no
// Lit; the elements are views over it; the command is Node. Each folder of the core is entered
// through its index.ts only, so what a folder keeps to itself can change freely.
const unsafeHtml = { name: 'lit/directives/unsafe-html.js', message: 'Text a citizen reads is never HTML.' };
const coreEntries = {
  group: ['**/core/*.js', '**/core/*/**', '!**/core/*/index.js'],
  message: 'Outside src/core, import a core folder through its index.ts (core/<folder>/index.js).',
};
const restrict = (...patterns) => ['error', { paths: [unsafeHtml], patterns }];

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'node_modules/', 'schema/', 'custom-elements.json', '.test-results/', 'coverage/'],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    rules: {
      // The public API never uses `any`; tests may need it to feed deliberately bad input.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Nothing from a tutorial may reach innerHTML; Lit's unsafeHTML is banned outright.
      'no-restricted-imports': restrict(),
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Nothing from a tutorial ever reaches innerHTML.' }, { property: 'outerHTML' }, { property: 'insertAdjacentHTML' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use string unions, not enums (house style).' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        { group: ['lit', 'lit/*', '@lit/*'], message: 'The core knows no DOM and no Lit: views belong in src/elements.' },
        { group: ['**/elements/**', '**/elements.js', '**/cli/**'], message: 'The core never imports the elements or the command.' },
      ),
    },
  },
  {
    files: ['src/elements/**/*.ts', 'src/index.ts', 'src/elements.ts'],
    rules: {
      'no-restricted-imports': restrict(coreEntries, { group: ['**/cli/**'], message: 'The browser side never imports the command.' }),
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(coreEntries) },
  },
  {
    // Heading levels come from the heading-level attribute through lit/static-html.js's
    // `literal` tags (a fixed list h1–h6), which eslint-plugin-lit reads as bindings in tag names.
    files: [
      'src/elements/gp-tutorial/gp-tutorial.ts',
      'src/elements/gp-tutorial/views.ts',
      'src/elements/common/step-view.ts',
      'src/elements/gp-help/gp-help.ts',
      'src/elements/gp-help/render-reference.ts',
      'src/elements/gp-catalog/gp-catalog.ts',
      'src/elements/gp-lookup/gp-lookup.ts',
    ],
    rules: { 'lit/binding-positions': 'off', 'lit/no-invalid-html': 'off' },
  },
  {
    // Ambient globals are declared with `var`: only a `var` is a property of globalThis.
    files: ['types/**/*.d.ts'],
    rules: { 'no-var': 'off' },
  },
  {
    files: ['test/**', 'stories/**', 'scripts/**', '*.config.*'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-properties': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
