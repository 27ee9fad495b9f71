import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * An extension that does nothing, to start the same browser with the same flags and an
 * extension installed, but not Backstory: what a page costs without us. Returns its folder and
 * how to remove it.
 */
export function makeEmptyExtension(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-baseline-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty baseline',
      version: '1.0.0',
      browser_specific_settings: { gecko: { id: 'baseline@backstory.example' } },
    }),
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
