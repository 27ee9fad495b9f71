/**
 * Which `browser` each script gets from `wxt/browser`: webextension-polyfill everywhere
 * (the background, the popup, the engine and the popover), except in the content script that
 * every page loads (entrypoints/content/, the first pass), which gets the browser's own API
 * (`browser` in Firefox, `chrome` in Chrome; both return promises in MV3) through WXT's plain
 * `@wxt-dev/browser`. Evaluating the polyfill costs milliseconds on every page, and the first
 * pass uses only what both browsers have natively: storage.sync.get, storage.onChanged,
 * runtime.onMessage answered with `sendResponse`, runtime.getURL.
 *
 * This replaces the `@wxt-dev/webextension-polyfill` module, which aliases `wxt/browser` to the
 * polyfill in every build. WXT builds each content script on its own (an IIFE library build),
 * so the choice is made per build: a build of content scripts only keeps WXT's own resolution.
 */
import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';

const POLYFILL = '@wxt-dev/webextension-polyfill/browser';

function polyfillPlugin(): Plugin {
  return {
    name: 'backstory:browser-polyfill',
    enforce: 'pre',
    resolveId(id) {
      if (id !== 'wxt/browser') return null;
      // Resolved from the project, whoever imports it (WXT's own files do too).
      return this.resolve(POLYFILL, undefined, { skipSelf: true });
    },
  };
}

export default defineWxtModule({
  name: 'browser-api',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      config.plugins = [...(config.plugins ?? []), polyfillPlugin()];
    });
    wxt.hook('vite:devServer:extendConfig', (config) => {
      config.plugins = [...(config.plugins ?? []), polyfillPlugin()];
    });
  },
});
