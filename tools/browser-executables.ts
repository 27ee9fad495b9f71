import { accessSync, constants } from 'node:fs';
import { posix, win32 } from 'node:path';
import type { BrowserName } from './paths';

/**
 * Where browsers are installed, by platform, in the order they are tried. `chromium` means any
 * browser of the Chromium family (Chromium, Google Chrome, Microsoft Edge): the extension loads
 * into each the same way, over the DevTools protocol (tools/launch.ts), which branded Chrome
 * 137+ still allows where it ignores `--load-extension`. Debian's packages come first on Linux,
 * so tests and CI use them wherever they are installed. The Chrome paths are those of
 * Puppeteer's `computeSystemExecutablePath` (@puppeteer/browsers), which knows Chrome only.
 */
export type Platform = 'linux' | 'darwin' | 'win32';

export interface BrowserInstall {
  name: BrowserName;
  /** What the reader would call it, e.g. "Google Chrome". */
  product: string;
  path: string;
}

const overrideVariables: Record<BrowserName, string> = {
  chromium: 'BACKSTORY_CHROMIUM',
  firefox: 'BACKSTORY_FIREFOX',
};

type Location = [product: string, path: string];

// Debian's wrapper /usr/bin/chromium is a shell script that adds flags of its own, so Chromium
// is started from the real binary; other distributions install the binary under /usr/bin.
const linux: Record<BrowserName, Location[]> = {
  chromium: [
    ['Chromium', '/usr/lib/chromium/chromium'],
    ['Google Chrome', '/opt/google/chrome/chrome'],
    ['Google Chrome Beta', '/opt/google/chrome-beta/chrome'],
    ['Google Chrome Dev', '/opt/google/chrome-unstable/chrome'],
    ['Chromium', '/usr/lib64/chromium-browser/chromium-browser'],
    ['Chromium', '/usr/lib/chromium-browser/chromium-browser'],
    ['Chromium', '/usr/bin/chromium'],
    ['Chromium', '/usr/bin/chromium-browser'],
    ['Microsoft Edge', '/opt/microsoft/msedge/msedge'],
    ['Chromium', '/snap/bin/chromium'],
  ],
  firefox: [
    ['Firefox ESR', '/usr/bin/firefox-esr'],
    ['Firefox', '/usr/lib/firefox/firefox'],
    ['Firefox', '/usr/lib64/firefox/firefox'],
    ['Firefox', '/opt/firefox/firefox'],
    ['Firefox', '/usr/bin/firefox'],
    ['Firefox', '/snap/bin/firefox'],
  ],
};

const macApps: Record<BrowserName, Array<[product: string, app: string, binary: string]>> = {
  chromium: [
    ['Google Chrome', 'Google Chrome.app', 'Google Chrome'],
    ['Chromium', 'Chromium.app', 'Chromium'],
    ['Microsoft Edge', 'Microsoft Edge.app', 'Microsoft Edge'],
    ['Google Chrome Beta', 'Google Chrome Beta.app', 'Google Chrome Beta'],
    ['Google Chrome Dev', 'Google Chrome Dev.app', 'Google Chrome Dev'],
    ['Google Chrome Canary', 'Google Chrome Canary.app', 'Google Chrome Canary'],
  ],
  firefox: [
    ['Firefox', 'Firefox.app', 'firefox'],
    ['Firefox Developer Edition', 'Firefox Developer Edition.app', 'firefox'],
    ['Firefox Nightly', 'Firefox Nightly.app', 'firefox'],
  ],
};

const windowsPrograms: Record<BrowserName, Location[]> = {
  chromium: [
    ['Google Chrome', 'Google\\Chrome\\Application\\chrome.exe'],
    ['Microsoft Edge', 'Microsoft\\Edge\\Application\\msedge.exe'],
    ['Chromium', 'Chromium\\Application\\chrome.exe'],
    ['Google Chrome Beta', 'Google\\Chrome Beta\\Application\\chrome.exe'],
    ['Google Chrome Dev', 'Google\\Chrome Dev\\Application\\chrome.exe'],
    ['Google Chrome Canary', 'Google\\Chrome SxS\\Application\\chrome.exe'],
  ],
  firefox: [
    ['Firefox', 'Mozilla Firefox\\firefox.exe'],
    ['Firefox Developer Edition', 'Firefox Developer Edition\\firefox.exe'],
    ['Firefox Nightly', 'Firefox Nightly\\firefox.exe'],
  ],
};

