/**
 * Scripts of the extension's own package that the content script loads only when a page needs
 * them: the engine (entrypoints/engine/, on pages where the first pass finds something) and the
 * popover (entrypoints/popover/, on the first card). MV3 content scripts cannot split code any
 * other way. A module a content script imports runs in the content script's isolated world, so
 * it hands what it exports over on that world's global object, which the page cannot see.
 *
 * This is the one place that loads code with `import()`, and only from `runtime.getURL`
 * (tests/unit/security/no-network.test.ts checks both).
 */
import { browser, type PublicPath } from 'wxt/browser';

/** A packaged script and the key under which it registers its export when evaluated. */
export interface PackagedScript<T> {
  /** As packaged, and listed in the manifest's web-accessible resources. */
  readonly path: Extract<PublicPath, `/${string}.js`>;
  readonly key: symbol;
  /** Only for the type: what the script registers. */
  readonly exported?: T;
}

type Holder = Record<symbol, unknown>;

/** Called once by the packaged script when it is evaluated. */
export function registerExport<T>(script: PackagedScript<T>, value: T): void {
  (globalThis as unknown as Holder)[script.key] = value;
}

/** What the script registered, if it has been evaluated in this world. */
export function registeredExport<T>(script: PackagedScript<T>): T | undefined {
  return (globalThis as unknown as Holder)[script.key] as T | undefined;
}

/** Evaluates the script once in this world and returns what it registered. */
export async function loadPackagedScript<T>(script: PackagedScript<T>): Promise<T> {
  const loaded = registeredExport(script);
  if (loaded !== undefined) return loaded;
  const url = browser.runtime.getURL(script.path);
  // A URL known only at run time: the bundler must leave this import() to the browser.
  await import(/* @vite-ignore */ url);
  const exported = registeredExport(script);
  if (exported === undefined) throw new Error(`${url} was loaded but registered nothing`);
  return exported;
}
