/**
 * An IIFE build of one entry, as WXT builds an unlisted script, for tests of the build's own
 * plugins (modules/): the entry written to a temporary directory, built in memory.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';

export interface IifeBuildOptions {
  /** The entry's file name, which sets how it is read (`.js`, `.ts`). */
  fileName: string;
  plugins: Plugin[];
  minify: boolean;
  sourcemap: boolean;
}

/** The built files of `source`; the IIFE's global is `built`. */
export async function buildIife(
  source: string,
  options: IifeBuildOptions,
): Promise<(Rollup.OutputChunk | Rollup.OutputAsset)[]> {
  const dir = mkdtempSync(join(tmpdir(), 'iife-build-'));
  try {
    const entry = join(dir, options.fileName);
    writeFileSync(entry, source);
    const built = (await build({
      configFile: false,
      logLevel: 'silent',
      plugins: options.plugins,
      build: {
        write: false,
        minify: options.minify ? 'esbuild' : false,
        sourcemap: options.sourcemap,
        lib: { entry, formats: ['iife'], name: 'built', fileName: 'entry' },
      },
    })) as Rollup.RollupOutput[];
    return built.flatMap((output) => output.output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
