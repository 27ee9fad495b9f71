import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type LaunchOptions } from 'puppeteer-core';
import { type BrowserInstall, findBrowser } from './browser-executables';
import { chromiumIsolationArgs, firefoxIsolationPrefs } from './network-isolation';
import { type BrowserName, buildCommand, builtExtensionDir } from './paths';
import { type TestPage, wrapPage } from './test-page';

export interface TestBrowser {
  readonly name: BrowserName;
  /** As the browser reports it, e.g. `156.0.8078.108` or `153.7.0esr`. */
  readonly version: string;
  /** Which installed browser runs, and where it was found. */
  readonly install: BrowserInstall;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, without a trailing slash. */
  readonly extensionOrigin: string;
  /** The driver's browser, for anything this interface does not cover. */
  readonly puppeteer: Browser;
  newPage(): Promise<TestPage>;
  /** Opens the extension's popup page in a tab of its own. */
  openPopup(): Promise<TestPage>;
  close(): Promise<void>;
}

export interface LaunchOptionsForTests {
  /** Headless unless false (headed needs a display). */
  headless?: boolean;
  /** Viewport of new pages; null keeps the window's own size (headed). */
  viewport?: { width: number; height: number } | null;
  /** Prefix of the one line that names the browser and its version. */
  logLabel?: string;
  /** An unpacked extension to load instead of the build in .output/. */
  extensionDir?: string | undefined;
  /** The browser to start; found with `findBrowser` unless given. */
  install?: BrowserInstall;
  /** The language of the browser's interface (`i18n.getUILanguage()`); the system's unless given. */
  locale?: BrowserLocale;
  /** Variables added to the browser's environment (Firefox only: e.g. its profiler's). */
  firefoxEnv?: Record<string, string>;
}

/** The interface languages Backstory speaks, as a browser can be started in them. */
export type BrowserLocale = 'en' | 'uk' | 'ru';

