import { build } from 'esbuild';
import { repoRoot } from '../../tools/paths';

/**
 * A page script (minified, one IIFE) bundled from the repository's own modules: `source` is a
 * module whose imports are relative to the repository's root.
 */
export async function bundlePageScript(source: string): Promise<string> {
  const bundled = await build({
    stdin: { contents: source, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  });
  const text = bundled.outputFiles[0]?.text;
  if (!text) throw new Error('esbuild wrote no page script');
  return text;
}
