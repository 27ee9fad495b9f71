/**
 * What the content script's first pass (entrypoints/content/) and the engine's script
 * (entrypoints/engine/) agree on. Most pages name nothing Backstory could show, so the script
 * every page loads is only the first pass; the engine — the matcher, the scanner, highlights,
 * hit testing, the popover controller — is loaded from the package (utils/packaged-script.ts)
 * on the pages where the first pass finds something, or everywhere when the reader chose
 * "Where: every page".
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PackagedScript } from '@/utils/packaged-script';

/**
 * Starts Backstory on this page: the engine reads the settings (with their migrations), then
 * answers the popup and watches the settings itself — from when the promise resolves.
 */
export type StartEngine = (ctx: ContentScriptContext) => Promise<void>;

export const ENGINE_SCRIPT: PackagedScript<StartEngine> = {
  path: '/engine.js',
  key: Symbol.for('backstory.engine'),
};
