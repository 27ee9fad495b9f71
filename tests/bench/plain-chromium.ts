import puppeteer, { type Browser } from 'puppeteer-core';
import { findBrowserExecutable } from '../../tools/browser-executables';
import { chromiumIsolationArgs } from '../../tools/network-isolation';

/** Headless Chromium without any extension, cut off from every host but 127.0.0.1. */
export function launchPlainChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: findBrowserExecutable('chromium'),
    headless: true,
    args: [
      ...chromiumIsolationArgs,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), // Chromium refuses root otherwise
    ],
  });
}
