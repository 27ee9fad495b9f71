/**
 * What the content script's first pass (entrypoints/first-pass/) and the engine's script
 * (entrypoints/engine/) agree on. Most pages name nothing Backstory could show, so the script
 * every page loads is only the first pass; the engine — the matcher, the scanner, highlights,
 * hit testing, the popover controller — is loaded from the package (utils/packaged-script.ts)
 * on the pages where the first pass finds something, or everywhere when the reader chose
 * "Where: every page".
 */
import type { PackagedScript } from '@/utils/packaged-script';

/**
 * Starts Backstory on this page: the engine makes its own content-script context (invalidated
 * when the extension is updated or removed under the page), reads the settings (with their
 * migrations), then answers the popup and watches the settings itself.
 */
export type StartEngine = () => Promise<void>;

export const ENGINE_SCRIPT: PackagedScript<StartEngine> = {
  path: '/engine.js',
  key: Symbol.for('backstory.engine'),
};
