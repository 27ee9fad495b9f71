import { describe, expect, it } from 'vitest';
import {
  findBrowser,
  installCommand,
  installLocations,
  MissingBrowserError,
  type Platform,
} from '../../../tools/browser-executables';
import type { BrowserName } from '../../../tools/paths';

/** A machine on which exactly `installed` can be run. */
const machine =
  (...installed: string[]) =>
  (path: string) =>
    installed.includes(path);

const windowsEnv = {
  PROGRAMFILES: 'C:\\Program Files',
  'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
  LOCALAPPDATA: 'C:\\Users\\reader\\AppData\\Local',
};

// One row per install a reader may have: the platform, what is installed, what is found.
// biome-ignore format: one install per line reads as a table.
const installs: Array<[platform: Platform, name: BrowserName, path: string, product: string]> = [
  ['linux', 'chromium', '/usr/lib/chromium/chromium', 'Chromium'],
  ['linux', 'chromium', '/opt/google/chrome/chrome', 'Google Chrome'],
  ['linux', 'chromium', '/usr/lib64/chromium-browser/chromium-browser', 'Chromium'],
  ['linux', 'chromium', '/opt/microsoft/msedge/msedge', 'Microsoft Edge'],
  ['linux', 'chromium', '/snap/bin/chromium', 'Chromium'],
  ['linux', 'firefox', '/usr/bin/firefox-esr', 'Firefox ESR'],
  ['linux', 'firefox', '/usr/lib/firefox/firefox', 'Firefox'],
  ['linux', 'firefox', '/snap/bin/firefox', 'Firefox'],
  ['darwin', 'chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', 'Google Chrome'],
  ['darwin', 'chromium', '/Applications/Chromium.app/Contents/MacOS/Chromium', 'Chromium'],
  ['darwin', 'chromium', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'Microsoft Edge'],
  ['darwin', 'chromium', '/Users/reader/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', 'Google Chrome'],
  ['darwin', 'firefox', '/Applications/Firefox.app/Contents/MacOS/firefox', 'Firefox'],
  ['win32', 'chromium', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'Google Chrome'],
  ['win32', 'chromium', 'C:\\Users\\reader\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe', 'Google Chrome'],
  ['win32', 'chromium', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', 'Microsoft Edge'],
  ['win32', 'chromium', 'C:\\Users\\reader\\AppData\\Local\\Chromium\\Application\\chrome.exe', 'Chromium'],
  ['win32', 'firefox', 'C:\\Program Files\\Mozilla Firefox\\firefox.exe', 'Firefox'],
];

describe('finding the reader’s browser', () => {
  it.each(installs)('on %s finds %s at %s', (platform, name, path, product) => {
    const env = { HOME: '/Users/reader', ...windowsEnv };
    const found = findBrowser(name, { platform, env, isExecutable: machine(path) });
    expect(found).toEqual({ name, product, path });
  });

  it('prefers Debian’s packages on Linux, so tests and CI use them where they are installed', () => {
    const everything = machine(
      '/opt/google/chrome/chrome',
      '/usr/lib/chromium/chromium',
      '/usr/bin/firefox',
      '/usr/bin/firefox-esr',
    );
    const options = { platform: 'linux' as const, env: {}, isExecutable: everything };
    expect(findBrowser('chromium', options).path).toBe('/usr/lib/chromium/chromium');
    expect(findBrowser('firefox', options).path).toBe('/usr/bin/firefox-esr');
  });

  it('never starts Debian’s /usr/bin/chromium wrapper when the real binary is there', () => {
    const locations = installLocations('chromium', 'linux').map(({ path }) => path);
    expect(locations.indexOf('/usr/lib/chromium/chromium')).toBeLessThan(
      locations.indexOf('/usr/bin/chromium'),
    );
  });

  it('looks in the Program Files the environment names, and in the usual ones without it', () => {
    const onD = { PROGRAMFILES: 'D:\\Apps' };
    const paths = installLocations('firefox', 'win32', onD).map(({ path }) => path);
    expect(paths).toContain('D:\\Apps\\Mozilla Firefox\\firefox.exe');
    expect(paths).toContain('C:\\Program Files\\Mozilla Firefox\\firefox.exe');
    expect(paths).toContain('C:\\Program Files (x86)\\Mozilla Firefox\\firefox.exe');
  });

  it('takes BACKSTORY_CHROMIUM / BACKSTORY_FIREFOX over every usual place', () => {
    const env = { BACKSTORY_FIREFOX: '/home/reader/firefox/firefox' };
    const isExecutable = machine('/home/reader/firefox/firefox', '/usr/bin/firefox-esr');
    const found = findBrowser('firefox', { platform: 'linux', env, isExecutable });
    expect(found.path).toBe('/home/reader/firefox/firefox');
    expect(() =>
      findBrowser('chromium', {
        platform: 'linux',
        env: { BACKSTORY_CHROMIUM: '/nowhere/chrome' },
        isExecutable,
      }),
    ).toThrow('BACKSTORY_CHROMIUM is set to /nowhere/chrome, which cannot be run.');
  });

  it.each([
    ['linux', 'chromium', 'sudo apt-get install chromium'],
    ['linux', 'firefox', 'sudo apt-get install firefox-esr'],
    ['darwin', 'chromium', 'brew install --cask google-chrome'],
    ['darwin', 'firefox', 'brew install --cask firefox'],
    ['win32', 'chromium', 'winget install Google.Chrome'],
    ['win32', 'firefox', 'winget install Mozilla.Firefox'],
  ] as const)('with nothing installed on %s says how to install %s', (platform, name, command) => {
    const lookup = () => findBrowser(name, { platform, env: {}, isExecutable: machine() });
    expect(lookup).toThrow(MissingBrowserError);
    expect(lookup).toThrow(command);
    expect(installCommand(name, platform)).toContain(command);
  });

  it('under CI points at .ci/run instead', () => {
    const lookup = () =>
      findBrowser('firefox', { platform: 'linux', env: { CI: 'true' }, isExecutable: machine() });
    expect(lookup).toThrow('.ci/run installs them with apt-get');
  });
});
