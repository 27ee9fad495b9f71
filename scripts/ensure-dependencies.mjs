// @ts-check
// Runs before `npm run demo` and `npm test` (their "pre" scripts), so both work right after
// `git clone`: it installs the locked dependencies with `npm ci` when node_modules is missing or
// older than package-lock.json (npm writes node_modules/.package-lock.json at every install).
// Plain Node, no dependencies: it runs before there are any.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const modifiedAt = (/** @type {string} */ path) =>
  statSync(path, { throwIfNoEntry: false })?.mtimeMs;

const lockfile = modifiedAt(join(root, 'package-lock.json'));
const installed = modifiedAt(join(root, 'node_modules', '.package-lock.json'));

if (installed === undefined || (lockfile !== undefined && installed < lockfile)) {
  const why = installed === undefined ? 'node_modules is missing' : 'package-lock.json is newer';
  console.log(`[setup] ${why}: npm ci`);
  // npm is a .cmd script on Windows, which only a shell starts.
  const result = spawnSync('npm', ['ci'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
