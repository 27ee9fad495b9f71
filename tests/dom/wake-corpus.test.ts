/**
 * The first pass wakes the engine only where a key could lead to something shown
 * (utils/page/key-placement.ts). That must never hide anything: on every real page of the
 * corpus and every test page written for this project, where the first pass (the real reader,
 * keys and placement rule) decides not to wake the engine, the engine run on that page shows
 * nothing under the settings that show the most on pages about the talks (every category on,
 * "Where: pages about the talks"; "every page" loads the engine anyway).
 */
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataset } from '@/utils/dataset';
import { toMatchingData } from '@/utils/dataset/matching-data';
import { gateKeys } from '@/utils/gate/keys';
import { probeSource } from '@/utils/gate/probe';
import { createProbeScan } from '@/utils/gate/probe-scan';
import { createGateReader, type ProbedPosition } from '@/utils/page/gate-reader';
import { keyMayShow } from '@/utils/page/key-placement';
import { createProbeReader } from '@/utils/page/probe-reader';
import { OWN_PAGES_DIR } from '../relevance/own-pages';
import { gateScanFor } from '../support/gate-scan';
import { sharedDir } from '../support/shared-dir';
import { setBody } from './fakes/page';
import { engineShows } from './fakes/region-runs';
import { htmlFiles, inertBody } from './fakes/saved-pages';

const keys = gateKeys(toMatchingData(dataset));

/** What the first pass did on the page: whether the probe said maybe (the key check loads). */
interface FirstPass {
  maybe: boolean;
  woke: boolean;
}

/**
 * The first pass, reading the page as it is in one go as its two scripts do: the probe until
 * its maybe, then the key check from there, with the placement rule. Without `skim`, the key
 * check alone reads every text node from the page's start and every key counts: whether the
 * page holds a key at all.
 */
function firstPass(skim: boolean): FirstPass {
  const controller = new AbortController();
  let woke = false;
  // Never out of time: the whole page is read before start() returns.
  const now = () => 0;
  let at: ProbedPosition | null | undefined;
  if (skim) {
    const probeReader = createProbeReader({
      document,
      probe: createProbeScan(probeSource(keys)),
      onMaybe: () => {},
      now,
    });
    probeReader.start();
    // The key check goes on from where the probe's maybe was.
    at = probeReader.handOver();
  }
  if (at !== null) {
    createGateReader({
      document,
      scan: gateScanFor(keys),
      signal: controller.signal,
      onKey: () => {
        woke = true;
      },
      ...(skim ? { mayShow: keyMayShow } : {}),
      now,
    }).start(at);
  }
  controller.abort();
  return { maybe: at !== null, woke };
}

const corpusDir = sharedDir === undefined ? undefined : join(sharedDir, 'corpus');
/** As in key-regions-corpus.test.ts: the 12.9 MB omnibus only when asked. */
const OMNIBUS = 'large/readability-omnibus.html';
const withOmnibus = process.env.BACKSTORY_OMNIBUS === '1';
const pages = [
  ...htmlFiles(OWN_PAGES_DIR).map((file) => [`own/${relative(OWN_PAGES_DIR, file)}`, file]),
  ...(corpusDir === undefined
    ? []
    : htmlFiles(corpusDir)
        .filter((file) => withOmnibus || relative(corpusDir, file) !== OMNIBUS)
        .map((file) => [relative(corpusDir, file), file])),
];

/** Pages with a key where the engine is not loaded, and where not even the key check is. */
const skipped: string[] = [];
const noKeyCheck: string[] = [];
let withKey = 0;

describe('the first pass wakes the engine only where something may be shown', () => {
  afterAll(() => {
    console.info(
      `first pass: ${withKey} of ${pages.length} pages hold a key; the engine is skipped on ` +
        `${skipped.length} of them: ${skipped.join(', ')}; the key check is not loaded on ` +
        `${noKeyCheck.length} of these: ${noKeyCheck.join(', ')}`,
    );
  });

  it.each(pages)('%s', { timeout: 600_000 }, async (name, file) => {
    setBody(inertBody(file));
    const anyKey = firstPass(false).woke;
    const { maybe, woke } = firstPass(true);
    // A key that may show is a key, and the probe said maybe before it.
    if (woke) expect(anyKey && maybe).toBe(true);
    if (anyKey) withKey++;
    if (woke) return;
    if (anyKey) skipped.push(name);
    if (anyKey && !maybe) noKeyCheck.push(name);
    expect(await engineShows()).toEqual([]);
  });

  it.skipIf(corpusDir === undefined)(
    'skips the engine where the keys are only in chrome or inside longer words, and the key check where they are only in landmarks',
    () => {
      // Run after the pages. nytimes-1 names the story only in its section menu (a nav);
      // gitlab-blog holds "putin" only inside "computing", which the probe cannot tell.
      expect(skipped).toContain('readability/nytimes-1.html');
      expect(noKeyCheck).toContain('readability/nytimes-1.html');
      expect(skipped).toContain('readability/gitlab-blog.html');
      expect(noKeyCheck).not.toContain('readability/gitlab-blog.html');
    },
  );
});
