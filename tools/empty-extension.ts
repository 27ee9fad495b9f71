import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** An unpacked extension written to a temporary folder, and how to remove it. */
export interface ReferenceExtension {
  dir: string;
  remove(): void;
}

/**
 * Writes a reference extension for the benchmarks: a bare MV3 manifest that both browsers
 * install (Firefox needs a gecko id), with whatever `manifest` adds and the `files` it names.
 */
export function makeReferenceExtension(
  name: string,
  geckoId: string,
  manifest: Record<string, unknown> = {},
  files: Record<string, string> = {},
): ReferenceExtension {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-baseline-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name,
      version: '1.0.0',
      browser_specific_settings: { gecko: { id: geckoId } },
      ...manifest,
    }),
  );
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * An extension that does nothing, to start the same browser with the same flags and an
 * extension installed, but not Backstory: what a page costs without us.
 */
export function makeEmptyExtension(): ReferenceExtension {
  return makeReferenceExtension('Empty baseline', 'baseline@backstory.example');
}
