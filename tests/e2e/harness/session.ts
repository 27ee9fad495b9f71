import { afterAll, beforeAll } from 'vitest';
import {
  type LaunchOptionsForTests,
  launchWithExtension,
  type TestBrowser,
} from '../../../tools/launch';
import { type BrowserName, corpusDir, demoDir, fixturesDir } from '../../../tools/paths';
import {
  type StaticServer,
  type StaticServerOptions,
  startStaticServer,
} from '../../../tools/static-server';

export interface ExtensionSession {
  browser: TestBrowser;
  server: StaticServer;
}

/** `/fixtures/…`, `/demo/…` and, when the shared folder is present, `/corpus/…`. */
export function defaultMounts(): Record<string, string> {
  const corpus = corpusDir();
  return {
    '/fixtures': fixturesDir,
    '/demo': demoDir,
    ...(corpus ? { '/corpus': corpus } : {}),
  };
}

/**
 * One browser with the extension and one 127.0.0.1 server for the enclosing
 * describe block. Call the returned function inside each test. If the browser
 * cannot start (not installed, no build), every test fails with that reason
 * instead of being skipped, so a missing browser never looks like a pass.
 * `launchOptions.locale` starts the browser's interface in that language.
 */
export function useExtensionSession(
  browserName: BrowserName,
  mounts: Record<string, string> = defaultMounts(),
  serverOptions: StaticServerOptions = {},
  launchOptions: LaunchOptionsForTests = {},
): () => ExtensionSession {
  let session: ExtensionSession | undefined;
  let startError: unknown;

  beforeAll(async () => {
    const server = await startStaticServer(mounts, serverOptions);
    try {
      session = { browser: await launchWithExtension(browserName, launchOptions), server };
    } catch (error) {
      startError = error;
      await server.close();
    }
  });

  afterAll(async () => {
    await session?.browser.close();
    await session?.server.close();
  });

  return () => {
    if (session) return session;
    throw startError ?? new Error(`${browserName} session used outside a test`);
  };
}
