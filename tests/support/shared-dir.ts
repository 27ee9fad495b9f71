/**
 * Finds the shared directory (seed article, real publisher pages) that lives
 * outside the repository: `$BACKSTORY_SHARED`, default `../shared` from the repo root.
 *
 * Missing locally: warns loudly and returns undefined, so tests can skip with
 * `describe.skipIf(!sharedDir)`. Missing in CI (CI=true): throws, because a skipped
 * suite there would hide that nothing was checked.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

// `import.meta.dirname`, not `new URL(...)`: under happy-dom `URL` is the DOM's, which Node rejects.
const repoRoot = resolve(import.meta.dirname, '../..');

export function resolveSharedDir(): string | undefined {
  const dir = resolve(repoRoot, process.env.BACKSTORY_SHARED ?? '../shared');
  if (existsSync(dir)) return dir;
  const message = `Shared test data not found at ${dir} (set BACKSTORY_SHARED to its path).`;
  if (process.env.CI === 'true') throw new Error(`${message} CI needs it: failing.`);
  console.warn(`\n!!! ${message}\n!!! Tests that need it are SKIPPED.\n`);
  return undefined;
}

export const sharedDir = resolveSharedDir();
