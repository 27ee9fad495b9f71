import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit, DOM and component tests: fast, in happy-dom, with WXT's fake browser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/{unit,dom,components}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
