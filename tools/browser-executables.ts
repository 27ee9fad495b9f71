import { accessSync, constants } from 'node:fs';
import type { BrowserName } from './paths';

// Debian's packages. The wrapper /usr/bin/chromium is a shell script that adds
// flags of its own, so Chromium is started from the real binary.
const defaultExecutables: Record<BrowserName, string> = {
  chromium: '/usr/lib/chromium/chromium',
  firefox: '/usr/bin/firefox-esr',
};

const overrideVariables: Record<BrowserName, string> = {
  chromium: 'BACKSTORY_CHROMIUM',
  firefox: 'BACKSTORY_FIREFOX',
};

export const installCommand = 'sudo apt-get install chromium firefox-esr';

export class MissingBrowserError extends Error {
  override name = 'MissingBrowserError';
}

/** The browser's executable; throws a message that says how to install it when it is absent. */
export function findBrowserExecutable(browserName: BrowserName): string {
  const variable = overrideVariables[browserName];
  const path = process.env[variable] ?? defaultExecutables[browserName];
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    const where = `${browserName} was not found at ${path} (set ${variable} to use another binary).`;
    const message =
      process.env.CI === 'true'
        ? `${where} CI needs both browsers: .ci/run installs them with apt-get.`
        : `${where} Install it with: ${installCommand}`;
    throw new MissingBrowserError(message);
  }
}
