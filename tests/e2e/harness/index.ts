// The end-to-end harness: real Chromium and Firefox with the built extension,
// pages served from 127.0.0.1 only.
export { installCommand, MissingBrowserError } from './browser-executables';
export {
  centreOf,
  type HighlightedRange,
  type HighlightSnapshot,
  readBackstoryHighlights,
  waitForBackstoryHighlights,
} from './highlights';
export { type LaunchOptionsForTests, launchWithExtension, type TestBrowser } from './launch';
export { type BrowserName, corpusDir, demoDir, fixturesDir, repoRoot, sharedDir } from './paths';
export { defaultMounts, type ExtensionSession, useExtensionSession } from './session';
export { type StaticServer, startStaticServer } from './static-server';
export type { TestPage, WaitOptions } from './test-page';
