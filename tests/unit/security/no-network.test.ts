/**
 * Backstory's own code (not its libraries) sends nothing anywhere, runs no code from strings and
 * puts dataset text into the page only as text. The built bundles, libraries included, are
 * checked in tests/e2e/privacy.e2e.ts; docs/security.md explains both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import wxtConfig, { listFirstPass } from '../../../wxt.config';

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

/** Code only: comments may name import() or fetch. */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

/** `fetch` reads the package's own files, in this one file only (checked below). */
const PACKAGED_FILE_READER = 'utils/packaged-file.ts';

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

  it('load code with import() only from the package: the engine and popover scripts, by runtime.getURL', () => {
    const dynamicImport = /\bimport\s*\(/;
    // Declaration files hold types, not code.
    const importers = sources.filter(
      ({ file, text }) => !file.endsWith('.d.ts') && dynamicImport.test(withoutComments(text)),
    );
    expect(importers.map(({ file }) => file)).toEqual(['utils/packaged-script.ts']);
    const loader = importers[0]?.text ?? '';
    expect(loader).toMatch(/const url = browser\.runtime\.getURL\(script\.path\);/);
    expect(loader).toMatch(/await import\(\/\* @vite-ignore \*\/ url\)/);
  });

  it('fetch only files of the package, by runtime.getURL, in one place', () => {
    const fetchers = sources.filter(({ text }) => /\bfetch\s*\(/.test(withoutComments(text)));
    expect(fetchers.map(({ file }) => file)).toEqual([PACKAGED_FILE_READER]);
    const reader = withoutComments(fetchers[0]?.text ?? '');
    expect(reader.match(/\bfetch\s*\([^)]*\)/g)).toEqual(['fetch(url)']);
    expect(reader).toMatch(/const url = browser\.runtime\.getURL\(path as '\/'\);/);
  });

  it.each(forbidden)('use no %s', (what, pattern) => {
    const hits = sources
      .filter(({ file }) => !(what === 'fetch()' && file === PACKAGED_FILE_READER))
      .filter(({ text }) => pattern.test(text))
      .map(({ file, text }) => `${file}: ${text.match(pattern)?.[0]}`);
    expect(hits).toEqual([]);
  });
});

describe('the manifest', () => {
  const manifestFor = async (browser: 'chrome' | 'firefox') => {
    const manifest = wxtConfig.manifest;
    if (typeof manifest !== 'function') return manifest ?? {};
    return await manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
  };

  it.each(['chrome', 'firefox'] as const)(
    'for %s asks for storage, scripting and the web pages only and exposes only the key-check, engine, popover, matcher-compiler and quote-check scripts and the engine’s data file to pages',
    async (browser) => {
      const manifest = await manifestFor(browser);
      expect(manifest.permissions).toEqual(['storage', 'scripting']);
      // No more than the content script's own pages (docs/security.md).
      expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
      expect(manifest).not.toHaveProperty('optional_permissions');
      expect(manifest.web_accessible_resources).toEqual([
        {
          resources: [
            'key-check.js',
            'engine.js',
            'engine-data.bin',
            'popover.js',
            'matcher-compiler.js',
            'quote-check.js',
          ],
          matches: ['http://*/*', 'https://*/*'],
          // Chrome only: a per-session address, so a page cannot probe for the file.
          ...(browser === 'chrome' ? { use_dynamic_url: true } : {}),
        },
      ]);
    },
  );
});

describe('the first pass in the manifest', () => {
  it('is listed as the one content script, without a stylesheet, on web pages only', () => {
    const manifest: Browser.runtime.Manifest = { manifest_version: 3, name: 'test', version: '0' };
    listFirstPass(manifest);
    expect(manifest.content_scripts).toEqual([
      {
        matches: ['http://*/*', 'https://*/*'],
        run_at: 'document_idle',
        js: ['first-pass.js'],
      },
    ]);
  });
});
