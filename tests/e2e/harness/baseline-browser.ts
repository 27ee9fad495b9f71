import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { launchWithExtension, type TestBrowser } from '../../../tools/launch';
import type { BrowserName } from '../../../tools/paths';

/**
 * The same browser with the same flags and an empty extension instead of Backstory, started on
 * first use and closed after the describe block: what a page costs without us.
 */
export function useBaselineBrowser(browserName: BrowserName): () => Promise<TestBrowser> {
  let started: Promise<TestBrowser> | undefined;
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
  afterAll(async () => {
    await (await started?.catch(() => undefined))?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    started ??= launchWithExtension(browserName, { extensionDir: dir, logLabel: 'baseline' });
    return started;
  };
}
