import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type BrowserName = 'chromium' | 'firefox';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where `npm run build` / `npm run build:firefox` put the unpacked extension. */
export function builtExtensionDir(browserName: BrowserName): string {
  return resolve(repoRoot, '.output', browserName === 'chromium' ? 'chrome-mv3' : 'firefox-mv3');
}

export const buildCommand: Record<BrowserName, string> = {
  chromium: 'npm run build',
  firefox: 'npm run build:firefox',
};

export const demoDir = resolve(repoRoot, 'demo');
export const fixturesDir = resolve(repoRoot, 'tests/e2e/fixtures');

/** The shared folder (corpus of real pages) lives beside the checkout unless BACKSTORY_SHARED says otherwise. */
export function sharedDir(): string {
  return resolve(repoRoot, process.env.BACKSTORY_SHARED ?? '../shared');
}

/** The corpus of real publisher pages, or undefined when it is not on this machine. */
export function corpusDir(): string | undefined {
  const dir = resolve(sharedDir(), 'corpus');
  return existsSync(dir) ? dir : undefined;
}
