import { afterAll } from 'vitest';
import { makeEmptyExtension } from '../../../tools/empty-extension';
import { launchWithExtension, type TestBrowser } from '../../../tools/launch';
import type { BrowserName } from '../../../tools/paths';

/**
 * The same browser with the same flags and an empty extension instead of Backstory, started on
 * first use and closed after the describe block: what a page costs without us.
 */
export function useBaselineBrowser(browserName: BrowserName): () => Promise<TestBrowser> {
  let started: Promise<TestBrowser> | undefined;
  const empty = makeEmptyExtension();
  afterAll(async () => {
    await (await started?.catch(() => undefined))?.close();
    empty.remove();
  });
  return () => {
    started ??= launchWithExtension(browserName, { extensionDir: empty.dir, logLabel: 'baseline' });
    return started;
  };
}
