/**
 * Reading only around keys (utils/page/key-regions.ts) must show exactly what reading the
 * whole page shows, under the default settings: on every real page of the corpus and on the
 * test pages written for this project, the same mentions (id, kind, text node and offsets),
 * counted and painted alike — with the keys found by walking every text node, and found only
 * in the nodes the first pass's skim says they can be in (utils/page/key-candidates.ts).
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_NARROWED_UNITS } from '@/utils/page/key-candidates';
import { proseTextsWithoutLandmarks } from '@/utils/page/prose-texts';
import { OWN_PAGES_DIR } from '../relevance/own-pages';
import { sharedDir } from '../support/shared-dir';
import { setBody } from './fakes/page';
import { eachWay } from './fakes/region-runs';
import { htmlFiles, inertBody } from './fakes/saved-pages';

const corpusDir = sharedDir === undefined ? undefined : join(sharedDir, 'corpus');
/**
 * The omnibus page is the bodies of the readability pages joined (12.9 MB), each compared
 * here on its own; in happy-dom it takes from half a minute to several on a busy machine, so
 * it is compared only when asked: BACKSTORY_OMNIBUS=1.
 */
const OMNIBUS = 'large/readability-omnibus.html';
const withOmnibus = process.env.BACKSTORY_OMNIBUS === '1';
const corpus =
  corpusDir === undefined
    ? []
    : htmlFiles(corpusDir).filter((file) => withOmnibus || relative(corpusDir, file) !== OMNIBUS);
if (corpusDir !== undefined && !withOmnibus) {
  console.warn(`${OMNIBUS} is not compared (set BACKSTORY_OMNIBUS=1 to compare it too).`);
}
const own = htmlFiles(OWN_PAGES_DIR);

describe('reading around keys shows what reading the whole page shows', () => {
  it('has pages to compare', () => {
    expect(own.length).toBeGreaterThanOrEqual(5);
    if (sharedDir !== undefined) expect(corpus.length).toBeGreaterThan(130);
  });

  it.each(own.map((file) => [relative(OWN_PAGES_DIR, file), file]))(
    'own page %s',
    async (_name, file) => {
      setBody(inertBody(file));
      const result = await eachWay();
      expect(result.whole.length).toBeGreaterThan(0);
      expect(result.regional).toEqual(result.whole);
      expect(result.fromCandidates).toEqual(result.whole);
      expect(result.regionalTotal).toBe(result.wholeTotal);
    },
  );

  describe.skipIf(corpusDir === undefined)('on the corpus', () => {
    it.each(corpus.map((file) => [relative(corpusDir ?? '', file), file]))(
      '%s',
      { timeout: 600_000 },
      async (_name, file) => {
        setBody(inertBody(file));
        const result = await eachWay();
        expect(result.regional).toEqual(result.whole);
        if (result.fromCandidates !== null) expect(result.fromCandidates).toEqual(result.whole);
        else {
          // Only a text too long to narrow has none: there the engine walks the whole page.
          const skimmed = proseTextsWithoutLandmarks(document.body).texts.join('');
          expect(skimmed.length).toBeGreaterThan(MAX_NARROWED_UNITS);
        }
        expect(result.regionalTotal).toBe(result.wholeTotal);
      },
    );
  });
});
