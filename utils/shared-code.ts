/**
 * The modules the key check (entrypoints/key-check/) and the engine (entrypoints/engine/) both
 * run: the automaton, its tables and the fold, the site-chrome rules, the settings' reading.
 * WXT builds each script on its own, so each carried its own copy, and where the engine loads a
 * page kept both: the key check's module for the page's life, and the engine's compiled whole as
 * it loads (modules/compile-hints.ts). The engine only ever loads after the key check's script
 * (entrypoints/key-check/wake-engine.ts), so it takes these from there: the key check registers
 * them as it is evaluated, and the engine's build reads each from that registry instead of
 * bundling it (modules/shared-code.ts). The modules lent, and their exports:
 * entrypoints/key-check/lent-modules.ts.
 */

/**
 * Which build of the shared modules a script was made with: the engine's build names the same
 * (modules/shared-code.ts, from the modules' sources and the extension's version), so that an
 * engine never reads the modules of another version's key check — a page open across an update
 * can still hold the old one in its extension world.
 */
declare const __BACKSTORY_SHARED_BUILD__: string;
const SHARED_BUILD =
  typeof __BACKSTORY_SHARED_BUILD__ === 'string' ? __BACKSTORY_SHARED_BUILD__ : 'unbuilt';

/**
 * Where the key check registers what it lends: the isolated world's global object, which the page
 * cannot see (as utils/packaged-script.ts), under a key of its build.
 */
export function sharedCodeKey(build: string): symbol {
  return Symbol.for(`backstory.shared-code.${build}`);
}

/** Called once by the key check's script when it is evaluated, with what it lends. */
export function registerSharedCode(lent: Readonly<Record<string, object>>): void {
  (globalThis as unknown as Record<symbol, unknown>)[sharedCodeKey(SHARED_BUILD)] = lent;
}
