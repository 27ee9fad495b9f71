/**
 * The engine's script opens with V8's compile hint (modules/compile-hints.ts), added after
 * minification, which would drop a comment; its source map moves down the one line; nothing
 * else in the bundle changes.
 */
import type { Plugin, Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  addCompileHint,
  COMPILE_ALL_HINT,
  compileHintPlugin,
} from '../../../modules/compile-hints';
import { buildIife } from '../../support/iife-build';

const SOURCE = `
export function area(width, height) {
  // A comment the minifier drops.
  return width * height;
}
export const sum = (values) => values.reduce((total, value) => total + value, 0);
`;

/** A minified IIFE build of SOURCE with a source map, as WXT builds an unlisted script. */
async function buildWith(plugins: Plugin[]): Promise<{ code: string; mappings: string }> {
  const files = await buildIife(SOURCE, {
    fileName: 'entry.js',
    plugins,
    minify: true,
    sourcemap: true,
  });
  const chunk = files.find((file) => file.type === 'chunk');
  const map = files.find((file) => file.type === 'asset' && file.fileName.endsWith('.map'));
  if (chunk?.type !== 'chunk' || map?.type !== 'asset') throw new Error('no chunk or no map');
  return {
    code: chunk.code,
    mappings: (JSON.parse(String(map.source)) as { mappings: string }).mappings,
  };
}

const evaluate = (code: string) =>
  new Function(`${code}; return built;`)() as {
    area(w: number, h: number): number;
    sum(v: number[]): number;
  };

describe('the compile hint', () => {
  it('opens a minified build, which works as before, its source map one line down', async () => {
    const plain = await buildWith([]);
    const hinted = await buildWith([compileHintPlugin()]);
    expect(plain.code.startsWith('//')).toBe(false);
    expect(hinted.code).toBe(`${COMPILE_ALL_HINT}\n${plain.code}`);
    expect(hinted.mappings).toBe(`;${plain.mappings}`);
    expect(evaluate(hinted.code).area(3, 4)).toBe(12);
    expect(evaluate(hinted.code).sum([1, 2, 3])).toBe(6);
  });

  const chunk = (fileName: string, isEntry: boolean) =>
    ({ type: 'chunk', fileName, isEntry, code: 'run();' }) as Rollup.OutputChunk;
  const asset = (fileName: string, source: string) =>
    ({ type: 'asset', fileName, source }) as Rollup.OutputAsset;

  it.each([
    {
      what: 'an entry chunk with a map',
      files: [chunk('a.js', true), asset('a.js.map', '{"mappings":"AAAA"}')],
      code: `${COMPILE_ALL_HINT}\nrun();`,
      map: '{"mappings":";AAAA"}',
    },
    {
      what: 'an entry chunk without a map',
      files: [chunk('a.js', true)],
      code: `${COMPILE_ALL_HINT}\nrun();`,
      map: undefined,
    },
    {
      what: 'a chunk that is not an entry',
      files: [chunk('a.js', false), asset('a.js.map', '{"mappings":"AAAA"}')],
      code: 'run();',
      map: '{"mappings":"AAAA"}',
    },
  ])('treats $what as such', ({ files, code, map }) => {
    const bundle: Rollup.OutputBundle = Object.fromEntries(
      files.map((file) => [file.fileName, file]),
    );
    addCompileHint(bundle);
    const out = bundle['a.js'];
    expect(out?.type === 'chunk' ? out.code : null).toBe(code);
    const outMap = bundle['a.js.map'];
    expect(outMap?.type === 'asset' ? String(outMap.source) : undefined).toBe(map);
  });
});
