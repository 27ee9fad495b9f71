/**
 * Saved pages (our own test pages, the shared corpus) as the DOM tests load them into
 * happy-dom: the files under a folder, and a page's body made inert so that happy-dom neither
 * runs nor fetches anything.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDir } from '../../support/shared-dir';
import { setBody } from './page';

/** Every `.html` file under `dir`, at any depth, in a stable order. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The page's body. Scripts are dropped, or with `keepScripts` kept in place as inert data
 * blocks (for tests about what the first pass reads around them); frames, links and embeds
 * become empty spans (with `keepScripts`, media too, which happy-dom would try to load).
 */
export function inertBody(file: string, options: { keepScripts?: boolean } = {}): string {
  const html = readFileSync(file, 'utf8');
  const body = html.match(/<body[^>]*>([\s\S]*)<\/body>/i)?.[1] ?? html;
  if (options.keepScripts === true) {
    return body
      .replace(/<script\b[^>]*>/gi, '<script type="text/x-inert">')
      .replace(/<(iframe|link|object|embed|img|video|audio|source)\b[^>]*>/gi, '<span></span>');
  }
  return body
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<(iframe|link|object|embed)\b[^>]*>/gi, '<span></span>');
}

/**
 * Pages above this size are left out of skim tests: the one corpus page above it (the omnibus,
 * 13 MB, about 96,000 elements) is far above MAX_SKIMMED_ELEMENTS, so the reader walks it and
 * never skims it, and happy-dom would take minutes over it.
 */
const MAX_SKIM_TEST_BYTES = 5_000_000;

/**
 * Runs `check` on the body of every corpus page a skim test can load (inert, its scripts kept
 * in place as data), one test per page; skipped without the shared folder (./support/shared-dir).
 */
export function onEverySkimmedCorpusPage(check: (body: HTMLElement) => void): void {
  describe.skipIf(!sharedDir)('on the corpus pages', () => {
    const files = sharedDir
      ? htmlFiles(join(sharedDir, 'corpus')).filter(
          (file) => statSync(file).size <= MAX_SKIM_TEST_BYTES,
        )
      : [];

    it('are there (the check is not vacuous)', () => {
      expect(files.length).toBeGreaterThan(100);
    });

    it.each(files.map((file) => [file.slice(file.indexOf('corpus')), file]))(
      '%s',
      (_name, file) => check(setBody(inertBody(file, { keepScripts: true }))),
      // happy-dom builds the largest pages in about 3 s alone; more on a busy machine.
      30_000,
    );
  });
}
