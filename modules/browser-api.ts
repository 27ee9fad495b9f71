/**
 * Which `browser` each script gets from `wxt/browser`: webextension-polyfill in the background,
 * the popup and the popover; in the scripts the manifest and the background put into pages and
 * what they load there (entrypoints/first-pass/, key-check/, every-page/, engine/, and the
 * engine's quote-check.ts and matcher-compiler.ts), the
 * browser's own API (`browser` in Firefox, `chrome` in Chrome; both return promises in MV3),
 * found only when first used (utils/lazy-browser.ts). Evaluating the polyfill costs
 * milliseconds on every page, and in Firefox the first touch of `browser.runtime` costs tens: a
 * first pass that finds no key on the page touches no extension API at all; in the engine the
 * polyfill was ~9.6 KB of source kept for the page's life. These scripts use only what both
 * browsers have natively: storage.sync.get, storage.onChanged, runtime.getURL, runtime.id,
 * runtime.sendMessage, i18n.getUILanguage, and runtime.onMessage answered through
 * `sendResponse` (entrypoints/engine/start.ts).
 *
 * This replaces the `@wxt-dev/webextension-polyfill` module, which aliases `wxt/browser` to the
 * polyfill in every build. WXT builds each unlisted script on its own (an IIFE library build),
 * so the choice is made per build.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';

const POLYFILL = '@wxt-dev/webextension-polyfill/browser';
const LAZY_NATIVE = 'utils/lazy-browser.ts';

/** The unlisted scripts that run in web pages (entrypoints/<name>/ or <name>.ts). */
export const PAGE_SCRIPTS = [
  'first-pass',
  'key-check',
  'every-page',
  'engine',
  'quote-check',
  'matcher-compiler',
];

function browserApiPlugin(root: string, native: boolean): Plugin {
  return {
    name: 'backstory:browser-api',
    enforce: 'pre',
    resolveId(id) {
      if (id !== 'wxt/browser') return null;
      if (native) return resolve(root, LAZY_NATIVE);
      // Resolved from the project, whoever imports it (WXT's own files do too).
      return this.resolve(POLYFILL, undefined, { skipSelf: true });
    },
  };
}

export default defineWxtModule({
  name: 'browser-api',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      const native = entrypoints.every((entrypoint) => PAGE_SCRIPTS.includes(entrypoint.name));
      config.plugins = [...(config.plugins ?? []), browserApiPlugin(wxt.config.root, native)];
    });
    wxt.hook('vite:devServer:extendConfig', (config) => {
      config.plugins = [...(config.plugins ?? []), browserApiPlugin(wxt.config.root, false)];
    });
  },
});
