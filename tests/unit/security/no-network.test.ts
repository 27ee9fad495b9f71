/**
 * Backstory's own code (not its libraries) sends nothing anywhere, runs no code from strings and
 * puts dataset text into the page only as text. The built bundles, libraries included, are
 * checked in tests/e2e/privacy.e2e.ts; docs/security.md explains both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../../..');
const ownSourceDirs = ['entrypoints', 'components', 'utils'];

function ownSources(): { file: string; text: string }[] {
  return ownSourceDirs.flatMap((dir) =>
    readdirSync(join(repoRoot, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|tsx|html|css)$/.test(entry.name))
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return { file: relative(repoRoot, path), text: readFileSync(path, 'utf8') };
      }),
  );
}

const forbidden: [what: string, pattern: RegExp][] = [
  ['fetch()', /\bfetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['EventSource', /EventSource/],
  ['navigator.sendBeacon', /sendBeacon/],
  ['eval()', /\beval\s*\(/],
  ['new Function', /new\s+Function\b/],
  ['string timers', /set(Timeout|Interval)\(\s*['"`]/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML / outerHTML', /\b(inner|outer)HTML\b/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
  ['a remote address', /\bhttps?:\/\/(?!\*\/\*)[a-z0-9]/i],
];

describe("Backstory's own sources", () => {
  const sources = ownSources();

  it('are found (the scan is not vacuous)', () => {
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.some(({ file }) => file.startsWith('components/popover/'))).toBe(true);
  });

  it.each(forbidden)('use no %s', (_what, pattern) => {
    const hits = sources
      .filter(({ text }) => pattern.test(text))
      .map(({ file, text }) => `${file}: ${text.match(pattern)?.[0]}`);
    expect(hits).toEqual([]);
  });
});

describe('the manifest settings', () => {
  const config = readFileSync(join(repoRoot, 'wxt.config.ts'), 'utf8');

  it('ask for storage only, and no host permissions', () => {
    expect(config).toMatch(/permissions:\s*\['storage'\]/);
    expect(config).not.toMatch(/host_permissions|optional_permissions|web_accessible_resources/);
  });
});
