/**
 * The engine's build reads the modules it shares with the key check from the key check's
 * registry (modules/shared-code.ts, utils/shared-code.ts): a build of the plugin's kind, an IIFE
 * as WXT builds an unlisted script, of an entry that imports a shared module and one that is not.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LENT_MODULES } from '../../../entrypoints/key-check/lent-modules';
import { sharedBuild, sharedCodePlugin } from '../../../modules/shared-code';
import { repoRoot } from '../../../tools/paths';
import { sharedCodeKey } from '../../../utils/shared-code';
import { buildIife } from '../../support/iife-build';

const GUARDS = 'utils/guards.ts';
const BUILD = 'test-build';
const REGISTRY = sharedCodeKey(BUILD);
/** Not shared, and imports nothing that is. */
const WORDS = 'utils/quotes/words.ts';

/** An unminified IIFE build of `source` (an entry beside the project) with the plugin. */
async function buildEntry(source: string): Promise<string> {
  const files = await buildIife(source, {
    fileName: 'entry.ts',
    plugins: [sharedCodePlugin(repoRoot, BUILD)],
    minify: false,
    sourcemap: false,
  });
  const chunk = files.find((file) => file.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('no chunk');
  return chunk.code;
}

const ENTRY = `
import { isRecord } from ${JSON.stringify(resolve(repoRoot, GUARDS))};
import { foldWord } from ${JSON.stringify(resolve(repoRoot, WORDS))};
export const check = (value: unknown) => isRecord(value);
export const fold = (word: string) => foldWord(word);
`;

type Built = { check(value: unknown): unknown; fold(word: string): string };
const evaluate = (code: string) => new Function(`${code}; return built;`)() as Built;

const world = globalThis as unknown as Record<symbol, unknown>;
afterEach(() => {
  delete world[REGISTRY];
});

describe('the engine’s build of the shared modules', () => {
  it('reads a shared module from the registry, bundles no copy of it, and the rest as before', async () => {
    const code = await buildEntry(ENTRY);
    // isRecord's own body, and the export of guards the entry does not use.
    expect(code).not.toContain('Array.isArray');
    expect(code).not.toContain('isOneOf');
    expect(code).toContain(JSON.stringify(GUARDS));
    world[REGISTRY] = { [GUARDS]: { isRecord: () => 'the key check’s copy' } };
    const built = evaluate(code);
    expect(built.check({})).toBe('the key check’s copy');
    // words.ts is not shared: bundled, and it runs without the registry's help.
    expect(built.fold('Ёлка’s')).toBe("елка's");
  });

  it.each([
    ['no registry', undefined],
    ['a registry without the module', { [REGISTRY]: {} }],
    ['only another build’s registry', { [sharedCodeKey('another')]: { [GUARDS]: {} } }],
  ])('fails as the script is evaluated, naming the module, with %s', async (_what, registries) => {
    const code = await buildEntry(ENTRY);
    Object.assign(world, registries);
    try {
      expect(() => evaluate(code)).toThrow(
        `Backstory: ${GUARDS} is read from this version's key check script, which is not loaded in this page`,
      );
    } finally {
      delete world[sharedCodeKey('another')];
    }
  });

  it('fails the build on an export of a shared module that the key check does not lend', async () => {
    const types = resolve(repoRoot, 'utils/settings/types.ts');
    expect(Object.keys(LENT_MODULES['utils/settings/types.ts'])).not.toContain('isSiteDisabled');
    await expect(
      buildEntry(`import { isSiteDisabled } from ${JSON.stringify(types)};
export const off = isSiteDisabled;`),
    ).rejects.toThrow(/isSiteDisabled/);
  });
});

describe('LENT_MODULES', () => {
  it.each(Object.keys(LENT_MODULES))('%s lends exports of that very module', async (path) => {
    const module = (await import(resolve(repoRoot, path))) as Record<string, unknown>;
    const lent = LENT_MODULES[path as keyof typeof LENT_MODULES] as Record<string, unknown>;
    expect(Object.keys(lent).length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(lent)) expect(value, name).toBe(module[name]);
  });
});

describe('sharedBuild', () => {
  /** A root with the project's package.json and the listed modules, `change` applied. */
  function buildOfCopy(change: (root: string) => void): string {
    const root = mkdtempSync(join(tmpdir(), 'shared-build-'));
    try {
      for (const path of [
        'package.json',
        'entrypoints/key-check/lent-modules.ts',
        ...Object.keys(LENT_MODULES),
      ]) {
        cpSync(resolve(repoRoot, path), join(root, path));
      }
      change(root);
      return sharedBuild(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  it('names the same sources the same, and another version or a changed module otherwise', () => {
    const same = buildOfCopy(() => {});
    expect(same).toMatch(/^[0-9a-f]{16}$/);
    expect(same).toBe(sharedBuild(repoRoot));
    const bumped = buildOfCopy((root) => {
      const file = join(root, 'package.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
      writeFileSync(file, JSON.stringify({ ...manifest, version: `${manifest.version}-next` }));
    });
    const edited = buildOfCopy((root) => {
      const file = join(root, 'utils/matching/fold.ts');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n// changed\n`);
    });
    expect(new Set([same, bumped, edited]).size).toBe(3);
  });
});
