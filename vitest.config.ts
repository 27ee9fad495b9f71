import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { datasetFileHash } from './modules/validate-dataset';

// Unit, DOM and component tests: fast, in happy-dom, with WXT's fake browser.
export default defineConfig({
  plugins: [WxtVitest()],
  // The build defines the dataset hash (modules/validate-dataset.ts); tests see the same value.
  define: { __BACKSTORY_DATASET_HASH__: JSON.stringify(datasetFileHash()) },
  test: {
    environment: 'happy-dom',
    include: ['tests/{unit,dom,components}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // The background inserts this file's text (`?raw`): tests see the real text, not an empty one.
    css: { include: [/highlights\.css/] },
  },
});
