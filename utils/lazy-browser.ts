/**
 * `wxt/browser` as the scripts every page loads get it (modules/browser-api.ts): the browser's
 * own API, found only when a property is first read. WXT's `@wxt-dev/browser` picks it when the
 * module is evaluated (`browser.runtime.id` decides between `browser` and `chrome`), and in
 * Firefox that first touch of `browser.runtime` builds the extension API object for the page:
 * 24–76 ms in one task (docs/cost.md). A first pass that finds no key on the page reads no
 * property of this object, so it never pays for that.
 */
import type { browser as BrowserApi } from '@wxt-dev/browser';

type Api = typeof BrowserApi;

interface ExtensionGlobals {
  browser?: Api;
  chrome?: Api;
}

let api: Api | undefined;

/** Firefox's `browser`, or Chrome's `chrome` (a page element with id "browser" is not it). */
function extensionApi(): Api {
  if (api === undefined) {
    const globals = globalThis as ExtensionGlobals;
    api = (globals.browser?.runtime?.id ? globals.browser : globals.chrome) as Api;
  }
  return api;
}

export const browser: Api = new Proxy({} as Api, {
  get: (_target, key) => Reflect.get(extensionApi(), key),
});
