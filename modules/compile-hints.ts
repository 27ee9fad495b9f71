/**
 * Chromium compiles the engine's functions as it loads its script, off the page's main thread,
 * rather than each on its first call, on it (and the first pass's as it loads, once: below).
 *
 * The engine is imported as a module (utils/packaged-script.ts), which Chromium compiles while it
 * downloads, on a background thread — but only its top level: V8 compiles a function lazily, on
 * the main thread, the first time it runs, and an engine start runs hundreds of them once each
 * (docs/cost.md, "The engine compiled as it loads"). V8's explicit compile hint, the magic
 * comment `//# allFunctionsCalledOnLoad` at the top of a script (Chromium 136 on), asks it to
 * compile every function of the script eagerly, which for a streamed script happens on that
 * background thread. Other browsers read a comment.
 *
 * The price is code for the functions a page never runs, kept with the rest. So the engine, and
 * the script every page loads (entrypoints/first-pass/): that one is compiled on the main thread
 * either way, but without the hint V8 pre-parses all of it as the script loads and parses each
 * function again on its first call; with it, each is parsed once (−0.2 ms of our CPU on
 * `001.html` and `lemonde-1`, +10 KB per tab: docs/cost.md, "The engine compiled as it loads").
 * And the key check (entrypoints/key-check/), imported as a module like the engine: the modules
 * the engine borrows from it (modules/shared-code.ts) and its own reading would otherwise be
 * compiled function by function on the main thread on every page it loads on. Where the engine
 * loads, that was ~6 ms of our CPU, for ~8 KB more per tab once the tables' writer left the
 * key check (docs/cost.md, "The key check compiled as it loads").
 */
import type { Plugin, Rollup } from 'vite';
import { defineWxtModule } from 'wxt/modules';

/** The scripts that get the hint (entrypoints/<name>/). */
export const EAGER_SCRIPTS = ['engine', 'first-pass', 'key-check'];

/** V8's compile hint for a whole script; it must open the script. */
export const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad';

/** Puts the hint above each entry chunk (and a line with no mappings above its source map's). */
export function addCompileHint(bundle: Rollup.OutputBundle): void {
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
    chunk.code = `${COMPILE_ALL_HINT}\n${chunk.code}`;
    const map = bundle[`${chunk.fileName}.map`];
    if (map?.type === 'asset') {
      const parsed = JSON.parse(String(map.source)) as { mappings: string };
      parsed.mappings = `;${parsed.mappings}`;
      map.source = JSON.stringify(parsed);
    }
  }
}

export function compileHintPlugin(): Plugin {
  return {
    name: 'backstory:compile-hints',
    // After minification, which would drop a comment; as WXT adds its own IIFE footer.
    generateBundle: (_options, bundle) => addCompileHint(bundle),
  };
}

export default defineWxtModule({
  name: 'compile-hints',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => EAGER_SCRIPTS.includes(entrypoint.name))) return;
      config.plugins = [...(config.plugins ?? []), compileHintPlugin()];
    });
  },
});
