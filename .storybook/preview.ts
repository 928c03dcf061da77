import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    a11y: {
      // Fail the a11y panel (and `storybook test`) on violations, with the tags we promise.
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        rules: { 'color-contrast-enhanced': { enabled: true } },
      },
    },
    layout: 'padded',
  },
};

export default preview;
