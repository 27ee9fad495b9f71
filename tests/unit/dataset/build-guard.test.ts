import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Wxt } from 'wxt';
import validateDatasetModule, {
  assertValidDatasetFile,
  DATASET_FILE,
  datasetFileHash,
} from '../../../modules/validate-dataset';

const bundledPath = join(import.meta.dirname, '../../../assets/dataset/backstory.json');
const bundled = JSON.parse(readFileSync(bundledPath, 'utf8')) as Record<string, unknown>;

const tempRoots: string[] = [];
afterEach(() => {
  for (const root of tempRoots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project root holding `text` as its dataset file. */
function projectWith(text: string): { root: string; file: string } {
  const root = mkdtempSync(join(tmpdir(), 'backstory-dataset-'));
  tempRoots.push(root);
  const file = join(root, DATASET_FILE);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return { root, file };
}

function brokenCopy(): string {
  const broken = structuredClone(bundled) as { statements: { speaker: string }[] };
  const first = broken.statements[0];
  if (first) first.speaker = 'nobody';
  return JSON.stringify(broken);
}

describe('the build guard', () => {
  it('accepts the bundled dataset', () => {
    expect(() => assertValidDatasetFile(bundledPath)).not.toThrow();
  });

  it('rejects a broken copy with the JSON path of the bad field', () => {
    const { file } = projectWith(brokenCopy());
    expect(() => assertValidDatasetFile(file)).toThrow(/\$\.statements\[0\]\.speaker: "nobody"/);
  });

  it('rejects two entities whose names are one pattern once the matcher normalises them', () => {
    const colliding = structuredClone(bundled) as {
      entities: { id: string; aliases: { text: string; lang: string; form: string }[] }[];
    };
    const trump = colliding.entities.findIndex((entity) => entity.id === 'trump');
    const trumpAliases = colliding.entities[trump]?.aliases ?? [];
    // A soft hyphen the eye does not see: a validator comparing plain strings lets it through.
    trumpAliases.push({ text: 'Pu\u00adtin', lang: 'en', form: 'surname' });
    const { file } = projectWith(JSON.stringify(colliding));
    expect(() => assertValidDatasetFile(file)).toThrow(
      `$.entities[${trump}].aliases[${trumpAliases.length - 1}].text: "Pu\u00adtin" (alias of "trump")`,
    );
  });

  it('rejects an exclusion that can never apply', () => {
    const copy = structuredClone(bundled) as {
      entities: { id: string; exclusions: { text: string; lang: string; reason: string }[] }[];
    };
    const lavrov = copy.entities.findIndex((entity) => entity.id === 'lavrov');
    const exclusions = copy.entities[lavrov]?.exclusions ?? [];
    exclusions.push({ text: 'Lavrovsky', lang: 'en', reason: 'a longer name' });
    const { file } = projectWith(JSON.stringify(copy));
    expect(() => assertValidDatasetFile(file)).toThrow(
      `$.entities[${lavrov}].exclusions[${exclusions.length - 1}].text: contains none of the entity's alias forms`,
    );
  });

  it('rejects a file that is not JSON, naming the file', () => {
    const { file } = projectWith('{ "format": 1,');
    expect(() => assertValidDatasetFile(file)).toThrow(/not valid JSON/);
    expect(() => assertValidDatasetFile(file)).toThrow(file);
  });

  it('hashes the exact bytes of the file', () => {
    const { file } = projectWith('{}');
    expect(datasetFileHash(file)).toBe(
      '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    );
    expect(datasetFileHash()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('as a WXT module, fails the build on a broken dataset and defines the hash otherwise', async () => {
    type Hook = (...args: unknown[]) => unknown;
    const run = async (text: string) => {
      const { root, file } = projectWith(text);
      const hooks = new Map<string, Hook[]>();
      const fakeWxt = {
        config: { root, vite: async () => ({}) },
        hooks: {
          hook: (name: string, hook: Hook) => hooks.set(name, [...(hooks.get(name) ?? []), hook]),
        },
      };
      await validateDatasetModule.setup?.(fakeWxt as unknown as Wxt);
      return { file, fakeWxt, hooks };
    };

    const broken = await run(brokenCopy());
    const buildBefore = broken.hooks.get('build:before')?.[0];
    expect(buildBefore).toBeDefined();
    expect(() => buildBefore?.(broken.fakeWxt)).toThrow(/\$\.statements\[0\]\.speaker/);

    const valid = await run(readFileSync(bundledPath, 'utf8'));
    expect(() => valid.hooks.get('build:before')?.[0]?.(valid.fakeWxt)).not.toThrow();
    for (const hook of valid.hooks.get('config:resolved') ?? []) hook(valid.fakeWxt);
    const viteConfig = (await valid.fakeWxt.config.vite()) as { define?: Record<string, string> };
    expect(viteConfig.define?.__BACKSTORY_DATASET_HASH__).toBe(
      JSON.stringify(datasetFileHash(valid.file)),
    );
  });
});
