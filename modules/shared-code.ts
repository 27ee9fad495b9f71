/**
 * The engine's build takes the modules the key check already holds from the key check's
 * registry (utils/shared-code.ts, entrypoints/key-check/lent-modules.ts) instead of bundling a
 * second copy: each import of such a module, from any module of the engine, resolves to a module
 * that reads the key check's copy's exports as the engine's script is evaluated. The engine is
 * compiled whole as it loads (modules/compile-hints.ts); a copy it does not carry is neither
 * sent, nor compiled, nor kept.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { LENT_MODULES } from '../entrypoints/key-check/lent-modules';
import { sharedCodeKey } from '../utils/shared-code';

/** The scripts that read the shared modules rather than bundle them (entrypoints/<name>/). */
const BORROWING_SCRIPTS = ['engine'];

const VIRTUAL_PREFIX = '\0backstory-shared:';
/** The one module that reads the registry, for every module that stands for a shared one. */
const REGISTRY_ID = '\0backstory-shared-registry';

/**
 * The build of the shared modules, the same in the key check's build and the engine's: from the
 * extension's version and the listed modules' sources, so that the same sources build the same
 * scripts (Firefox's reviewers rebuild them) and an update names a registry of its own. What
 * those modules import is not hashed: a release changes the version.
 */
export function sharedBuild(root: string): string {
  const hash = createHash('sha256');
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  hash.update(version);
  for (const path of ['entrypoints/key-check/lent-modules.ts', ...Object.keys(LENT_MODULES)]) {
    hash.update(`\0${path}\0`).update(readFileSync(resolve(root, path)));
  }
  return hash.digest('hex').slice(0, 16);
}

const NOT_LOADED =
  " is read from this version's key check script, which is not loaded in this page";

/**
 * Reads a shared module's exports from the registry of `build`. A script evaluated where that
 * registry is not (before the key check's script, or beside another version's) fails at once,
 * with the module's name, rather than on the first use of one of its exports.
 */
function registryCode(build: string): string {
  const key = sharedCodeKey(build).description as string;
  return [
    'export function borrowed(path) {',
    `  const shared = globalThis[Symbol.for(${JSON.stringify(key)})]?.[path];`,
    '  if (shared === undefined) {',
    `    throw new Error("Backstory: " + path + ${JSON.stringify(NOT_LOADED)});`,
    '  }',
    '  return shared;',
    '}',
    'export function pick(shared, name) {',
    '  return shared[name];',
    '}',
  ].join('\n');
}

/**
 * The module that stands for `path` in a borrowing script. Each export is read through a call
 * marked pure, so that the bundler drops the exports the script does not use.
 */
function borrowedModuleCode(path: string, names: readonly string[]): string {
  return [
    `import { borrowed, pick } from ${JSON.stringify(REGISTRY_ID)};`,
    `const shared = borrowed(${JSON.stringify(path)});`,
    ...names.map(
      (name) => `export const ${name} = /* @__PURE__ */ pick(shared, ${JSON.stringify(name)});`,
    ),
  ].join('\n');
}

/** The exports each shared module lends, by its path from the root. */
function sharedExports(): Map<string, string[]> {
  return new Map(
    Object.entries(LENT_MODULES).map(([path, lent]) => [path, Object.keys(lent).sort()]),
  );
}

export function sharedCodePlugin(root: string, build: string): Plugin {
  const shared = sharedExports();
  return {
    name: 'backstory:shared-code',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source === REGISTRY_ID) return REGISTRY_ID;
      // An entry, and the imports of virtual modules (these, and other plugins'), resolve as ever.
      if (importer === undefined || importer.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved === null || resolved.external) return resolved;
      const path = relative(root, resolved.id).split('\\').join('/');
      return shared.has(path) ? `${VIRTUAL_PREFIX}${path}` : resolved;
    },
    load(id) {
      if (id === REGISTRY_ID) return registryCode(build);
      if (!id.startsWith(VIRTUAL_PREFIX)) return null;
      const path = id.slice(VIRTUAL_PREFIX.length);
      return borrowedModuleCode(path, shared.get(path) ?? []);
    },
  };
}

export default defineWxtModule({
  name: 'shared-code',
  setup(wxt) {
    const root = resolve(wxt.config.root);
    const build = sharedBuild(root);
    // The key check's script registers the modules under it (utils/shared-code.ts).
    addViteConfig(wxt, () => ({ define: { __BACKSTORY_SHARED_BUILD__: JSON.stringify(build) } }));
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => BORROWING_SCRIPTS.includes(entrypoint.name))) return;
      config.plugins = [...(config.plugins ?? []), sharedCodePlugin(root, build)];
    });
  },
});
