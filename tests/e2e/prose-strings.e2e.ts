/**
 * The first pass's skim reads a page's text as strings cut at its code elements with the
 * browser's own Range (`proseStrings`, utils/page/prose-texts.ts): here in real Chromium and
 * Firefox, where it runs, on every readability page of the corpus and on pages whose code
 * elements a script filled with elements, it must give, joined, exactly the text the walk reads
 * (every Text node's data in document order but the text directly inside script, style,
 * noscript and template), and the same as `proseTexts`. The unit tests run in happy-dom, whose
 * Range.toString is its own (tests/support/happy-dom-range.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sharedDir } from '../support/shared-dir';
import {
  type BrowserName,
  corpusDir,
  corpusHeaders,
  defaultMounts,
  gotoCorpusPage,
  readabilityPages,
  repoRoot,
  type TestPage,
  useExtensionSession,
} from './harness';

const browserNames: BrowserName[] = ['chromium', 'firefox'];
const corpus = sharedDir ? corpusDir() : undefined;
const pages = corpus ? readabilityPages(corpus).map((entry) => entry.file) : [];

/** utils/page/prose-texts.ts as a script that compares its readings with the walk's, in the page. */
const compareInPage = (() => {
  const source = readFileSync(join(repoRoot, 'utils/page/prose-texts.ts'), 'utf8');
  const module = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  return `(() => {
    ${module.replace(/^export /gm, '')}
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let walked = '';
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (node.parentNode === null || !NOT_PROSE.has(node.parentNode.localName)) walked += node.data;
    }
    return {
      walked,
      strings: proseStrings(document.body).join(''),
      texts: proseTexts(document.body).texts.join(''),
      code: document.body.querySelectorAll('script,style,noscript,template').length,
    };
  })()`;
})();

interface Reading {
  walked: string;
  strings: string;
  texts: string;
  code: number;
}

const read = (page: TestPage) => page.puppeteer.evaluate(compareInPage) as Promise<Reading>;

describe.each(browserNames)('the skim reads what the walk reads, in %s', (browserName) => {
  const session = useExtensionSession(browserName, defaultMounts(), { headersFor: corpusHeaders });

  it('where a script put elements inside code elements, and around code at every depth', async () => {
    const { browser, server } = session();
    const page = await browser.newPage();
    try {
      await page.goto(server.url('/fixtures/prose/code-everywhere.html'));
      const before = await read(page);
      expect(before.code).toBeGreaterThan(3);
      expect(before.strings).toBe(before.walked);
      expect(before.walked).toContain('Putin');
      // A script's elements inside a style and a noscript: their text is prose.
      await page.evaluate(() => {
        for (const selector of ['style', 'noscript']) {
          const bold = document.createElement('b');
          bold.textContent = `[in ${selector}]`;
          document.body.querySelector(selector)?.append(bold);
        }
      });
      const after = await read(page);
      expect(after.walked).toContain('[in style]');
      expect(after.strings).toBe(after.walked);
      expect(after.texts).toBe(after.walked);
    } finally {
      await page.close();
    }
  });

  it.skipIf(!corpus)(
    'on every readability page of the corpus',
    async () => {
      const { browser, server } = session();
      const page = await browser.newPage();
      const differ: string[] = [];
      let withCode = 0;
      try {
        for (const file of pages) {
          await gotoCorpusPage(page, server.url(`/corpus/${file}`));
          const reading = await read(page);
          if (reading.code > 0) withCode++;
          if (reading.strings !== reading.walked || reading.texts !== reading.walked)
            differ.push(file);
        }
      } finally {
        await page.close();
      }
      expect(pages.length).toBe(130);
      // Most hold code in their body (90 of 130 when this was written).
      expect(withCode).toBeGreaterThan(80);
      expect(differ).toEqual([]);
    },
    600_000,
  );
});
