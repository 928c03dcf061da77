import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

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
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Text a citizen reads is never HTML.' }] }],
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Nothing from a tutorial ever reaches innerHTML.' }, { property: 'outerHTML' }, { property: 'insertAdjacentHTML' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use string unions, not enums (house style).' }],
    },
  },
  {
    // Heading levels come from the heading-level attribute through lit/static-html.js's
    // `literal` tags (a fixed list h1–h6), which eslint-plugin-lit reads as bindings in tag names.
    files: ['src/elements/gp-tutorial/gp-tutorial.ts', 'src/elements/gp-help/gp-help.ts', 'src/elements/gp-help/render-reference.ts'],
    rules: { 'lit/binding-positions': 'off', 'lit/no-invalid-html': 'off' },
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
