/**
 * What the bundler must leave in both browsers' builds for the page's memory: every script ASCII
 * only (modules/ascii-output.ts: a script with a character beyond Latin-1 is kept by the browser
 * at two bytes a character for the life of every page that loads it), and the call that lets go
 * of the page's text after the probe's expressions read it (utils/gate/forget-last-match.ts),
 * which a bundler drops if it takes the call for one without effects; and V8's compile hint at
 * the top of the engine's script alone (modules/compile-hints.ts); and the build's data as a
 * file of the package rather than in any script (utils/engine-data-file.ts); the quote check in
 * a script of its own, loaded on demand (utils/matching/quote-check-source.ts), the automaton's
 * planner only in the script loaded where the build's tables are refused, and no script
 * that runs in pages carrying webextension-polyfill (modules/browser-api.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LENT_MODULES } from '../../entrypoints/key-check/lent-modules';
import { PAGE_SCRIPTS } from '../../modules/browser-api';
import { COMPILE_ALL_HINT } from '../../modules/compile-hints';
import { readMatchingSlice } from '../../modules/lib/dataset-module';
import { engineDataBytes } from '../../modules/matching-data';
import { DATASET_FILE } from '../../modules/validate-dataset';
import { type BrowserName, builtExtensionDir, repoRoot } from '../../tools/paths';

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

  it.each(['first-pass.js', 'key-check.js'])(
    'keeps in %s the match on the empty string that forgets the page’s text',
    (script) => {
      const code = readFileSync(join(builtExtensionDir(browserName), script), 'utf8');
      const name = code.match(/(\w+)=new RegExp\(""\)/)?.[1];
      expect(name).toBeDefined();
      expect(code).toContain(`${name}.test("")`);
    },
  );

  it('opens the first pass’s, the key check’s and the engine’s scripts with the compile hint, and no other', () => {
    const dir = builtExtensionDir(browserName);
    const hinted = scriptsUnder(dir)
      .filter((file) => readFileSync(file, 'utf8').startsWith(`${COMPILE_ALL_HINT}\n`))
      .map((file) => relative(dir, file));
    expect(hinted.sort()).toEqual(['engine.js', 'first-pass.js', 'key-check.js']);
  });

  it('packages the build’s data as a file, exactly as the build makes it, and in no script', () => {
    const dir = builtExtensionDir(browserName);
    const packaged = new Uint8Array(readFileSync(join(dir, 'engine-data.bin')));
    expect(packaged).toEqual(engineDataBytes(readMatchingSlice(resolve(repoRoot, DATASET_FILE))));
    // The data as a script held it: a base64 literal of more than 10,000 characters.
    const longBase64 = /["'`][A-Za-z0-9+/]{10000,}={0,2}["'`]/;
    const withLiteral = scriptsUnder(dir)
      .filter((file) => longBase64.test(readFileSync(file, 'utf8')))
      .map((file) => relative(dir, file));
    expect(withLiteral).toEqual([]);
  });

  it('reads what the engine shares with the key check from the key check’s script', () => {
    const dir = builtExtensionDir(browserName);
    const engine = readFileSync(join(dir, 'engine.js'), 'utf8');
    const keyCheck = readFileSync(join(dir, 'key-check.js'), 'utf8');
    // The engine reads the registry of the modules' build that the key check registers.
    const build = engine.match(/backstory\.shared-code\.([0-9a-f]{16})"/)?.[1];
    expect(build).toBeDefined();
    expect(keyCheck).toContain(`"${build}"`);
    // The engine reads the automaton's tables (utils/matching/automaton-tables.ts) as it starts:
    // their reader's refusal of a file that is not one is the key check's copy's alone.
    expect(engine).toContain(JSON.stringify('utils/matching/automaton-tables.ts'));
    expect(keyCheck).toContain('wrong magic number');
    expect(engine).not.toContain('wrong magic number');
    // Each module the key check lends is one the engine reads: none is bundled into it for nothing.
    const unread = Object.keys(LENT_MODULES).filter(
      (path) => !engine.includes(JSON.stringify(path)),
    );
    expect(unread).toEqual([]);
  });

  it('keeps the automaton’s planner out of the scripts pages compile, in the run-time compiler’s', () => {
    const dir = builtExtensionDir(browserName);
    // An error only the planner throws (utils/matching/aho-corasick.ts): pages read the build's
    // plans, and plan only where they are refused, with the script loaded then.
    const planner = 'duplicate pattern';
    const withPlanner = scriptsUnder(dir)
      .filter((file) => readFileSync(file, 'utf8').includes(planner))
      .map((file) => relative(dir, file));
    expect(withPlanner).toEqual(['matcher-compiler.js']);
  });

  it('keeps the quote check out of the engine’s script, in one of its own', () => {
    const dir = builtExtensionDir(browserName);
    const engine = readFileSync(join(dir, 'engine.js'), 'utf8');
    const quoteCheck = readFileSync(join(dir, 'quote-check.js'), 'utf8');
    // Attributions only the quote check writes (utils/quotes/find.ts).
    for (const word of ['"speaker-named"', '"others-named"', '"nobody-named"']) {
      expect(quoteCheck).toContain(word);
      expect(engine).not.toContain(word);
    }
  });

  it('bundles webextension-polyfill into no script that runs in pages', () => {
    const dir = builtExtensionDir(browserName);
    // A message of the polyfill's own (its wrapper for `runtime.sendMessage`).
    const polyfill = 'The message port closed before a response was received.';
    const withPolyfill = PAGE_SCRIPTS.filter((name) =>
      readFileSync(join(dir, `${name}.js`), 'utf8').includes(polyfill),
    );
    expect(withPolyfill).toEqual([]);
    // The check can fail: the popover, which runs the polyfill, has it.
    expect(readFileSync(join(dir, 'popover.js'), 'utf8')).toContain(polyfill);
  });
});
