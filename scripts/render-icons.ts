// Renders assets/icon.svg to the PNG sizes WXT picks up from public/icon/.
// Run after editing the SVG: `npx tsx scripts/render-icons.ts`; commit the PNGs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findBrowserExecutable } from '../tools/browser-executables';
import { repoRoot } from '../tools/paths';

const sizes = [16, 32, 48, 96, 128] as const;

const svg = readFileSync(resolve(repoRoot, 'assets/icon.svg'), 'utf8');
const browser = await puppeteer.launch({
  executablePath: findBrowserExecutable('chromium'),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const size of sizes) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    // The SVG is scaled by the browser itself so small sizes get its anti-aliasing.
    const sized = svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    const path = resolve(repoRoot, `public/icon/${size}.png`) as `${string}.png`;
    await page.screenshot({
      path,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