const chromiumArgs = [
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts Chromium or Firefox with the built extension installed, requests to
 * every host but 127.0.0.1 blocked, and prints `[e2e] <browser> <version> (<path>)` once.
 */
export async function launchWithExtension(
  browserName: BrowserName,
  options: LaunchOptionsForTests = {},
): Promise<TestBrowser> {
  const install = options.install ?? findBrowser(browserName);
  const executablePath = install.path;
  const sourceDir = resolve(options.extensionDir ?? builtExtensionDir(browserName));
  if (!existsSync(join(sourceDir, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${sourceDir}. Build it first: ${buildCommand[browserName]}`,
    );
  }
  // The browser reads extension files lazily; a private copy keeps a rebuild
  // during the run from pulling files out from under it.
  const extensionDir = mkdtempSync(join(tmpdir(), `backstory-${browserName}-`));
  cpSync(sourceDir, extensionDir, { recursive: true });
  const removeCopy = () => rmSync(extensionDir, { recursive: true, force: true });
  const manifestText = readFileSync(join(extensionDir, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(manifestText) as BuiltManifest;
  const headless = options.headless ?? true;
  const defaultViewport =
    options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport;

  const { locale } = options;
  const started = await (browserName === 'chromium'
    ? startChromium(executablePath, extensionDir, headless, defaultViewport, locale)
    : startFirefox(
        executablePath,
        extensionDir,
        manifest,
        headless,
        defaultViewport,
        locale,
        options.firefoxEnv ?? {},
      )
  ).catch((error: unknown) => {
    removeCopy();
    throw error;
  });
  const { browser, extensionOrigin } = started;
  if (locale) {
    await expectInterfaceLanguage(browser, browserName, locale).catch(async (error: unknown) => {
      await browser.close().catch(() => {});
      removeCopy();
      throw error;
    });
  }
  // "HeadlessChrome/156.0.8078.108", "Chrome/…", "Edg/…" or "firefox/153.7.0esr": asked of the
  // running browser, because `chrome.exe --version` prints nothing on Windows.
  const version = (await browser.version()).split('/').at(-1) ?? '';
  console.log(
    `[${options.logLabel ?? 'e2e'}] ${browserName} ${version} (${install.product}, ${executablePath})`,
  );

  const popupUrl = `${extensionOrigin}/${manifest.action?.default_popup ?? 'popup.html'}`;
  const newPage = async () => wrapPage(await browser.newPage());

  return {
    name: browserName,
    version,
    install,
    extensionOrigin,
    puppeteer: browser,
    newPage,
    async openPopup() {
      const page = await newPage();
      if (browserName === 'chromium') {
        await page.goto(popupUrl);
        return page;
      }
      // Firefox moves extension pages to another process: the driver's navigation
      // reports a detached frame and never settles, although the page loads.
      // So the navigation is not awaited; the page is watched until it is there.
      page.puppeteer.goto(popupUrl).catch(() => {});
      await page.waitFor(
        (url: string) => location.href === url && document.readyState === 'complete',
        { message: `the popup at ${popupUrl} to load` },
        popupUrl,
      );
      return page;
    },
    async close() {
      await browser.close().catch(() => {});
      removeCopy();
    },
  };
}

/** Where each browser gets the files of a language, for the message when they are missing. */
const languageFilesHint: Record<BrowserName, (locale: BrowserLocale) => string> = {
  chromium: () => 'Chromium ships languages other than English apart (Debian: chromium-l10n)',
  firefox: (locale) => `Firefox needs its language pack (Debian: firefox-esr-l10n-${locale})`,
};

/**
 * A browser without the files of a language starts in English without a word, so a test "in
 * Ukrainian" would quietly run in English. The language of a blank page follows the interface's.
 */
async function expectInterfaceLanguage(
  browser: Browser,
  browserName: BrowserName,
  locale: BrowserLocale,
): Promise<void> {
  const page = await browser.newPage();
  const language = await page.evaluate(() => navigator.language);
  await page.close();
  if (language.split('-')[0] !== locale) {
    throw new Error(
      `${browserName} was asked for the interface language "${locale}" but speaks "${language}". ` +
        `${languageFilesHint[browserName](locale)}.`,
    );
  }
}

interface BuiltManifest {
  action?: { default_popup?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
}

type Viewport = LaunchOptions['defaultViewport'];

async function startChromium(
  executablePath: string,
  extensionDir: string,
  headless: boolean,
  defaultViewport: Viewport,
  locale: BrowserLocale | undefined,
) {
  const runningAsRoot = process.getuid?.() === 0;
  const browser = await puppeteer.launch({
    executablePath,
    headless,
    defaultViewport,
    // Installing an unpacked extension goes through the CDP Extensions domain,
    // which Chromium offers only over a pipe and with extensions enabled.
    pipe: true,
    enableExtensions: true,
    // Chromium on Linux takes its interface language from LANGUAGE and ignores --lang, which
    // counts on Windows; both are given so either platform starts in `locale`.
    ...(locale ? { env: { ...process.env, LANGUAGE: locale } } : {}),
    args: [
      ...chromiumArgs,
      ...chromiumIsolationArgs,
      ...(runningAsRoot ? ['--no-sandbox'] : []),
      ...(locale ? [`--lang=${locale}`] : []),
    ],
  });
  try {
    const id = await browser.installExtension(extensionDir);
    return { browser, extensionOrigin: `chrome-extension://${id}` };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

async function startFirefox(
  executablePath: string,
  extensionDir: string,
  manifest: BuiltManifest,
  headless: boolean,
  defaultViewport: Viewport,
  locale: BrowserLocale | undefined,
  env: Record<string, string>,
) {
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`The Firefox build at ${extensionDir} has no gecko id`);
  // Firefox gives each install a random moz-extension UUID; pinning it is the
  // only way to know the popup's address before the add-on is installed.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    defaultViewport,
    args: ['--remote-allow-system-access'],
    ...(Object.keys(env).length > 0 ? { env: { ...process.env, ...env } } : {}),
    extraPrefsFirefox: {
      ...firefoxIsolationPrefs,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // Needs the language pack (Debian: firefox-esr-l10n-<locale>), which Firefox loads from
      // its application folder; without it Firefox silently stays in English.
      ...(locale ? { 'intl.locale.requested': locale } : {}),
    },
  });
  try {
    // A temporary add-on, installed over WebDriver BiDi.
    await browser.installExtension(extensionDir);
    return { browser, extensionOrigin: `moz-extension://${uuid}` };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