/** Every place a browser of this family may be installed on `platform`, most wanted first. */
export function installLocations(
  name: BrowserName,
  platform: Platform,
  env: NodeJS.ProcessEnv = {},
): BrowserInstall[] {
  const install = ([product, path]: Location): BrowserInstall => ({ name, product, path });
  switch (platform) {
    case 'linux':
      return linux[name].map(install);
    case 'darwin': {
      // Installed for every user, or by a user without administrator rights for themselves.
      const roots = ['/Applications', ...(env.HOME ? [posix.join(env.HOME, 'Applications')] : [])];
      return roots.flatMap((root) =>
        macApps[name].map(([product, app, binary]) =>
          install([product, posix.join(root, app, 'Contents/MacOS', binary)]),
        ),
      );
    }
    case 'win32': {
      // Per machine (64- and 32-bit Program Files), or per user (Chrome, Chromium: LOCALAPPDATA).
      const roots = new Set(
        [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
          (root): root is string => Boolean(root),
        ),
      );
      roots.add('C:\\Program Files');
      roots.add('C:\\Program Files (x86)');
      return windowsPrograms[name].flatMap(([product, program]) =>
        [...roots].map((root) => install([product, win32.join(root, program)])),
      );
    }
  }
}

export class MissingBrowserError extends Error {
  override name = 'MissingBrowserError';
}

export interface LookupOptions {
  platform?: Platform;
  env?: NodeJS.ProcessEnv;
  /** Whether a file can be run; the real file system unless a test says otherwise. */
  isExecutable?: (path: string) => boolean;
}

/**
 * The first installed browser of the family: BACKSTORY_CHROMIUM / BACKSTORY_FIREFOX when set,
 * else the first of `installLocations`. Throws a MissingBrowserError that says how to install
 * one on this platform when there is none.
 */
export function findBrowser(name: BrowserName, options: LookupOptions = {}): BrowserInstall {
  const platform = options.platform ?? currentPlatform();
  const env = options.env ?? process.env;
  const isExecutable = options.isExecutable ?? canRun;
  const variable = overrideVariables[name];
  const override = env[variable];
  if (override) {
    if (isExecutable(override)) return { name, product: override, path: override };
    throw new MissingBrowserError(`${variable} is set to ${override}, which cannot be run.`);
  }
  const found = installLocations(name, platform, env).find(({ path }) => isExecutable(path));
  if (found) return found;
  const family = name === 'chromium' ? 'Chrome, Chromium or Edge' : 'Firefox';
  const where =
    env.CI === 'true'
      ? 'CI needs both browsers: .ci/run installs them with apt-get.'
      : `Install one with: ${installCommand(name, platform)} (or set ${variable} to its executable).`;
  throw new MissingBrowserError(`No ${family} found in the usual places on ${platform}. ${where}`);
}

/** The executable's path (see `findBrowser`). */
export function findBrowserExecutable(name: BrowserName): string {
  return findBrowser(name).path;
}

/** How to install a browser of the family on the platform, as one command. */
export function installCommand(name: BrowserName, platform: Platform = currentPlatform()): string {
  const commands: Record<Platform, Record<BrowserName, string>> = {
    linux: {
      chromium:
        'sudo apt-get install chromium (Debian, Ubuntu) or sudo dnf install chromium (Fedora)',
      firefox: 'sudo apt-get install firefox-esr (Debian) or sudo dnf install firefox (Fedora)',
    },
    darwin: {
      chromium: 'brew install --cask google-chrome (or https://www.google.com/chrome/)',
      firefox: 'brew install --cask firefox (or https://www.mozilla.org/firefox/)',
    },
    win32: {
      chromium: 'winget install Google.Chrome (or https://www.google.com/chrome/)',
      firefox: 'winget install Mozilla.Firefox (or https://www.mozilla.org/firefox/)',
    },
  };
  return commands[platform][name];
}

function currentPlatform(): Platform {
  const { platform } = process;
  return platform === 'darwin' || platform === 'win32' ? platform : 'linux';
}

function canRun(path: string): boolean {
  try {
    // Windows has no execute bit: existing is enough there.
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
