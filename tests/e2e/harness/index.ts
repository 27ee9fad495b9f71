// The end-to-end harness: real Chromium and Firefox with the built extension,
// pages served from 127.0.0.1 only (and 127.0.0.2 where a test needs a second site).
// Launching, serving and reading highlights live in tools/ (the demo and the benchmarks use them
// too); they are re-exported here so that a test needs one import.
export { installCommand, MissingBrowserError } from '../../../tools/browser-executables';
export {
  CHROME_SELECTOR,
  type PlacedHighlight,
  placedHighlights,
} from '../../../tools/highlight-places';
export {
  centreOf,
  type HighlightedRange,
  type HighlightSnapshot,
  readBackstoryHighlights,
  waitForBackstoryHighlights,
} from '../../../tools/highlights';
export {
  type BrowserLocale,
  type LaunchOptionsForTests,
  launchWithExtension,
  type TestBrowser,
} from '../../../tools/launch';
export { type LiveHighlight, withLiveHighlights } from '../../../tools/live-ranges';
export { directHosts, secondLoopbackHost } from '../../../tools/network-isolation';
export {
  type BrowserName,
  builtExtensionDir,
  corpusDir,
  demoDir,
  fixturesDir,
  repoRoot,
  sharedDir,
} from '../../../tools/paths';
export {
  type StaticServer,
  type StaticServerOptions,
  startStaticServer,
} from '../../../tools/static-server';
export {
  gotoSavedPage as gotoCorpusPage,
  pollUntil,
  type TestPage,
  type WaitOptions,
} from '../../../tools/test-page';
export { useBaselineBrowser } from './baseline-browser';
export {
  type CorpusEntry,
  corpusHeaders,
  pageScriptsOff,
  readabilityPages,
} from './corpus-pages';
export {
  appendParagraph,
  type FocusedMention,
  focusedMention,
  type LocatedMention,
  scrollToMention,
  waitForFocusedMention,
} from './mentions';
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
export { type PaintedMention, paintedMentions } from './paint';
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
  readBadgeTitle,
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
