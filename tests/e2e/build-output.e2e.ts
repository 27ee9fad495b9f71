/**
 * The built extension's scripts are ASCII only in both browsers' builds (modules/ascii-output.ts):
 * a script with a character beyond Latin-1 is kept by the browser at two bytes a character for
 * the life of every page that loads it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BrowserName, builtExtensionDir } from '../../tools/paths';

function scriptsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe.each<BrowserName>(['chromium', 'firefox'])('the %s build', (browserName) => {
  it('writes every script in ASCII only', () => {
    const dir = builtExtensionDir(browserName);
    const scripts = scriptsUnder(dir);
    expect(scripts.map((file) => relative(dir, file))).toEqual(
      expect.arrayContaining(['first-pass.js', 'key-check.js', 'engine.js', 'popover.js']),
    );
    const notAscii = scripts
      .filter((file) => /[^\0-\x7f]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(dir, file));
    expect(notAscii).toEqual([]);
  });
});
