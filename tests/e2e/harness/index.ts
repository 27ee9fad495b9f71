// The end-to-end harness: real Chromium and Firefox with the built extension,
// pages served from 127.0.0.1 only (and 127.0.0.2 where a test needs a second site).
export { installCommand, MissingBrowserError } from './browser-executables';
export {
  type CorpusEntry,
  corpusHeaders,
  gotoCorpusPage,
  pageScriptsOff,
  readabilityPages,
} from './corpus-pages';
export {
  centreOf,
  type HighlightedRange,
  type HighlightSnapshot,
  readBackstoryHighlights,
  waitForBackstoryHighlights,
} from './highlights';
export { type LaunchOptionsForTests, launchWithExtension, type TestBrowser } from './launch';
export {
  type FocusedMention,
  focusedMention,
  type LocatedMention,
  scrollToMention,
} from './mentions';
export { directHosts, secondLoopbackHost } from './network-isolation';
export {
  countByName,
  highlightsAfterFirstScan,
  isConsoleNoise,
  type PageError,
  type PageMutation,
  type PageWatch,
  PROBE_ATTRIBUTE,
  type ProbedHighlight,
  watchPage,
} from './page-watch';
export { type BrowserName, corpusDir, demoDir, fixturesDir, repoRoot, sharedDir } from './paths';
export {
  POPOVER_HOST_SELECTOR,
  type PopoverBar,
  type PopoverQuote,
  type PopoverSnapshot,
  type PopoverWatch,
  readPopover,
  waitForPopover,
  waitForPopoverClosed,
  watchPopoverFor,
} from './popover';
export {
  activeTabId,
  clearStoredSettings,
  clickInBackground,
  digestButton,
  type ExtensionApi,
  isChecked,
  openPopupFor,
  type PopupDigest,
  type PopupDigestItem,
  popupControl,
  readBadgeText,
  readDigest,
  readStoredSettings,
  sendToTab,
} from './popup-page';
export { defaultMounts, type ExtensionSession, useExtensionSession } from './session';
export {
  armHighlightWatch,
  type CategorySizes,
  categorySizes,
  changeTime,
  type HighlightExpectation,
  highlightSizes,
  highlightWatchTime,
  markNextChange,
} from './settings-timing';
export { type StaticServer, type StaticServerOptions, startStaticServer } from './static-server';
export type { TestPage, WaitOptions } from './test-page';
